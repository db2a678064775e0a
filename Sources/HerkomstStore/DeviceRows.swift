import Foundation
import HerkomstCore
import SQLKit

/// Reading and writing device rows with their placements and evidence; every change appends its events here.
enum DeviceRows {
    static let deviceColumns = ["id", "device_class", "brand", "owner", "visibility_rank", "procured", "installed", "removed", "data"]

    static func row(_ d: Device) throws -> [Cell] {
        [.text(d.id), .text(d.deviceClass.rawValue), Cell(d.brand), .text(d.owner), .integer(d.visibility.rank),
         Cell(d.procured?.description), Cell(d.installed?.description), Cell(d.removed?.description),
         .text(try StoredJSON.text(d))]
    }

    /// `referenceVersion`: the reference data the registrations' attributions were made with.
    static func insert(_ registrations: [DeviceRegistration], at: Date, actor: String,
                       referenceVersion: String = AttributionRows.unknownVersion, into db: any SQLDatabase) async throws {
        try await BulkInsert.run(db, into: "devices", columns: deviceColumns, items: registrations) { try row($0.device) }
        try await insertPlacements(registrations.flatMap(\.placements), into: db)
        try await insertEvidence(registrations.flatMap { r in r.evidence.map { (r.device.id, $0) } }, into: db)
        let attributed = registrations.compactMap { r in r.attribution.map { (r.device.id, $0) } }
        if !attributed.isEmpty {
            try await AttributionRows.insert(attributed, referenceVersion: referenceVersion, into: db)
        }
        try await EventLog.append(registrations.map { r in
            // An imported device's values are its field sources; its event says which record they came from.
            Event(at: at, actor: actor, action: .registered, subjectType: "apparaat", subjectID: r.device.id,
                  changes: r.origin.map { [FieldChange(field: "bron", before: nil, after: $0.description)] }
                      ?? DeviceFields.changes(from: nil, to: r.device))
        }, to: db)
    }

    static func insertPlacements(_ placements: [Placement], into db: any SQLDatabase) async throws {
        try await BulkInsert.run(db, into: "placements", columns: ["device_id", "from_day", "to_day", "data"],
                                 items: placements) {
            [.text($0.deviceID), .text($0.from.description), Cell($0.to?.description), .text(try StoredJSON.text($0))]
        }
    }

    static func insertEvidence(_ items: [(String, Evidence)], into db: any SQLDatabase) async throws {
        try await BulkInsert.run(db, into: "evidence", columns: ["device_id", "kind", "value", "source", "observed_at"],
                                 rows: items.map { id, e in
                                     [.text(id), .text(e.kind.rawValue), .text(e.value), Cell(e.source),
                                      Cell(e.observedAt.map(Timestamps.text))]
                                 })
    }

    static func load(id: String, from db: any SQLDatabase) async throws -> Device? {
        guard let row = try await db.raw("SELECT data FROM devices WHERE id = \(bind: id)").first() else { return nil }
        return try StoredJSON.value(Device.self, from: try row.decode(column: "data", as: String.self))
    }

    static func update(before: Device, after: Device, at: Date, actor: String, in db: any SQLDatabase) async throws {
        let changes = DeviceFields.changes(from: before, to: after)
        guard !changes.isEmpty else { return }
        try await db.raw("""
            UPDATE devices SET device_class = \(bind: after.deviceClass.rawValue), brand = \(bind: after.brand),
                owner = \(bind: after.owner), visibility_rank = \(bind: after.visibility.rank),
                procured = \(bind: after.procured?.description), installed = \(bind: after.installed?.description),
                removed = \(bind: after.removed?.description), data = \(bind: try StoredJSON.text(after))
            WHERE id = \(bind: after.id)
            """).run()
        try await AttributionRows.markStale([after.id], in: db)
        let action: EventAction = after.removed != nil && before.removed == nil ? .removed : .changed
        try await EventLog.append([Event(at: at, actor: actor, action: action, subjectType: "apparaat",
                                         subjectID: after.id, changes: changes)], to: db)
    }

    /// Ends the placement that covers the new one's first day and starts the new one.
    static func move(_ placement: Placement, at: Date, actor: String, in db: any SQLDatabase) async throws {
        let rows = try await db.raw("""
            SELECT id, data FROM placements WHERE device_id = \(bind: placement.deviceID) AND to_day IS NULL
            """).all()
        guard try await load(id: placement.deviceID, from: db) != nil else {
            throw StoreError.integrity("apparaat \(placement.deviceID) bestaat niet")
        }
        var previous: Placement?
        for row in rows {
            var open = try StoredJSON.value(Placement.self, from: try row.decode(column: "data", as: String.self))
            previous = open
            open.to = placement.from
            try await db.raw("""
                UPDATE placements SET to_day = \(bind: placement.from.description), data = \(bind: try StoredJSON.text(open))
                WHERE id = \(bind: try row.decode(column: "id", as: Int.self))
                """).run()
        }
        try await insertPlacements([placement], into: db)
        try await EventLog.append([Event(at: at, actor: actor, action: .moved, subjectType: "apparaat",
                                         subjectID: placement.deviceID, changes: [
            FieldChange(field: "locatie", before: previous.map(describe), after: describe(placement)),
        ])], to: db)
    }

    static func describe(_ p: Placement) -> String {
        var parts: [String] = []
        if let point = p.point { parts.append("\(point.latitude), \(point.longitude)") }
        if let a = p.address { parts.append(a) }
        if let d = p.district { parts.append(d) }
        parts.append("vanaf \(p.from)")
        return parts.joined(separator: "; ")
    }
}
