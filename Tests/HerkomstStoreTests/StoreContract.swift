import Foundation
import HerkomstCore
@testable import HerkomstStore
import SQLKit
import Testing

/// What every backend must do. Each check is run by the SQLite suite and, when configured, the PostgreSQL suite.
enum StoreContract {
    static let organisations = [
        Organisation(slug: "gemeente-den-haag", name: "Gemeente Den Haag", kind: .gemeente),
        Organisation(slug: "veiligheidsregio-haaglanden", name: "Veiligheidsregio Haaglanden", kind: .veiligheidsregio),
    ]

    static func camera(_ id: String, installed: String = "2019-05-01", removed: String? = "2022-10-01",
                       owner: String = "gemeente-den-haag", brand: String = "Hikvision",
                       visibility: Visibility = .openbaar) -> DeviceRegistration {
        let device = Device(id: id, deviceClass: .camera, brand: brand, model: "DS-2CD2143G2-I", serialNumber: "SN-\(id)",
                            macAddresses: [MACAddress("4C:BD:8F:00:00:\(String(id.hashValue & 0xF, radix: 16))0")!],
                            owner: owner, visibility: visibility, installed: Day(installed), removed: removed.flatMap(Day.init))
        let placement = Placement(deviceID: id, point: GeoPoint(longitude: 4.2747, latitude: 52.1107),
                                  address: "Strandweg 1, Den Haag", district: "Scheveningen", from: Day(installed)!)
        return DeviceRegistration(device: device, placements: [placement],
                                  evidence: [Evidence(kind: .httpServer, value: "App-webs/", source: "test")])
    }

    static func seed(_ store: SQLRegisterStore) async throws {
        for o in organisations { try await store.save(o, actor: "test") }
    }

    static func everyWriteAppendsAnEvent(_ store: SQLRegisterStore) async throws {
        try await seed(store)
        #expect(try await store.events(subjectID: "gemeente-den-haag").map(\.action) == [.registered])
        try await store.register([camera("cam-1")], actor: "alice")
        var device = try #require(try await store.device(id: "cam-1", asOf: Day("2020-01-01")!)).device
        device.firmware = "V5.7.3"
        device.removed = Day("2022-11-15")
        try await store.update(device, actor: "bob")
        try await store.move(Placement(deviceID: "cam-1", point: GeoPoint(longitude: 4.28, latitude: 52.11),
                                       district: "Scheveningen", from: Day("2021-01-01")!), actor: "carol")
        let attribution = Attribution(manufacturer: VendorRef(id: "hikvision", name: "Hangzhou Hikvision Digital Technology Co., Ltd.", country: "CN"),
                                      countryOfOrigin: "CN", highRisk: true, confidence: 0.9)
        try await store.attribute(deviceID: "cam-1", attribution, referenceVersion: "test-1", actor: "herkomst")
        try await store.attribute(deviceID: "cam-1", attribution, referenceVersion: "test-1", actor: "herkomst")

        let events = try await store.events(subjectID: "cam-1")
        #expect(events.map(\.action) == [.registered, .changed, .moved, .attributed], "an unchanged attribution is no event")
        #expect(events.map(\.actor) == ["alice", "bob", "carol", "herkomst"])
        #expect(events[0].changes.contains { $0.field == "serienummer" && $0.before == nil && $0.after == "SN-cam-1" })
        #expect(events[1].changes == [
            FieldChange(field: "firmware", before: nil, after: "V5.7.3"),
            FieldChange(field: "verwijderd", before: "2022-10-01", after: "2022-11-15"),
        ])
        #expect(events[3].changes.contains { $0.field == "hoogRisico" && $0.before == nil && $0.after == "ja" })
        #expect(events.allSatisfy { $0.at == TestClock.fixed() })
    }

    static func readsAsOfADayReconstructTheRegister(_ store: SQLRegisterStore) async throws {
        try await seed(store)
        try await store.register([camera("cam-1"), camera("cam-2", installed: "2021-03-01", removed: nil)], actor: "t")
        try await store.move(Placement(deviceID: "cam-2", point: GeoPoint(longitude: 4.30, latitude: 52.08),
                                       district: "Centrum", from: Day("2023-06-01")!), actor: "t")
        let early = try await store.devices(DeviceQuery(asOf: Day("2020-01-01")!))
        #expect(early.devices.map(\.device.id) == ["cam-1"], "cam-2 did not exist yet")
        let mid = try await store.devices(DeviceQuery(asOf: Day("2022-06-30")!))
        #expect(mid.devices.map(\.status) == [.actief, .actief])
        #expect(mid.devices[1].placement?.district == "Scheveningen")
        let late = try await store.devices(DeviceQuery(asOf: Day("2024-01-01")!))
        #expect(late.devices.map(\.status) == [.verwijderd, .actief])
        #expect(late.devices[1].placement?.district == "Centrum", "the placement that covered the day")
        let summary = try await store.summary(asOf: Day("2024-01-01")!)
        #expect(summary.total == 1)
    }

    static func filtersAndPaging(_ store: SQLRegisterStore) async throws {
        try await seed(store)
        var batch = (1...7).map { camera(String(format: "cam-%02d", $0), removed: nil) }
        batch.append(camera("sw-1", owner: "veiligheidsregio-haaglanden", brand: "Huawei", visibility: .intern))
        batch.append(camera("x-1", brand: "HiLook", visibility: .vertrouwelijk))
        try await store.register(batch, actor: "t")
        try await store.attribute(deviceID: "x-1", Attribution(
            manufacturer: VendorRef(id: "hikvision", name: "Hangzhou Hikvision Digital Technology Co., Ltd.", country: "CN"),
            brand: "HiLook", countryOfOrigin: "CN", highRisk: true, confidence: 0.8), referenceVersion: "t", actor: "t")
        let day = Day("2021-01-01")!

        let hikvision = try await store.devices(DeviceQuery(brand: "hikvision", asOf: day))
        #expect(hikvision.total == 8, "the brand label or the attributed maker")
        let region = try await store.devices(DeviceQuery(organisation: "veiligheidsregio-haaglanden", asOf: day))
        #expect(region.devices.map(\.device.id) == ["sw-1"])
        let risky = try await store.devices(DeviceQuery(country: "CN", highRisk: true, asOf: day))
        #expect(risky.devices.map(\.device.id) == ["x-1"])
        let publicOnly = try await store.devices(DeviceQuery(asOf: day, maximumVisibility: .openbaar))
        #expect(publicOnly.total == 7)
        let page2 = try await store.devices(DeviceQuery(asOf: day, page: 2, pageSize: 4))
        #expect(page2.devices.map(\.device.id) == ["cam-05", "cam-06", "cam-07", "sw-1"])
        #expect(page2.total == 9)
    }

    static func aFailedWriteLeavesNothingBehind(_ store: SQLRegisterStore) async throws {
        try await seed(store)
        try await store.register([camera("cam-1")], actor: "t")
        // The second device repeats an id: the database refuses it, and the first must not stay either.
        await #expect(throws: (any Error).self) {
            try await store.register([camera("cam-2"), camera("cam-1")], actor: "t")
        }
        await #expect(throws: (any Error).self) {
            try await store.register([camera("cam-3", owner: "bestaat-niet")], actor: "t")
        }
        #expect(try await store.deviceCount() == 1)
        #expect(try await store.events(subjectID: "cam-2").isEmpty)
        #expect(try await store.evidence(deviceID: "cam-2").isEmpty)
    }

    static func migrationsRunTwiceChangeNothing(_ store: SQLRegisterStore) async throws {
        try await seed(store)
        try await store.register([camera("cam-1")], actor: "t")
        try await store.migrate()
        try await store.migrate()
        let applied = try await store.connection.sql.raw("SELECT count(*) AS n FROM schema_migrations").first()?
            .decode(column: "n", as: Int.self)
        #expect(applied == Migrations.all.count)
        #expect(try await store.deviceCount() == 1)
    }

    static func anImportIsAppliedInOneTransactionWithItsEvent(_ store: SQLRegisterStore) async throws {
        try await seed(store)
        var record = ImportRecord(origin: RecordOrigin(file: "camera's.csv", line: 2))
        record.deviceClass = .camera
        record.brand = "Axis"
        record.model = "P1455-LE"
        record.serialNumber = "ACCC8E000001"
        record.owner = "Politie Den Haag"
        record.point = GeoPoint(longitude: 4.31, latitude: 52.07)
        let context = ImportContext(fileName: "camera's.csv", checksum: "abc123", authority: .register,
                                    defaultOrganisation: nil, importedAt: TestClock.fixed())
        let plan = ImportPlanner(organisations: try await store.organisations(), newDeviceID: { "imp-1" })
            .plan([record], register: try await store.registeredDevices(), context: context)
        try await store.apply([PlannedImport(plan: plan, context: context)], actor: "cli:test")
        let registered = try await store.registeredDevices()
        #expect(registered.map(\.device.id) == ["imp-1"])
        #expect(registered[0].currentPlacement?.point?.latitude == 52.07)
        #expect(try await store.organisations().map(\.slug).contains("politie-den-haag"))
        let importEvent = try #require(try await store.events(subjectID: "abc123").first)
        #expect(importEvent.action == .imported)
        #expect(importEvent.changes.contains { $0.field == "bestand" && $0.after == "camera's.csv" })
        #expect(importEvent.changes.contains { $0.field == "aangemaakt" && $0.after == "1" })

        // The same file again: the plan is empty, and applying it adds no device.
        let again = ImportPlanner(organisations: try await store.organisations(), newDeviceID: { "imp-2" })
            .plan([record], register: registered, context: context)
        #expect(again.created.isEmpty && again.updated.isEmpty && again.unchanged == 1)
    }
}
