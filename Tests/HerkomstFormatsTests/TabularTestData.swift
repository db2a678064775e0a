import Foundation
import HerkomstCore
@testable import HerkomstFormats

/// Register devices as the demo and real registers hold them, for round-trip tests: awkward text included.
enum TabularTestData {
    static let asOf = Day(year: 2024, month: 6, day: 1)!

    static func devices() -> [(Device, Placement?)] {
        let hikvision = Device(
            id: "dev-0001", deviceClass: .camera, brand: "Hikvision", model: "DS-2CD2143G2-I", firmware: "V5.7.3 build 220112",
            serialNumber: "DS-2CD2143G2-I20210315AAWRF12345678", macAddresses: [MACAddress("4C:BD:8F:12:34:56")!],
            ipAddresses: ["10.20.1.11"], hostname: "dh-cam-0001", owner: "gemeente-den-haag",
            operatorOrganisation: "veiligheidsregio-haaglanden", supplier: "beveiliging-bv", maintainer: "beveiliging-bv",
            purposes: [Purpose(description: "Toezicht openbare orde; uitgaansgebied", legalGround: .publiekeTaak,
                               personalData: true, dataCategories: ["beeld", "kenteken"])],
            connectivity: [.bekabeld], internetExposed: false, vital: false, visibility: .openbaar,
            procured: Day(year: 2021, month: 1, day: 20), installed: Day(year: 2021, month: 3, day: 15),
            removed: Day(year: 2023, month: 11, day: 30))
        let axis = Device(
            id: "dev-0002", deviceClass: .camera, brand: "Axis", model: "P3265-LVE", serialNumber: "ACCC8E5F0A11",
            macAddresses: [MACAddress("AC:CC:8E:5F:0A:11")!, MACAddress("AC:CC:8E:5F:0A:12")!],
            ipAddresses: ["10.20.1.13", "2001:db8::13"], owner: "gemeente-den-haag",
            purposes: [Purpose(description: "=HYPERLINK(\"http://evil.example\",\"klik\")", personalData: false)],
            connectivity: [.bekabeld, .mobiel], internetExposed: true, vital: true, visibility: .intern,
            installed: Day(year: 2022, month: 6, day: 1))
        let huawei = Device(
            id: "dev-0003", deviceClass: .switch, brand: "Huawei", model: "S5735-L24P4S-A",
            serialNumber: "2102351931P0K8000123", hostname: "-vrh-sw-01", owner: "veiligheidsregio-haaglanden",
            visibility: .vertrouwelijk, installed: Day(year: 2020, month: 2, day: 10),
            removed: Day(year: 2023, month: 2, day: 1), note: nil)
        let sensor = Device(
            id: "dev-0004", deviceClass: .sensor, brand: "Sensirion", model: "SPS30 \"fijnstof\", v2",
            owner: "gemeente-utrecht", operatorOrganisation: "@beheer", visibility: .openbaar,
            installed: Day(year: 2024, month: 9, day: 1))
        return [
            (hikvision, Placement(deviceID: hikvision.id, point: GeoPoint(longitude: 4.3089, latitude: 52.0767),
                                  address: "Grote Markt / Café ’t Goude Hooft\nhoek Kettingstraat", district: "Centrum",
                                  mount: "gevel", direction: 22.5, from: hikvision.installed!)),
            (axis, Placement(deviceID: axis.id, point: GeoPoint(longitude: 4.27843, latitude: 52.11031),
                             address: "+31 Boulevard", mount: "mast", direction: 270, from: axis.installed!)),
            (huawei, nil),
            (sensor, Placement(deviceID: sensor.id, point: GeoPoint(longitude: 5.1114, latitude: 52.0919),
                               address: "Vredenburg\tt.h.v. Muziekpaleis", from: sensor.installed!)),
        ]
    }

    static func records() -> [ImportRecord] {
        devices().map { TabularRegisterExport.record(device: $0.0, placement: $0.1, asOf: asOf) }
    }

    /// The record without where it was read from, for comparing what was written with what was read.
    static func content(_ record: ImportRecord) -> ImportRecord {
        var r = record
        r.origin = RecordOrigin(file: "")
        return r
    }
}
