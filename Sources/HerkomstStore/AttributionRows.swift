import Foundation
import HerkomstCore
import SQLKit

/// Stored attributions with the reference-data version they used; a change of verdict is an event.
enum AttributionRows {
    static func store(_ items: [(String, Attribution)], referenceVersion: String, at: Date, actor: String,
                      in db: any SQLDatabase) async throws {
        var events: [Event] = []
        for (id, attribution) in items {
            let before = try await load(deviceID: id, from: db)
            guard before != attribution else { continue }
            events.append(Event(at: at, actor: actor, action: .attributed, subjectType: "apparaat", subjectID: id,
                                changes: changes(from: before, to: attribution)))
        }
        try await upsert(items, referenceVersion: referenceVersion, into: db)
        try await EventLog.append(events, to: db)
    }

    static func upsert(_ items: [(String, Attribution)], referenceVersion: String, into db: any SQLDatabase) async throws {
        for chunk in stride(from: 0, to: items.count, by: 2_000).map({ Array(items[$0..<min($0 + 2_000, items.count)]) }) {
            let ids = chunk.map(\.0)
            try await db.raw("DELETE FROM attributions WHERE device_id IN (\(binds: ids))").run()
            try await BulkInsert.run(db, into: "attributions",
                columns: ["device_id", "manufacturer_id", "manufacturer_name", "country", "high_risk", "reference_version", "data"],
                rows: try chunk.map { id, a in
                    [id, a.manufacturer?.id, a.manufacturer?.name, a.countryOfOrigin, a.highRisk.map { $0 ? 1 : 0 },
                     referenceVersion, try StoredJSON.text(a)]
                })
        }
    }

    /// A device whose fields or evidence changed must be attributed again: its stored verdict no longer has a version.
    static func markStale(_ deviceIDs: [String], in db: any SQLDatabase) async throws {
        for chunk in stride(from: 0, to: deviceIDs.count, by: 2_000).map({ Array(deviceIDs[$0..<min($0 + 2_000, deviceIDs.count)]) }) {
            try await db.raw("UPDATE attributions SET reference_version = '' WHERE device_id IN (\(binds: chunk))").run()
        }
    }

    static func load(deviceID: String, from db: any SQLDatabase) async throws -> Attribution? {
        guard let row = try await db.raw("SELECT data FROM attributions WHERE device_id = \(bind: deviceID)").first() else {
            return nil
        }
        return try StoredJSON.value(Attribution.self, from: try row.decode(column: "data", as: String.self))
    }

    static func changes(from before: Attribution?, to after: Attribution) -> [FieldChange] {
        func risk(_ a: Attribution?) -> String? { a?.highRisk.map { $0 ? "ja" : "nee" } ?? (a == nil ? nil : "onbekend") }
        let pairs: [(String, String?, String?)] = [
            ("fabrikant", before?.manufacturer?.name, after.manufacturer?.name),
            ("landVanHerkomst", before?.countryOfOrigin, after.countryOfOrigin),
            ("hoogRisico", risk(before), risk(after)),
            ("zekerheid", before.map { String($0.confidence) }, String(after.confidence)),
        ]
        return pairs.compactMap { $0.1 == $0.2 ? nil : FieldChange(field: $0.0, before: $0.1, after: $0.2) }
    }
}
