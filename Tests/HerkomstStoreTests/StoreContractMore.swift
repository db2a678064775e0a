import Foundation
import HerkomstCore
@testable import HerkomstStore
import SQLKit
import Testing

/// More of what every backend must do: the SQL status rule against the domain rule, atomicity of a write that
/// fails after thousands of rows, bulk registration across statement batches, and refusing a newer schema.
extension StoreContract {
    /// The status filter runs in SQL; `Device.status(on:)` and `Device.existed(on:)` decide in Swift. They must
    /// agree on every combination of dates, including the very days of procurement, installation and removal.
    static func theSQLStatusFilterAgreesWithTheDomainRule(_ store: SQLRegisterStore) async throws {
        try await seed(store)
        let days: [Day?] = [nil, Day("2020-01-01"), Day("2021-01-01"), Day("2022-01-01")]
        var registrations: [DeviceRegistration] = []
        for (p, procured) in days.enumerated() {
            for (i, installed) in days.enumerated() {
                for (r, removed) in days.enumerated() {
                    let device = Device(id: "d-\(p)\(i)\(r)", deviceClass: .sensor, owner: "gemeente-den-haag",
                                        procured: procured, installed: installed, removed: removed)
                    // Only lifecycles the register accepts (no removal before installation, …).
                    if Validation.check(device).isEmpty { registrations.append(DeviceRegistration(device: device)) }
                }
            }
        }
        #expect(registrations.count > 20, "enough combinations left to mean something")
        try await store.register(registrations, actor: "test")
        let devices = registrations.map(\.device)
        for day in ["2019-12-31", "2020-01-01", "2020-06-01", "2021-01-01", "2022-01-01", "2023-01-01"].map({ Day($0)! }) {
            for status in DeviceStatus.allCases {
                let expected = devices.filter { $0.existed(on: day) && $0.status(on: day) == status }.map(\.id).sorted()
                let page = try await store.devices(DeviceQuery(status: status, asOf: day, pageSize: 500))
                #expect(page.devices.map(\.device.id) == expected, "\(status) on \(day)")
                #expect(page.total == expected.count)
                #expect(page.devices.allSatisfy { $0.status == status })
            }
            let summary = try await store.summary(asOf: day)
            #expect(summary.total == devices.filter { $0.existed(on: day) && $0.status(on: day) != .verwijderd }.count,
                    "summary on \(day): what existed and was not removed")
        }
    }

    /// A write that fails after it inserted thousands of rows (devices, placements, evidence, events) leaves every
    /// table exactly as it was.
    static func aThrowInTheMiddleOfAWriteLeavesNothingBehind(_ store: SQLRegisterStore) async throws {
        struct Interrupted: Error {}
        try await seed(store)
        try await store.register([camera("cam-1")], actor: "t")
        let before = try await rowCounts(store)
        let batch = (0..<2_500).map { camera(String(format: "bulk-%05d", $0)) }
        await #expect(throws: Interrupted.self) {
            try await store.connection.transaction { db in
                try await DeviceRows.insert(batch, at: TestClock.fixed(), actor: "t", into: db)
                throw Interrupted()
            }
        }
        #expect(try await rowCounts(store) == before)
        #expect(try await store.deviceCount() == 1)
    }

    /// Many devices in one call: one transaction over many multi-row statements, nothing lost at batch edges.
    static func twentyThousandDevicesInOneCall(_ store: SQLRegisterStore) async throws {
        try await seed(store)
        let batch = (0..<20_000).map { i -> DeviceRegistration in
            let id = String(format: "lucht-%06d", i)
            return DeviceRegistration(
                device: Device(id: id, deviceClass: .sensor, brand: i % 3 == 0 ? "Libelium" : "Sensirion", model: "SPS30",
                               serialNumber: "SN\(i)", macAddresses: [MACAddress(value: 0x24_0A_C4_00_00_00 + UInt64(i))],
                               owner: "gemeente-den-haag", visibility: .openbaar,
                               installed: Day("2022-01-01")!.adding(days: i % 700)),
                placements: [Placement(deviceID: id, point: GeoPoint(longitude: 4.2 + Double(i % 1000) / 10_000, latitude: 52.05),
                                       district: "Escamp", from: Day("2022-01-01")!.adding(days: i % 700))],
                evidence: [Evidence(kind: .macAddress, value: "24:0A:C4", source: "inventaris.csv:\(i + 2)")])
        }
        try await store.register(batch, actor: "import")
        #expect(try await store.deviceCount() == 20_000)
        let last = try await store.devices(DeviceQuery(asOf: Day("2025-01-01")!, page: 40, pageSize: 500))
        #expect(last.total == 20_000)
        #expect(last.devices.map(\.device) == batch[19_500...].map(\.device))
        #expect(last.devices.allSatisfy { $0.placement?.district == "Escamp" })
        #expect(try await store.devices(DeviceQuery(brand: "LIBELIUM", asOf: Day("2025-01-01")!)).total == 6_667)
        #expect(try await store.events(subjectID: "lucht-019999").map(\.action) == [.registered])
    }

    static func aDatabaseFromANewerHerkomstIsRefused(_ store: SQLRegisterStore) async throws {
        try await store.connection.transaction { db in
            try await db.raw("INSERT INTO schema_migrations (number, name, applied_at) VALUES (9999, 'toekomst', 'x')").run()
        }
        do {
            try await store.migrate()
            Issue.record("a schema from a newer version was accepted")
        } catch let error as StoreError {
            #expect(error.description.contains("nieuwere Herkomst"))
        }
    }

    static func rowCounts(_ store: SQLRegisterStore) async throws -> [String: Int] {
        try await store.connection.read { db in
            var counts: [String: Int] = [:]
            for table in ["organisations", "devices", "placements", "evidence", "attributions", "events", "field_sources"] {
                counts[table] = try await db.raw("SELECT count(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self)
            }
            return counts
        }
    }
}
