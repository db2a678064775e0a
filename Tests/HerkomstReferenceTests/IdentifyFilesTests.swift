import Foundation
import Testing
import HerkomstCore
import HerkomstFormats
import HerkomstReference

/// Whole files through the readers and the engine, as `herkomst identify --nmap/--onvif` does.
@Suite("Attributing scans and ONVIF answers")
struct IdentifyFilesTests {
    static let engine = Result { try ReferenceData.loadShipped().makeEngine() }

    func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func everyHostOfTheFiveDeviceScan() throws {
        let hosts = try DeviceIdentityReader().read(try fixture("nmap-five-devices.xml"), fileName: "nmap-five-devices.xml", format: .nmap)
        #expect(hosts.count == 5)
        let engine = try Self.engine.get()
        var byMAC: [String: Attribution] = [:]
        for host in hosts {
            let mac = try #require(host.macAddresses.first)
            byMAC[mac.description] = engine.attribute(host)
        }
        let hikvision = try #require(byMAC["C0:56:E3:10:20:30"])
        #expect(hikvision.manufacturer?.id == "hikvision")
        #expect(hikvision.highRisk == true)
        #expect(hikvision.conflicts.isEmpty)
        let zte = try #require(byMAC["08:60:83:AA:BB:01"])
        #expect(zte.manufacturer?.id == "zte")
        #expect(zte.highRisk == true)
        let tplink = try #require(byMAC["D0:37:45:01:02:03"])
        #expect(tplink.manufacturer?.id == "tp-link")
        let bosch = try #require(byMAC["00:01:31:0A:0B:0C"])
        #expect(bosch.manufacturer?.id == "bosch")
        #expect(bosch.highRisk == false)
        let unknown = try #require(byMAC["06:11:22:33:44:55"])
        #expect(unknown.manufacturer == nil)
        #expect(unknown.highRisk == nil)
        #expect(unknown.countryOfOrigin == nil)
        #expect(!unknown.evidence.isEmpty)
    }

    @Test func boschONVIFCapture() throws {
        let devices = try DeviceIdentityReader().read(try fixture("bosch-flexidome-5100i-GetDeviceInformation.xml"),
                                                      fileName: "bosch.xml", format: .onvif)
        let a = try Self.engine.get().attribute(try #require(devices.first))
        #expect(a.manufacturer?.id == "bosch")
        #expect(a.countryOfOrigin == "DE")
        #expect(a.highRisk == false)
        #expect(a.deviceClass == .camera)
    }
}
