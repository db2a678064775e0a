import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("nmap XML scans")
struct NmapReaderTests {
    let reader = NmapReader()
    let five = "nmap-five-devices.xml"

    func fiveDevices() throws -> [ObservedDevice] {
        try reader.read(ReaderFixtures.data("nmap/\(five)"), file: five)
    }

    @Test("the real five-device scan gives one device per <host>, not per <hosthint>")
    func onePerHost() throws {
        let devices = try fiveDevices()
        #expect(devices.map(\.ipAddresses) == [["10.231.8.21"], ["10.231.8.22"], ["10.231.8.23"], ["10.231.8.24"], ["10.231.8.25"]])
        #expect(devices.map(\.source) == devices.map { "\(five), host \($0.ipAddresses[0])" })
        #expect(devices.allSatisfy { $0.evidence.allSatisfy { $0.observedAt == Date(timeIntervalSince1970: 1795929687) } })
    }

    @Test("Hikvision: MAC vendor, Server and WWW-Authenticate decoded from the service fingerprints, once each")
    func hikvisionHost() throws {
        let hik = try fiveDevices()[0]
        #expect(hik.macAddresses.map(\.description) == ["C0:56:E3:10:20:30"])
        #expect(hik.values(.macAddress) == ["C0:56:E3:10:20:30"])
        #expect(hik.values(.scannerVendor) == ["Hangzhou Hikvision Digital Technology"])
        #expect(hik.values(.httpServer) == ["App-webs/"])
        #expect(hik.values(.wwwAuthenticate) == [
            "Digest qop=\"auth\", realm=\"IP Camera(C3412)\", nonce=\"4e5468694e7a42694e7a4d364f4449354d6a51354f673d3d\", stale=\"FALSE\"",
            "Digest realm=\"Hikvision\", nonce=\"9e9a3b1c\", stale=\"FALSE\"",
        ])
        #expect(hik.values(.rtspServer).isEmpty, "the RTSP answer had no Server header")
    }

    @Test("ZTE, TP-Link and Bosch hosts carry their banners; the unknown host only what it showed")
    func otherHosts() throws {
        let devices = try fiveDevices()
        #expect(devices[1].values(.httpServer) == ["Mini web server 1.0 ZTE corp 2005."])
        #expect(devices[1].values(.scannerVendor) == ["zte"])
        #expect(devices[2].values(.wwwAuthenticate) == ["Basic realm=\"TP-LINK Wireless N Router WR841N\""])
        #expect(devices[2].values(.httpServer) == ["Router Webserver"])
        #expect(devices[3].values(.httpServer) == ["VCS-VideoJet-Webserver"])
        #expect(devices[3].values(.scannerVendor) == ["Bosch Security Systems"])
        let unknown = devices[4]
        #expect(unknown.macAddresses.map(\.description) == ["06:11:22:33:44:55"])
        #expect(unknown.macAddresses[0].isLocallyAdministered)
        #expect(unknown.values(.scannerVendor).isEmpty)
        #expect(unknown.values(.httpServer) == ["lighttpd 1.4.59"])
        #expect(unknown.values(.cpe) == ["cpe:/a:lighttpd:lighttpd:1.4.59"])
    }

    @Test("scripts, SSH fingerprints, TLS subjects, OS detection, host names and down hosts")
    func scriptsAndOS() throws {
        let devices = try reader.read(ReaderFixtures.data("nmap/nmap-scripts-os.xml"), file: "beheer.xml")
        #expect(devices.count == 2, "the host that was down is not a device")
        let huawei = devices[0]
        #expect(huawei.hostname == "vr-hgl-sw-core-02.beheer.example")
        #expect(huawei.deviceClass == .switch)
        #expect(huawei.values(.sshBanner) == ["SSH-2.0-HUAWEI-1.5"])
        #expect(huawei.values(.httpServer) == ["Huawei switch http config", "HTTPD"])
        #expect(huawei.values(.tlsSubject) == ["CN=HuaWei, C=CN, O=Huawei Technologies Co., Ltd."])
        #expect(huawei.values(.sysDescr) == ["S5720-28X-SI-AC\nHuawei Versatile Routing Platform Software"])
        #expect(huawei.values(.cpe) == ["cpe:/h:huawei:s5720", "cpe:/o:huawei:vrp:8"])
        #expect(huawei.values(.serviceBanner).contains("OS: Huawei VRP 8.X (94%)"))
        #expect(huawei.values(.serviceBanner).contains("ssh-hostkey: 2048 (RSA); 256 (ECDSA)"))
        #expect(huawei.values(.serviceBanner).contains("SNMPv1 server (public)"))

        let axis = devices[1]
        #expect(axis.ipAddresses == ["10.40.1.3", "fd00:40::3"])
        #expect(axis.hostname == "cam-sch-014", "a name the user gave wins over the PTR record")
        #expect(axis.deviceClass == .camera)
        #expect(axis.values(.httpServer) == ["Axis Q6135-LE network camera http config"])
        #expect(axis.values(.rtspServer) == ["AXIS Q6135-LE rtspd", "GStreamer RTSP server"])
        #expect(axis.values(.wwwAuthenticate) == ["Digest realm=AXIS_ACCC8E0A1B2C nonce=0002a1b3Y2c1d== algorithm=MD5 qop=auth"])
        #expect(!axis.values(.serviceBanner).contains { $0.contains("Site doesn't have a title") })
        #expect(axis.values(.sshBanner).isEmpty, "port 22 was filtered, not open")
    }

    @Test("service fingerprints decode nmap's escapes")
    func fingerprintDecoding() {
        let fp = #"SF-Port80-TCP:V=7.93%I=7%r(GetRequest,3A,"HTTP/1\.1\x20200\x20OK\r\nServer:\x20Boa/0\.94\.14rc21\r\nX:\x20\"q\"\r\n\r\n")%r(NULL,5,"\xff\xfe\x01")"#
        let responses = NmapServiceFingerprint.responses(fp)
        #expect(responses.map(\.probe) == ["GetRequest", "NULL"])
        #expect(responses[0].text == "HTTP/1.1 200 OK\r\nServer: Boa/0.94.14rc21\r\nX: \"q\"\r\n\r\n")
        #expect(BannerHeaders.scan(responses[0].text).server == ["Boa/0.94.14rc21"])
    }

    @Test("XML that is not an nmap scan is refused, naming its root")
    func notNmap() {
        let xml = "<?xml version=\"1.0\"?><scan><host><address addr=\"10.0.0.1\" addrtype=\"ipv4\"/></host></scan>"
        let problem = inputProblem { _ = try reader.read(Data(xml.utf8), file: "anders.xml") }
        #expect(problem?.field == "scan")
        #expect(problem?.message.contains("<nmaprun>") == true)
    }
}
