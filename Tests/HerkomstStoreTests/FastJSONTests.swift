import Foundation
import HerkomstCore
@testable import HerkomstStore
import Testing

/// The store writes its hottest JSON by hand; what it writes must read back through the types' own `Codable`.
@Suite("Hand-written JSON reads back through Codable")
struct FastJSONTests {
    static let awkward = "Kijkt \"schuin\" naar\tde Lange Voorhout\\hoek\nregel 2 — café ☕ \u{01}"

    @Test func aFullyFilledDeviceReadsBackExactly() throws {
        let device = Device(
            id: "cam-\"001\"", deviceClass: .camera, brand: "Hikvision", model: "DS-2CD2143G2-I", firmware: "V5.7.3 build 220112",
            serialNumber: "D12345678", macAddresses: [MACAddress("4C:BD:8F:12:34:56")!, MACAddress("00:40:8C:00:00:01")!],
            ipAddresses: ["10.20.30.40", "2001:db8::1"], hostname: "cam-001.denhaag.local", owner: "gemeente-den-haag",
            operatorOrganisation: "htm", supplier: "kpn", maintainer: "securitas",
            purposes: [Purpose(description: Self.awkward, legalGround: .publiekeTaak, personalData: true,
                               dataCategories: ["beeld", "kenteken"]),
                       Purpose(description: "telling", legalGround: nil, personalData: false, dataCategories: [])],
            connectivity: [.bekabeld, .mobiel], internetExposed: true, vendorCloud: true, remoteMaintenance: true, vital: true,
            visibility: .vertrouwelijk, procured: Day("2019-01-15"), installed: Day("2019-05-01"), removed: Day("2022-10-01"),
            note: Self.awkward)
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
}
