import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("ONVIF answers")
struct ONVIFReaderTests {
    let reader = ONVIFReader()

    @Test("real Bosch GetDeviceInformation with its odd namespace attributes")
    func boschCapture() throws {
        let name = "bosch-flexidome-5100i-GetDeviceInformation.xml"
        let devices = try reader.read(Fixture.data(name), fileName: name)
        let device = try #require(devices.first)
        #expect(devices.count == 1)
        #expect(device.brand == "Bosch")
        #expect(device.model == "FLEXIDOME indoor 5100i IR")
        #expect(device.firmware == "8.71.0066")
        #expect(device.serialNumber == "404754734001050102")
        #expect(device.values(.onvifManufacturer) == ["Bosch"])
        #expect(device.values(.onvifModel) == ["FLEXIDOME indoor 5100i IR"])
        #expect(device.values(.serviceBanner) == ["ONVIF HardwareId: F000B543"])
        #expect(device.evidence.first?.source == "\(name):4")
    }

    @Test("the same answer with tds:/tt: prefixes and no SOAP envelope reads the same")
    func prefixedAndBare() throws {
        let xml = """
        <tds:GetDeviceInformationResponse xmlns:tds="http://www.onvif.org/ver10/device/wsdl">
          <tds:Manufacturer>HIKVISION</tds:Manufacturer><tds:Model>DS-2CD2386G2-IU</tds:Model>
          <tds:FirmwareVersion>V5.7.12 build 221215</tds:FirmwareVersion>
          <tds:SerialNumber>DS-2CD2386G2-IU20230101AAWRJ12345678</tds:SerialNumber><tds:HardwareId>88</tds:HardwareId>
        </tds:GetDeviceInformationResponse>
        """
        let device = try #require(try reader.read(Data(xml.utf8), fileName: "hik.xml").first)
        #expect(device.values(.onvifManufacturer) == ["HIKVISION"])
        #expect(device.model == "DS-2CD2386G2-IU")
        #expect(device.serialNumber == "DS-2CD2386G2-IU20230101AAWRJ12345678")
    }

    @Test("WS-Discovery ProbeMatches: one device per match with endpoint, scopes, types and addresses")
    func probeMatches() throws {
        let devices = try reader.read(Fixture.data("onvif-probematches-two-cameras.xml"), fileName: "probe.xml")
        #expect(devices.count == 2)
        let hikvision = devices[0]
        #expect(hikvision.endpointID == "urn:uuid:4c7a1e00-7cf4-11ee-8000-bcad28a1c2d3")
        #expect(hikvision.values(.onvifEndpoint) == ["urn:uuid:4c7a1e00-7cf4-11ee-8000-bcad28a1c2d3"])
        #expect(hikvision.deviceClass == .camera)
        #expect(hikvision.model == "DS-2CD2386G2-IU")
        #expect(hikvision.values(.onvifModel) == ["DS-2CD2386G2-IU"])
        #expect(hikvision.values(.serviceBanner) == ["HIKVISION DS-2CD2386G2-IU"])
        #expect(hikvision.ipAddresses == ["10.40.12.31", "fe80::bead:28ff:fea1:c2d3"])
        #expect(hikvision.source == "probe.xml, ProbeMatch 1")

        let axis = devices[1]
        #expect(axis.model == "P3265-LVE")
        #expect(axis.values(.serviceBanner) == ["AXIS P3265-LVE"])
        #expect(axis.ipAddresses.isEmpty)
        #expect(axis.hostname == "camera-hofplein-02.denhaag.example")
        #expect(axis.deviceClass == .camera)
    }

    @Test("a GetScopes answer is read like the scopes of a discovery match, MAC address included")
    func getScopes() throws {
        let xml = """
        <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:tds="http://www.onvif.org/ver10/device/wsdl"
                      xmlns:tt="http://www.onvif.org/ver10/schema"><env:Body><tds:GetScopesResponse>
          <tds:Scopes><tt:ScopeDef>Fixed</tt:ScopeDef><tt:ScopeItem>onvif://www.onvif.org/type/video_encoder</tt:ScopeItem></tds:Scopes>
          <tds:Scopes><tt:ScopeDef>Fixed</tt:ScopeDef><tt:ScopeItem>onvif://www.onvif.org/Model/IPC-HDW2431T-AS-S2</tt:ScopeItem></tds:Scopes>
          <tds:Scopes><tt:ScopeDef>Configurable</tt:ScopeDef><tt:ScopeItem>onvif://www.onvif.org/name/Ingang%20Stadhuis</tt:ScopeItem></tds:Scopes>
          <tds:Scopes><tt:ScopeDef>Fixed</tt:ScopeDef><tt:ScopeItem>onvif://www.onvif.org/MAC/38:af:29:00:12:34</tt:ScopeItem></tds:Scopes>
          <tds:Scopes><tt:ScopeDef>Configurable</tt:ScopeDef><tt:ScopeItem>onvif://www.onvif.org/macaddress/</tt:ScopeItem></tds:Scopes>
        </tds:GetScopesResponse></env:Body></env:Envelope>
        """
        let device = try #require(try reader.read(Data(xml.utf8), fileName: "scopes.xml").first)
        #expect(device.model == "IPC-HDW2431T-AS-S2")
        #expect(device.deviceClass == .camera)
        #expect(device.macAddresses == [MACAddress("38:AF:29:00:12:34")!])
        #expect(device.values(.serviceBanner) == ["Ingang Stadhuis"])
        #expect(device.values(.macAddress) == ["38:AF:29:00:12:34"], "an empty MAC scope is no address")
    }

    @Test("a time-based or hand-made endpoint UUID ends in the device's own MAC address; random and name-based UUIDs and random nodes say nothing")
    func macInEndpointUUID() {
        #expect(ONVIFDiscoveryMatch.deviceMACInUUID("urn:uuid:aa85c000-6324-11b3-8000-5850ed1fe385") == MACAddress("58:50:ED:1F:E3:85"))
        #expect(ONVIFDiscoveryMatch.deviceMACInUUID("uuid:66f52bf6-dd69-4aa7-b50e-21617afcfcb5") == nil, "version 4")
        #expect(ONVIFDiscoveryMatch.deviceMACInUUID("urn:uuid:aa85c000-6324-11b3-8000-5b50ed1fe385") == nil, "multicast bit: random node")
        #expect(ONVIFDiscoveryMatch.deviceMACInUUID("urn:uuid:not-a-uuid") == nil)
        // Firmware that builds its UUID by hand (version digit 0, no RFC 4122 generator) from its own address.
        #expect(ONVIFDiscoveryMatch.deviceMACInUUID("urn:uuid:15020314-0204-0408-1500-ec71db465af7") == MACAddress("EC:71:DB:46:5A:F7"))
        #expect(ONVIFDiscoveryMatch.deviceMACInUUID("urn:uuid:2419d6a2-34e5-5e3b-9f7c-c056e3a1b2c3") == nil, "version 5: a hash")
        // A variant digit no RFC 4122 generator writes (3): made by hand, whatever its version digit says.
        #expect(ONVIFDiscoveryMatch.deviceMACInUUID("urn:uuid:2419d6a2-54db-54db-3130-0023cde05fa7") == MACAddress("00:23:CD:E0:5F:A7"))
        #expect(ONVIFDiscoveryMatch.deviceMACInUUID("urn:uuid:2419d6a2-34e5-7e3b-9f7c-c056e3a1b2c3") == nil, "version 7: random")
    }

    @Test("a Hikvision SADP discovery answer: model, serial, MAC, address and firmware")
    func sadpAnswer() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ProbeMatch><Uuid>0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9</Uuid><Types>inquiry</Types>
        <DeviceDescription>DS-2CD2043G2-I</DeviceDescription><DeviceSN>DS-2CD2043G2-I20210101AAWRG12345678</DeviceSN>
        <MAC>4c-bd-8f-12-34-56</MAC><IPv4Address>10.20.1.57</IPv4Address><SoftwareVersion>V5.7.3build 220112</SoftwareVersion>
        </ProbeMatch>
        """
        let device = try #require(try reader.read(Data(xml.utf8), fileName: "sadp.xml").first)
        #expect(device.model == "DS-2CD2043G2-I")
        #expect(device.serialNumber == "DS-2CD2043G2-I20210101AAWRG12345678")
        #expect(device.macAddresses == [MACAddress("4C:BD:8F:12:34:56")!])
        #expect(device.ipAddresses == ["10.20.1.57"])
        #expect(device.firmware == "V5.7.3build 220112")
        #expect(device.values(.modelString) == ["DS-2CD2043G2-I"])
    }

    @Test("a SOAP fault is a problem that says what the device answered")
    func fault() throws {
        let problem = try #require(throws: InputProblem.self) {
            try reader.read(Fixture.data("onvif-fault-not-authorized.xml"), fileName: "fault.xml")
        }
        #expect(problem.file == "fault.xml")
        #expect(problem.line == 4)
        #expect(problem.message.contains("Sender not Authorized"))
    }

    @Test("XML that is no ONVIF answer is refused with its root element named")
    func notONVIF() throws {
        let problem = try #require(throws: InputProblem.self) {
            try reader.read(Data("<rss><channel/></rss>".utf8), fileName: "feed.xml")
        }
        #expect(problem.message.contains("<rss>"))
    }

    static let answer = """
        <?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope" \
        xmlns:tds="http://www.onvif.org/ver10/device/wsdl"><SOAP-ENV:Body><tds:GetDeviceInformationResponse>\
        <tds:Manufacturer>Canon</tds:Manufacturer><tds:Model>VB-S30D</tds:Model><tds:FirmwareVersion>1.2.0</tds:FirmwareVersion>\
        <tds:SerialNumber>AB1234</tds:SerialNumber><tds:HardwareId>1</tds:HardwareId>\
        </tds:GetDeviceInformationResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>
        """

    @Test("an HTTP response saved with its headers is read from its body")
    func httpResponse() throws {
        let saved = "HTTP/1.1 200 OK\r\nServer: gSOAP/2.8\r\nContent-Type: application/soap+xml\r\n\r\n" + Self.answer
        let device = try #require(try reader.read(Data(saved.utf8), fileName: "curl-i.txt").first)
        #expect(device.brand == "Canon")
        #expect(device.model == "VB-S30D")
        #expect(device.source == "curl-i.txt, HTTP-body")
    }

    @Test("a capture tool's JSON record: every response body is read; a fault among them is passed over")
    func jsonCapture() throws {
        func exchange(_ operation: String, _ body: String) -> [String: Any] {
            ["operation_name": operation, "request_body": "<GetDeviceInformation/>", "response_body": body]
        }
        let faultBody = String(decoding: try Fixture.data("onvif-fault-not-authorized.xml"), as: UTF8.self)
        let single = try JSONSerialization.data(withJSONObject: exchange("GetDeviceInformation", Self.answer))
        let device = try #require(try reader.read(single, fileName: "capture_001.json").first)
        #expect(device.model == "VB-S30D")
        #expect(device.source == "capture_001.json, response_body (GetDeviceInformation)")

        let several = try JSONSerialization.data(withJSONObject: ["captures": [exchange("GetScopes", faultBody),
                                                                              exchange("GetDeviceInformation", Self.answer)]])
        let devices = try reader.read(several, fileName: "captures.json")
        #expect(devices.map(\.serialNumber) == ["AB1234"])

        // Information and network cards of one camera in one capture: one device with both.
        let interfaces = """
            <Envelope><Body><GetNetworkInterfacesResponse><NetworkInterfaces><Info>\
            <HwAddress>00-1e-8f-12-34-56</HwAddress></Info></NetworkInterfaces></GetNetworkInterfacesResponse></Body></Envelope>
            """
        let oneCamera = try JSONSerialization.data(withJSONObject: [exchange("GetDeviceInformation", Self.answer),
                                                                     exchange("GetNetworkInterfaces", interfaces)])
        let camera = try reader.read(oneCamera, fileName: "session.json")
        #expect(camera.count == 1)
        #expect(camera.first?.model == "VB-S30D")
        #expect(camera.first?.macAddresses == [MACAddress("00:1E:8F:12:34:56")!])
        #expect(camera.first?.evidence.map(\.kind) == [.onvifManufacturer, .onvifModel, .serviceBanner, .macAddress])

        let onlyFault = try JSONSerialization.data(withJSONObject: [exchange("GetScopes", faultBody)])
        let problem = try #require(throws: InputProblem.self) { try reader.read(onlyFault, fileName: "fault.json") }
        #expect(problem.message.contains("Sender not Authorized"))
    }

    @Test("JSON without a response body, and hostile XML inside a capture, are refused")
    func badCaptures() throws {
        let empty = try #require(throws: InputProblem.self) {
            try reader.read(Data(#"{"operation_name": "GetDeviceInformation"}"#.utf8), fileName: "empty.json")
        }
        #expect(empty.message.contains("response_body"))
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><GetDeviceInformationResponse>&lol;</GetDeviceInformationResponse>
            """
        let hostile = try JSONSerialization.data(withJSONObject: [["response_body": laughs], ["response_body": Self.answer]])
        #expect(throws: InputProblem.self) { try reader.read(hostile, fileName: "hostile.json") }
    }

    @Test("a GetNetworkInterfaces answer gives the device's own MAC addresses; without one it holds no device")
    func networkInterfaces() throws {
        let xml = """
            <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:tds="http://www.onvif.org/ver10/device/wsdl" \
            xmlns:tt="http://www.onvif.org/ver10/schema"><s:Body><tds:GetNetworkInterfacesResponse>
            <tds:NetworkInterfaces token="eth0"><tt:Enabled>true</tt:Enabled><tt:Info><tt:Name>eth0</tt:Name>
            <tt:HwAddress>ec:71:db:46:5a:f7</tt:HwAddress><tt:MTU>1500</tt:MTU></tt:Info></tds:NetworkInterfaces>
            </tds:GetNetworkInterfacesResponse></s:Body></s:Envelope>
            """
        let device = try #require(try reader.read(Data(xml.utf8), fileName: "interfaces.xml").first)
        #expect(device.macAddresses == [MACAddress("EC:71:DB:46:5A:F7")!])
        #expect(device.values(.macAddress) == ["EC:71:DB:46:5A:F7"])
        #expect(device.evidence.first?.source == "interfaces.xml:3")
        let withoutAddress = xml.replacingOccurrences(of: "<tt:HwAddress>ec:71:db:46:5a:f7</tt:HwAddress>", with: "")
        let problem = try #require(throws: InputProblem.self) {
            try reader.read(Data(withoutAddress.utf8), fileName: "interfaces.xml")
        }
        #expect(problem.message.contains("GetNetworkInterfacesResponse"))
    }

    @Test("a scope of the maker's own making is read like a banner; locations and profiles are not")
    func makersOwnScopes() throws {
        let xml = """
            <GetScopesResponse><Scopes><ScopeItem>onvif://www.onvif.org/b/jovision</ScopeItem></Scopes>
            <Scopes><ScopeItem>onvif://www.onvif.org/location/country/china</ScopeItem></Scopes>
            <Scopes><ScopeItem>onvif://www.onvif.org/Profile/Streaming</ScopeItem></Scopes>
            <Scopes><ScopeItem>onvif://www.onvif.org/hardware/NVT-HI3516CS</ScopeItem></Scopes></GetScopesResponse>
            """
        let device = try #require(try reader.read(Data(xml.utf8), fileName: "scopes.xml").first)
        #expect(device.values(.serviceBanner) == ["jovision"])
        #expect(device.model == "NVT-HI3516CS")
    }
}
