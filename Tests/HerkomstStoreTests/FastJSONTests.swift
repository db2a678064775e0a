import Foundation
import HerkomstCore
@testable import HerkomstStore
import Testing

/// The store writes its hottest JSON by hand; what it writes must read back through the types' own `Codable`.
@Suite("Hand-written JSON reads back through Codable")
struct FastJSONTests {
    static let awkward = "Kijkt \"schuin\" naar\tde Lange Voorhout\\hoek\nregel 2 — café ☕ \u{01}"

    @Test func aFullyFilledDeviceReadsBackExactly() throws {
        let device = Self.fullDevice
        let text = try StoredJSON.text(device)
        #expect(try StoredJSON.value(Device.self, from: text) == device)
        let bare = Device(id: "x", deviceClass: .overig, owner: "o")
        #expect(try StoredJSON.value(Device.self, from: try StoredJSON.text(bare)) == bare)
    }

    @Test func placementsChangesAndMapsReadBack() throws {
        let placed = Placement(deviceID: "cam-1", point: GeoPoint(longitude: 4.274_712_345_678_9, latitude: 52.110_7),
                               address: Self.awkward, district: "Scheveningen", mount: "mast", direction: 271.5,
                               from: Day("2019-05-01")!, to: Day("2021-09-01"))
        #expect(try StoredJSON.value(Placement.self, from: try StoredJSON.text(placed)) == placed)
        let unplaced = Placement(deviceID: "cam-2", point: nil, from: Day("2020-01-01")!)
        #expect(try StoredJSON.value(Placement.self, from: try StoredJSON.text(unplaced)) == unplaced)
        #expect(throws: (any Error).self) {
            try StoredJSON.text(Placement(deviceID: "x", point: GeoPoint(longitude: .nan, latitude: 52), from: Day("2020-01-01")!))
        }

        let changes = [FieldChange(field: "notitie", before: nil, after: Self.awkward),
                       FieldChange(field: "merk", before: "HiLook", after: nil)]
        #expect(try StoredJSON.value([FieldChange].self, from: try StoredJSON.text(changes)) == changes)
        let map = ["model": "DS-2CD2143G2-I", "adres": Self.awkward]
        #expect(try StoredJSON.value([String: String].self, from: try StoredJSON.text(map)) == map)
    }

    static var fullDevice: Device {
        Device(
            id: "cam-\"001\"", deviceClass: .camera, brand: "Hikvision", model: "DS-2CD2143G2-I", firmware: "V5.7.3 build 220112",
            serialNumber: "D12345678", macAddresses: [MACAddress("4C:BD:8F:12:34:56")!, MACAddress("00:40:8C:00:00:01")!],
            ipAddresses: ["10.20.30.40", "2001:db8::1"], hostname: "cam-001.denhaag.local", owner: "gemeente-den-haag",
            operatorOrganisation: "htm", supplier: "kpn", maintainer: "securitas",
            purposes: [Purpose(description: Self.awkward, legalGround: .publiekeTaak, personalData: true,
                               dataCategories: ["beeld", "kenteken"]),
                       Purpose(description: "telling", legalGround: nil, personalData: false, dataCategories: [])],
            connectivity: [.bekabeld, .mobiel], internetExposed: true, vendorCloud: true, remoteMaintenance: true, vital: true,
            visibility: .vertrouwelijk, procured: Day("2019-01-15"), installed: Day("2019-05-01"), removed: Day("2022-10-01"),
            note: Self.awkward + " \u{1F4F7} 𝄞")
    }

    static func encoderText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("the fast reader reads what the store writes, and what JSONEncoder wrote before, exactly as JSONDecoder does")
    func fastReaderAgreesWithDecoder() throws {
        let dataset = DemoData.generate(today: Day("2026-11-29")!)
        let devices = dataset.registrations.map(\.device) + [Self.fullDevice, Device(id: "x", deviceClass: .overig, owner: "o")]
        let placements = dataset.registrations.flatMap(\.placements)
        #expect(devices.count > 2_000 && placements.count > 2_000)
        for device in devices {
            #expect(FastJSONReader.device(FastJSON.device(device)) == device, "\(device.id)")
            #expect(FastJSONReader.device(try Self.encoderText(device)) == device, "\(device.id), JSONEncoder's text")
        }
        for placement in placements {
            #expect(FastJSONReader.placement(try StoredJSON.text(placement)) == placement)
            #expect(FastJSONReader.placement(try Self.encoderText(placement)) == placement)
        }
        // Escapes JSONEncoder and other writers use: \u with a surrogate pair, \/ and a control character.
        #expect(FastJSONReader.placement(#"{"deviceID":"a\/b \ud83d\udcf7 \u0001","from":"2020-01-01","to":null}"#)
                == Placement(deviceID: "a/b 📷 \u{01}", point: nil, from: Day("2020-01-01")!))
        // Large batches (split over cores) give the same, in order.
        #expect(try StoredJSON.devices(devices.map(FastJSON.device)) == devices)
        #expect(try StoredJSON.placements(try placements.map(StoredJSON.text)) == placements)
    }

    @Test("what the fast reader does not expect is left to JSONDecoder, which reads it or says why not")
    func unexpectedTextFallsBack() throws {
        let text = FastJSON.device(Self.fullDevice)
        let unknownMember = text.replacingOccurrences(of: "{\"id\"", with: "{\"later\":[1,{\"a\":null}],\"id\"")
        let missing = text.replacingOccurrences(of: "\"vital\":true,", with: "")
        let wrongType = text.replacingOccurrences(of: "\"vital\":true", with: "\"vital\":\"ja\"")
        let badDay = text.replacingOccurrences(of: "2019-05-01", with: "2019-02-30")
        for odd in [unknownMember, missing, wrongType, badDay, text + "x", String(text.dropLast())] {
            #expect(FastJSONReader.device(odd) == nil, "\(odd.prefix(40))")
        }
        // JSONDecoder ignores a member it does not know: the batch still reads.
        #expect(try StoredJSON.devices([unknownMember]) == [Self.fullDevice])
        #expect(throws: (any Error).self) { try StoredJSON.devices([missing]) }
        #expect(throws: (any Error).self) { try StoredJSON.devices([badDay]) }
    }
}

