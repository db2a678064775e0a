import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("nmap XML")
struct NmapReaderTests {
    let reader = NmapReader()

    @Test("the real five-device scan: one device per host, none for the host hints")
    func fiveDevices() throws {
        let devices = try reader.read(Fixture.data("nmap-five-devices.xml"), fileName: "scan.xml")
        #expect(devices.map { $0.ipAddresses } == [["10.231.8.21"], ["10.231.8.22"], ["10.231.8.23"], ["10.231.8.24"], ["10.231.8.25"]])
        #expect(devices.map { $0.macAddresses.first?.description } ==
                ["C0:56:E3:10:20:30", "08:60:83:AA:BB:01", "D0:37:45:01:02:03", "00:01:31:0A:0B:0C", "06:11:22:33:44:55"])
        #expect(devices[0].source == "scan.xml, host 10.231.8.21")
    }

    @Test("Hikvision host: MAC vendor, Server and WWW-Authenticate decoded from the fingerprints, RTSP realm")
    func hikvisionHost() throws {
        let device = try reader.read(Fixture.data("nmap-five-devices.xml"), fileName: "scan.xml")[0]
        #expect(device.values(.scannerVendor) == ["Hangzhou Hikvision Digital Technology"])
        #expect(device.values(.macAddress) == ["C0:56:E3:10:20:30"])
        #expect(device.values(.httpServer) == ["App-webs/"])
        let challenges = device.values(.wwwAuthenticate)
        #expect(challenges.count == 2)
        #expect(challenges.contains { $0.hasPrefix("Digest qop=\"auth\", realm=\"IP Camera(C3412)\"") })
        #expect(challenges.contains { $0.hasPrefix("Digest realm=\"Hikvision\"") })
        #expect(device.evidence.allSatisfy { $0.observedAt == Date(timeIntervalSince1970: 1_795_929_687) })
    }

    @Test("the other hosts: ZTE and Bosch servers, TP-Link realm, lighttpd CPE, no vendor for a local MAC")
    func otherHosts() throws {
        let devices = try reader.read(Fixture.data("nmap-five-devices.xml"), fileName: "scan.xml")
        #expect(devices[1].values(.httpServer) == ["Mini web server 1.0 ZTE corp 2005."])
        #expect(devices[1].values(.scannerVendor) == ["zte"])
        #expect(devices[2].values(.wwwAuthenticate) == ["Basic realm=\"TP-LINK Wireless N Router WR841N\""])
        #expect(devices[2].values(.httpServer) == ["Router Webserver"])
        #expect(devices[3].values(.httpServer) == ["VCS-VideoJet-Webserver"])
        #expect(devices[3].values(.scannerVendor) == ["Bosch Security Systems"])
        #expect(devices[4].values(.scannerVendor).isEmpty)
        #expect(devices[4].values(.httpServer) == ["lighttpd 1.4.59"])
        #expect(devices[4].values(.cpe) == ["cpe:/a:lighttpd:lighttpd:1.4.59"])
        #expect(devices[4].macAddresses.first?.isLocallyAdministered == true)
    }

    @Test("scripts, TLS subject, ssh, device type; a general-purpose OS's CPE, closed and filtered ports and down hosts ignored")
    func scriptsAndServices() throws {
        let devices = try reader.read(Fixture.data("nmap-camera-subnet.xml"), fileName: "subnet.xml")
        #expect(devices.count == 2)
        let axis = devices[0]
        #expect(axis.hostname == "camera-hofplein-02.denhaag.example")
        #expect(axis.deviceClass == .camera)
        #expect(axis.values(.httpServer) == ["Apache httpd", "Apache"])
        #expect(axis.values(.tlsSubject) == ["CN=camera-hofplein-02, C=SE, O=Axis Communications AB"])
        #expect(axis.values(.rtspServer) == ["AXIS P3265-LVE Network Camera rtspd"])
        #expect(axis.values(.cpe) == ["cpe:/a:apache:http_server", "cpe:/h:axis:p3265-lve"], "Linux says nothing of the box")
        #expect(axis.values(.sshBanner).isEmpty, "port 22 is closed")

        let dahua = devices[1]
        #expect(dahua.values(.sshBanner) == ["Dropbear sshd 2019.78 (protocol 2.0)"])
        #expect(dahua.values(.serviceBanner) == ["ssh-hostkey 2048 5e:6f:7a:8b:9c:0d:1e:2f:3a:4b:5c:6d:7e:8f:90:a1 (RSA)"])
        #expect(dahua.values(.httpServer) == ["Webs"])
        #expect(dahua.values(.wwwAuthenticate) == ["Digest realm=\"Login to 4L0C2D3PAZ12345\", qop=\"auth\""])
        #expect(dahua.values(.rtspServer) == ["Dahua rtspd"])
        #expect(dahua.deviceClass == .camera)
    }

    /// A scan of one host with one service nmap could not name: its raw answers kept in `servicefp`, escaped as
    /// nmap escapes attribute values.
    static func oneHost(_ fingerprint: String, port: Int = 23, service: String = "telnet") -> String {
        let escaped = fingerprint.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        return """
        <?xml version="1.0"?><!DOCTYPE nmaprun><nmaprun scanner="nmap" args="nmap -sV">
        <host><status state="up"/><address addr="10.9.2.1" addrtype="ipv4"/><ports>
        <port protocol="tcp" portid="\(port)"><state state="open"/><service name="\(service)" servicefp="\(escaped)" method="probed" conf="10"/></port>
        </ports></host></nmaprun>
        """
    }

    @Test("a telnet greeting in a service fingerprint is a banner; binary answers are not")
    func telnetGreeting() throws {
        let fingerprint = #"SF-Port23-TCP:V=7.94%I=7%r(NULL,5A,"Welcome\x20Visiting\x20Huawei\x20Home\x20Gateway\r\nCopyright\x20by\x20Huawei\x20Technologies\x20Co\.,\x20Ltd\.\r\n\r\nLogin:")%r(GenericLines,4,"\xff\xfb\x01\xff");"#
        let device = try #require(try reader.read(Data(Self.oneHost(fingerprint).utf8), fileName: "telnet.xml").first)
        #expect(device.values(.serviceBanner) == ["Welcome Visiting Huawei Home Gateway",
                                                  "Copyright by Huawei Technologies Co., Ltd.", "Login:"])
    }

    @Test("a MAC address a service prints about itself after a label is evidence; bare hex digits are not")
    func macInAGreeting() throws {
        // The shape of a serial server's telnet greeting (model and MAC address lines), written for this test.
        let fingerprint = #"SF-Port23-TCP:V=7.93%I=7%r(NULL,8C,"\r\n\r\nModel\x20name\x20\x20\x20\x20\x20\x20\x20:\x20NPort\x205150A\r\nMAC\x20address\x20\x20\x20\x20\x20\x20:\x2000:90:E8:41:7A:0C\r\nSerial\x20No\x20\x20\x20\x20\x20\x20\x20\x20:\x20001122AABBCC\r\nPassword:");"#
        let device = try #require(try reader.read(Data(Self.oneHost(fingerprint).utf8), fileName: "nport.xml").first)
        #expect(device.values(.macAddress) == ["00:90:E8:41:7A:0C"])
        #expect(NmapPortFindings.labelledMAC(in: "Serial No : 001122AABBCC") == nil)
        #expect(NmapPortFindings.labelledMAC(in: "MAC: 00-90-E8-41-7A-0C") == MACAddress("00:90:E8:41:7A:0C"))
        #expect(NmapPortFindings.labelledMAC(in: "Gateway 00:90:E8:41:7A:0C") == nil, "no label: whose address is it?")
    }

    @Test("a web page's title in a raw HTTP answer is a banner, as nmap's http-title would report it")
    func titleInAnAnswer() throws {
        let fingerprint = #"SF-Port80-TCP:V=7.93%I=7%r(GetRequest,90,"HTTP/1\.1\x20200\x20OK\r\nServer:\x20lighttpd\r\nContent-Type:\x20text/html\r\n\r\n<html><head><TITLE>\x20NETGEAR\x20\x20ProSAFE\x20GS108T\n</TITLE></head></html>");"#
        let xml = Self.oneHost(fingerprint, port: 80, service: "http")
        let device = try #require(try reader.read(Data(xml.utf8), fileName: "web.xml").first)
        #expect(device.values(.serviceBanner) == ["NETGEAR ProSAFE GS108T"])
        #expect(device.values(.httpServer) == ["lighttpd"])
        #expect(NmapPortFindings.htmlTitle(in: "HTTP/1.1 200 OK\r\n\r\n<html><title></title></html>") == nil)
        #expect(NmapPortFindings.htmlTitle(in: "HTTP/1.1 200 OK\r\n\r\n<html><title>Login") == nil, "no end tag")
    }

    @Test("the best OS match's vendor counts for an embedded system, never for a general-purpose one")
    func osFingerprintVendor() throws {
        func host(_ osclass: String) -> String {
            """
            <host><status state="up"/><address addr="10.1.2.3" addrtype="ipv4"/>
            <os><osmatch name="fingerprint" accuracy="96">\(osclass)</osmatch></os></host>
            """
        }
        let xml = """
        <?xml version="1.0"?><!DOCTYPE nmaprun><nmaprun scanner="nmap" args="nmap -O">
        \(host(#"<osclass type="router" vendor="MikroTik" osfamily="RouterOS" accuracy="96"/>"#))
        \(host(#"<osclass type="general purpose" vendor="Linux" osfamily="Linux" accuracy="96"/>"#))
        </nmaprun>
        """
        let devices = try reader.read(Data(xml.utf8), fileName: "os.xml")
        #expect(devices.map { $0.values(.scannerVendor) } == [["MikroTik"], []])
    }

    @Test("a near-tie between OS matches of different vendors names no maker; a general-purpose system's CPE neither")
    func ambiguousOSGuess() throws {
        func match(_ name: String, _ accuracy: Int, type: String, vendor: String, cpe: String) -> String {
            #"<osmatch name="\#(name)" accuracy="\#(accuracy)"><osclass type="\#(type)" vendor="\#(vendor)" osfamily="embedded" accuracy="\#(accuracy)"><cpe>\#(cpe)</cpe></osclass></osmatch>"#
        }
        func host(_ ip: String, _ matches: String...) -> String {
            """
            <host><status state="up"/><address addr="\(ip)" addrtype="ipv4"/><os>\(matches.joined())</os></host>
            """
        }
        let xml = """
        <?xml version="1.0"?><!DOCTYPE nmaprun><nmaprun scanner="nmap" args="nmap -O">
        \(host("10.1.2.1", match("OSRAM Lightify ZigBee gateway", 96, type: "specialized", vendor: "OSRAM", cpe: "cpe:/h:osram:lightify"),
                match("Denver Electronics AC-5000W MK2 camera", 95, type: "webcam", vendor: "Denver Electronics", cpe: "cpe:/h:denver_electronics:ac-5000w")))
        \(host("10.1.2.2", match("MikroTik RouterOS 6.40", 98, type: "router", vendor: "MikroTik", cpe: "cpe:/o:mikrotik:routeros:6.40"),
                match("MikroTik RouterOS 6.15", 96, type: "router", vendor: "MikroTik", cpe: "cpe:/o:mikrotik:routeros:6.15"),
                match("Xerox WorkCentre Pro 7245 printer", 88, type: "printer", vendor: "Xerox", cpe: "cpe:/h:xerox:workcentre_pro_7245")))
        \(host("10.1.2.3", match("IBM OS/2 Warp 2.0", 86, type: "general purpose", vendor: "IBM", cpe: "cpe:/o:ibm:os2:4")))
        </nmaprun>
        """
        let devices = try reader.read(Data(xml.utf8), fileName: "os.xml")
        #expect(devices[0].values(.scannerVendor).isEmpty)
        #expect(devices[0].values(.cpe).isEmpty)
        #expect(devices[0].deviceClass == nil)  // "specialized" is no register class
        #expect(devices[1].values(.scannerVendor) == ["MikroTik"])
        #expect(devices[1].values(.cpe) == ["cpe:/o:mikrotik:routeros:6.40"])
        #expect(devices[2].values(.scannerVendor).isEmpty)
        #expect(devices[2].values(.cpe).isEmpty)
    }

    @Test("fingerprint escapes: \\x20, \\r\\n, escaped quotes and regex-escaped dots")
    func fingerprintDecoding() {
        let fp = #"SF-Port80-TCP:V=7.93%r(GetRequest,2A,"HTTP/1\.1\x20200\x20OK\r\nServer:\x20a\"b\r\n\r\n")%r(NULL,2A,"HTTP/1\.1\x20200\x20OK\r\nServer:\x20a\"b\r\n\r\n");"#
        #expect(NmapFingerprint.responses(fp) == ["HTTP/1.1 200 OK\r\nServer: a\"b\r\n\r\n"])
    }

    @Test("a scan above libxml2's 10 MB single-input limit is read to the end")
    func largeScan() throws {
        let text = String(decoding: try Fixture.data("nmap-five-devices.xml"), as: UTF8.self)
        let hosts = text[text.range(of: "<host starttime")!.lowerBound..<text.range(of: "<runstats>")!.lowerBound]
        let head = text[..<text.range(of: "<hosthint>")!.lowerBound]
        let copies = 12 * 1024 * 1024 / hosts.utf8.count + 1
        let scan = head + String(repeating: String(hosts), count: copies) + "</nmaprun>\n"
        let devices = try reader.read(Data(scan.utf8), fileName: "big.xml")
        #expect(devices.count == copies * 5)
        #expect(devices.last?.values(.httpServer) == ["lighttpd 1.4.59"])
    }

    @Test("XML of another tool is refused, naming its root element")
    func otherXML() throws {
        let problem = try #require(throws: InputProblem.self) {
            try reader.read(Fixture.data("onvif-probematches-two-cameras.xml"), fileName: "probe.xml")
        }
        #expect(problem.message.contains("<Envelope>"))
        #expect(problem.file == "probe.xml")
    }
}
