import Foundation
import HerkomstCore
import SQLKit

/// Stored attributions: the verdict (maker, country, high risk, confidence) with the reference data that decided it.
///
/// The explanation — which evidence said what, the policy lists behind "high risk" — is not stored: it runs to a
/// kilobyte per device, is the same engine's deterministic output for the device's evidence and that reference
/// data, and is derived again when a device is read (`Attributor`). A change of verdict is an event.
enum AttributionRows {
    /// For attributions that came with a registration from elsewhere (the demo): made with reference data of unknown
    /// version, so they count as out of date and are made again with this process's data.
    static let unknownVersion = "bij registratie"

    static let columns = ["device_id", "manufacturer_id", "manufacturer_name", "country", "high_risk", "confidence",
                          "reference_version", "data"]

    /// The stored form of a reference version: a 64-bit FNV-1a digest in hex. The version itself names every dataset
    /// with its date (hundreds of characters), and the register keeps it once per device.
    static func versionKey(_ version: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in version.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "v" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func store(_ items: [(String, Attribution)], referenceVersion: String, at: Date, actor: String,
                      in db: any SQLDatabase) async throws {
        var events: [Event] = []
        for chunk in chunks(items) {
            let before = try await verdicts(deviceIDs: chunk.map(\.0), in: db)
            for (id, attribution) in chunk where before[id] != verdict(of: attribution) {
                events.append(Event(at: at, actor: actor, action: .attributed, subjectType: "apparaat", subjectID: id,
                                    changes: changes(from: before[id], to: attribution)))
            }
            try await db.raw("DELETE FROM attributions WHERE device_id IN (\(binds: chunk.map(\.0)))").run()
            try await insert(chunk, referenceVersion: referenceVersion, into: db)
        }
        try await EventLog.append(events, to: db)
    }

    /// For devices that have no attribution yet (new registrations).
    static func insert(_ items: [(String, Attribution)], referenceVersion: String, into db: any SQLDatabase) async throws {
        let key = versionKey(referenceVersion)
        try await BulkInsert.run(db, into: "attributions", columns: columns, items: items) { id, a in
            [.text(id), Cell(a.manufacturer?.id), Cell(a.manufacturer?.name), Cell(a.countryOfOrigin),
             Cell(a.highRisk.map { $0 ? 1 : 0 }), .real(a.confidence), .text(key), .text("")]
        }
    }

    /// A device whose fields or evidence changed must be attributed again: its stored verdict no longer has a version.
    static func markStale(_ deviceIDs: [String], in db: any SQLDatabase) async throws {
        for chunk in chunks(deviceIDs) {
            try await db.raw("UPDATE attributions SET reference_version = '' WHERE device_id IN (\(binds: chunk))").run()
        }
    }

    static func verdicts(deviceIDs: [String], in db: any SQLDatabase) async throws -> [String: Attribution] {
        guard !deviceIDs.isEmpty else { return [:] }
        var result: [String: Attribution] = [:]
        for row in try await db.raw("""
            SELECT device_id, manufacturer_id, manufacturer_name, country, high_risk, confidence, data
            FROM attributions WHERE device_id IN (\(binds: deviceIDs))
            """).all() {
            result[try row.decode(column: "device_id", as: String.self)] = verdict(of: try attribution(row))
        }
        return result
    }

    /// The attribution a row holds: the verdict columns, or — for rows written before explanations were derived on
    /// read — the whole stored attribution.
    static func attribution(_ row: any SQLRow) throws -> Attribution {
        let data = try row.decode(column: "data", as: String?.self) ?? ""
        if !data.isEmpty { return try StoredJSON.value(Attribution.self, from: data) }
        let country = try row.decode(column: "country", as: String?.self)
        let manufacturer = try row.decode(column: "manufacturer_id", as: String?.self).map { id in
            VendorRef(id: id, name: (try? row.decode(column: "manufacturer_name", as: String?.self)) ?? id, country: country)
        }
        return Attribution(manufacturer: manufacturer, countryOfOrigin: country,
                           highRisk: try row.decode(column: "high_risk", as: Int?.self).map { $0 != 0 },
                           confidence: try row.decode(column: "confidence", as: Double?.self) ?? 0)
    }

    /// What is stored of an attribution, to compare old and new.
    static func verdict(of a: Attribution) -> Attribution {
        Attribution(manufacturer: a.manufacturer.map { VendorRef(id: $0.id, name: $0.name, country: a.countryOfOrigin) },
                    countryOfOrigin: a.countryOfOrigin, highRisk: a.highRisk, confidence: a.confidence)
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

    private static func chunks<T>(_ items: [T]) -> [[T]] {
        stride(from: 0, to: items.count, by: 2_000).map { Array(items[$0..<min($0 + 2_000, items.count)]) }
    }
}
