import Foundation
import HerkomstCore
import SQLKit

extension SQLRegisterStore {
    public func registeredDevices() async throws -> [RegisteredDevice] {
        try await connection.read { db in
            let devices = try StoredJSON.devices(try await db.raw("SELECT data FROM devices ORDER BY id")
                .all().map { try $0.decode(column: "data", as: String.self) })
            var placements: [String: Placement] = [:]
            placements.reserveCapacity(devices.count)
            // The latest placement, also for removed devices: a re-imported export describes where they last stood.
            for p in try StoredJSON.placements(try await db.raw("SELECT data FROM placements ORDER BY from_day, id")
                .all().map { try $0.decode(column: "data", as: String.self) }) {
                placements[p.deviceID] = p
            }
            var evidence: [String: [Evidence]] = [:]
            for row in try await db.raw("SELECT device_id, kind, value, source, observed_at FROM evidence ORDER BY id").all() {
                evidence[try row.decode(column: "device_id", as: String.self), default: []].append(try Self.evidence(row))
            }
            return devices.map {
                RegisteredDevice(device: $0, currentPlacement: placements[$0.id], evidence: evidence[$0.id] ?? [])
            }
        }
    }

    /// All plans in one transaction: new organisations, devices, changes, evidence, field sources, and one import
    /// event per file with its name, checksum, counts and actor.
    public func apply(_ plans: [PlannedImport], actor: String) async throws {
        let at = now()
        for planned in plans { try Self.validate(planned.plan.created) }
        try await connection.transaction { db in
            for planned in plans {
                let plan = planned.plan
                for organisation in plan.newOrganisations {
                    try await db.raw("""
                        INSERT INTO organisations (slug, name, kind) VALUES (\(bind: organisation.slug), \(bind: organisation.name), \(bind: organisation.kind.rawValue))
                        ON CONFLICT (slug) DO NOTHING
                        """).run()
                }
                try await EventLog.append(plan.newOrganisations.map {
                    Event(at: at, actor: actor, action: .registered, subjectType: "organisatie", subjectID: $0.slug,
                          changes: [FieldChange(field: "naam", before: nil, after: $0.name),
                                    FieldChange(field: "soort", before: nil, after: $0.kind.rawValue)])
                }, to: db)
                try await DeviceRows.insert(plan.created, at: at, actor: actor,
                                            referenceVersion: planned.referenceVersion ?? AttributionRows.unknownVersion, into: db)
                for change in plan.updated + plan.merged {
                    if change.before != change.after {
                        try await DeviceRows.update(before: change.before, after: change.after, at: at, actor: actor, in: db)
                    }
                    if let placement = change.newPlacement {
                        try await DeviceRows.move(placement, at: at, actor: actor, in: db)
                    }
                    try await DeviceRows.insertEvidence(change.newEvidence.map { (change.after.id, $0) }, into: db)
                    if !change.newEvidence.isEmpty { try await AttributionRows.markStale([change.after.id], in: db) }
                }
                try await FieldSourceRows.insert(plan.fieldSources, into: db)
                let context = planned.context
                try await EventLog.append([Event(at: at, actor: actor, action: .imported, subjectType: "import",
                                                 subjectID: context.checksum, changes: [
                    FieldChange(field: "bestand", before: nil, after: context.fileName),
                    FieldChange(field: "sha256", before: nil, after: context.checksum),
                    FieldChange(field: "aangemaakt", before: nil, after: String(plan.created.count)),
                    FieldChange(field: "bijgewerkt", before: nil, after: String(plan.updated.count)),
                    FieldChange(field: "samengevoegd", before: nil, after: String(plan.mergedCount)),
                    FieldChange(field: "ongewijzigd", before: nil, after: String(plan.unchanged)),
                ])], to: db)
            }
        }
    }
}

/// Field provenance: one row per device and source record, so a million-row import adds a million rows, not ten.
enum FieldSourceRows {
    static func insert(_ sources: [RecordSources], into db: any SQLDatabase) async throws {
        var times = Timestamps.Memo()
        try await BulkInsert.run(db, into: "field_sources",
                                 columns: ["device_id", "origin", "recorded_at", "accepted", "conflicting"],
                                 items: sources) { s in
            [.text(s.deviceID), .text(s.origin.description), .text(times.text(s.recordedAt)),
             .text(FastJSON.fieldValues(s.accepted)), .text(FastJSON.fieldValues(s.conflicting))]
        }
    }
}

/// Where a device's field values came from, per source record: what was taken and what was kept aside.
public struct FieldSourceRecord: Sendable, Hashable {
    public var origin: String
    public var accepted: [String: String]
    public var conflicting: [String: String]
}

extension SQLRegisterStore {
    public func fieldSources(deviceID: String) async throws -> [FieldSourceRecord] {
        try await connection.read { db in
            try await db.raw("""
                SELECT origin, accepted, conflicting FROM field_sources WHERE device_id = \(bind: deviceID) ORDER BY id
                """).all().map { row in
                FieldSourceRecord(origin: try row.decode(column: "origin", as: String.self),
                                  accepted: try StoredJSON.value([String: String].self, from: try row.decode(column: "accepted", as: String.self)),
                                  conflicting: try StoredJSON.value([String: String].self, from: try row.decode(column: "conflicting", as: String.self)))
            }
        }
    }
}
