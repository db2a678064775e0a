import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("ONVIF answers")
struct ONVIFReaderTests {
    let reader = ONVIFReader()

    @Test("a real Bosch GetDeviceInformation capture with its odd namespace declarations")
    func boschCapture() throws {
        let file = "bosch-flexidome-5100i-GetDeviceInformation.xml"
        let devices = try reader.read(ReaderFixtures.data("onvif/\(file)"), file: file)
        let device = try #require(devices.first)
        #expect(devices.count == 1)
        #expect(device.values(.onvifManufacturer) == ["Bosch"])
        #expect(device.values(.onvifModel) == ["FLEXIDOME indoor 5100i IR"])
        #expect(device.model == "FLEXIDOME indoor 5100i IR")
        #expect(device.firmware == "8.71.0066")
        #expect(device.serialNumber == "404754734001050102")
        #expect(device.values(.labelText) == ["HardwareId F000B543"])
        #expect(device.evidence.first?.source == "\(file), Manufacturer")
    }

    @Test("prefixed SOAP (s:, dev:) reads the same as unprefixed")
    func prefixedAnswer() throws {
        let devices = try reader.read(ReaderFixtures.data("onvif/dahua-GetDeviceInformation-prefixed.xml"), file: "d.xml")
        #expect(devices.count == 1)
        #expect(devices[0].values(.onvifManufacturer) == ["Dahua"])
        #expect(devices[0].model == "IPC-HFW2431S-S-S2")
        #expect(devices[0].serialNumber == "6J0B7E5PAZ8C1A3")
    }

    @Test("WS-Discovery ProbeMatches: one device per match, with endpoint, scopes and addresses")
    func probeMatches() throws {
        let devices = try reader.read(ReaderFixtures.data("onvif/probematch-two-cameras.xml"), file: "probe.xml")
        #expect(devices.count == 2)
        let hik = devices[0]
        #expect(hik.endpointID == "urn:uuid:54575857-3133-3643-4b34-4cbd8f2a9c01")
        #expect(hik.deviceClass == .camera)
        #expect(hik.model == "DS-2CD2143G2-I")
        #expect(hik.values(.onvifModel) == ["DS-2CD2143G2-I"])
        #expect(hik.values(.labelText) == ["HIKVISION DS-2CD2143G2-I"], "percent-decoded name scope")
        #expect(hik.macAddresses.map(\.description) == ["4C:BD:8F:2A:9C:01"])
        #expect(hik.ipAddresses == ["10.20.31.17", "fe80::4ebd:8fff:fe2a:9c01"])

        let axis = devices[1]
        #expect(axis.endpointID == "urn:uuid:6b3f1a00-8c2e-11ee-b9d1-accc8e0a1b2c")
        #expect(axis.values(.labelText) == ["AXIS Q6135-LE"])
        #expect(axis.ipAddresses.isEmpty)
        #expect(axis.hostname == "cam-sch-014.intern.example")
        #expect(axis.macAddresses.isEmpty)
    }

    @Test("a SOAP fault is reported as the device's answer, not as an empty device")
    func soapFault() {
        let problem = inputProblem {
            _ = try reader.read(ReaderFixtures.data("onvif/soap-fault-not-authorized.xml"), file: "fout.xml")
        }
        #expect(problem?.field == "Fault")
        #expect(problem?.message.contains("Sender not Authorized") == true)
        #expect(problem?.line == 4)
    }

    @Test("XML that is no ONVIF answer is refused, naming its root")
    func notONVIF() {
        let xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>nieuws</title></channel></rss>"
        let problem = inputProblem { _ = try reader.read(Data(xml.utf8), file: "rss.xml") }
        #expect(problem?.field == "rss")
        #expect(problem?.message.contains("geen GetDeviceInformationResponse of ProbeMatch") == true)
    }
}
