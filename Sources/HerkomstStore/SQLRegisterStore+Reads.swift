import Foundation
import HerkomstCore
import SQLKit

extension SQLRegisterStore {
    public func devices(_ query: DeviceQuery) async throws -> DevicePage {
        // Byte order in both databases, whatever collation a PostgreSQL cluster was made with: pages stay identical.
        let order = connection.isPostgres ? "d.id COLLATE \"C\"" : "d.id"
        return try await connection.read { db in
            let filter = DeviceFilterSQL.whereClause(query)
            let total = try await db.raw("""
                SELECT count(*) AS n FROM devices d LEFT JOIN attributions a ON a.device_id = d.id WHERE \(filter)
                """).first()?.decode(column: "n", as: Int.self) ?? 0
            let offset = (query.page - 1) * query.pageSize
            let rows = try await db.raw("""
                SELECT d.data AS device, \(unsafeRaw: Self.attributionColumns) FROM devices d LEFT JOIN attributions a ON a.device_id = d.id
                WHERE \(filter) ORDER BY \(unsafeRaw: order) LIMIT \(literal: query.pageSize) OFFSET \(literal: offset)
                """).all()
            let snapshots = try await Self.snapshots(rows, asOf: query.asOf, attributor: self.attributor, db: db)
            return DevicePage(devices: snapshots, total: total)
        }
    }

    public func device(id: String, asOf: Day) async throws -> DeviceSnapshot? {
        try await connection.read { db in
            let rows = try await db.raw("""
                SELECT d.data AS device, \(unsafeRaw: Self.attributionColumns) FROM devices d LEFT JOIN attributions a ON a.device_id = d.id
                WHERE d.id = \(bind: id)
                """).all()
            return try await Self.snapshots(rows, asOf: asOf, attributor: self.attributor, db: db).first
        }
    }

    public func summary(asOf: Day) async throws -> RegisterSummary {
        try await connection.read { db in
            let day = asOf.description
            let rows = try await db.raw("""
                SELECT owner, device_class, count(*) AS n FROM devices d
                WHERE \(DeviceFilterSQL.existed(day)) AND (removed IS NULL OR removed > \(bind: day))
                GROUP BY owner, device_class ORDER BY owner, device_class
                """).all()
            let summaryRows = try rows.map { row in
                RegisterSummary.Row(organisation: try row.decode(column: "owner", as: String.self),
                                    deviceClass: DeviceClass(rawValue: try row.decode(column: "device_class", as: String.self)) ?? .overig,
                                    count: try row.decode(column: "n", as: Int.self))
            }
            return RegisterSummary(rows: summaryRows, total: summaryRows.reduce(0) { $0 + $1.count })
        }
    }

    public func evidence(deviceID: String) async throws -> [Evidence] {
        try await connection.read { db in
            try await db.raw("SELECT kind, value, source, observed_at FROM evidence WHERE device_id = \(bind: deviceID) ORDER BY id")
                .all().map(Self.evidence)
        }
    }

    public func events(subjectID: String) async throws -> [Event] {
        try await connection.read { db in
            try await db.raw("""
                SELECT id, at, actor, action, subject_type, subject_id, changes FROM events
                WHERE subject_id = \(bind: subjectID) ORDER BY id
                """).all().map { row in
                Event(id: Int64(try row.decode(column: "id", as: Int.self)),
                      at: Timestamps.date(try row.decode(column: "at", as: String.self)) ?? Date(timeIntervalSince1970: 0),
                      actor: try row.decode(column: "actor", as: String.self),
                      action: EventAction(rawValue: try row.decode(column: "action", as: String.self)) ?? .changed,
                      subjectType: try row.decode(column: "subject_type", as: String.self),
                      subjectID: try row.decode(column: "subject_id", as: String.self),
                      changes: try StoredJSON.value([FieldChange].self, from: try row.decode(column: "changes", as: String.self)))
            }
        }
    }

    public func deviceCount() async throws -> Int {
        try await connection.read { db in
            try await db.raw("SELECT count(*) AS n FROM devices").first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    static func evidence(_ row: any SQLRow) throws -> Evidence {
        Evidence(kind: EvidenceKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .labelText,
                 value: try row.decode(column: "value", as: String.self),
                 source: try row.decodeNil(column: "source") ? nil : try row.decode(column: "source", as: String.self),
                 observedAt: try row.decodeNil(column: "observed_at") ? nil
                    : Timestamps.date(try row.decode(column: "observed_at", as: String.self)))
    }

    static let attributionColumns = "a.device_id AS attributed, a.manufacturer_id, a.manufacturer_name, a.country, "
        + "a.high_risk, a.confidence, a.reference_version, a.data"

    /// Devices with their status, the placement that covered the day and their attribution — explained again by
    /// the attributor when it runs on the reference data the stored verdict was made with.
    static func snapshots(_ rows: [any SQLRow], asOf: Day, attributor: Attributor?, db: any SQLDatabase) async throws -> [DeviceSnapshot] {
        let devices = try StoredJSON.devices(rows.map { try $0.decode(column: "device", as: String.self) })
        let current = attributor.map { AttributionRows.versionKey($0.referenceVersion) }
        var toExplain: [String] = []
        var attributions = try zip(devices, rows).map { device, row -> Attribution? in
            guard try !row.decodeNil(column: "attributed") else { return nil }
            let stored = try AttributionRows.attribution(row)
            if stored.evidence.isEmpty, let current, try row.decode(column: "reference_version", as: String.self) == current {
                toExplain.append(device.id)
            }
            return stored
        }
        if let attributor, !toExplain.isEmpty {
            var evidence: [String: [Evidence]] = [:]
            for row in try await db.raw("""
                SELECT device_id, kind, value, source, observed_at FROM evidence WHERE device_id IN (\(binds: toExplain)) ORDER BY id
                """).all() {
                evidence[try row.decode(column: "device_id", as: String.self), default: []].append(try Self.evidence(row))
            }
            let explain = Set(toExplain)
            for (i, device) in devices.enumerated() where explain.contains(device.id) {
                attributions[i] = attributor.attribute(DeviceEvidence.collect(device, stored: evidence[device.id] ?? []))
            }
        }
        var placements: [String: [Placement]] = [:]
        if !devices.isEmpty {
            let placementRows = try await db.raw("""
                SELECT data FROM placements WHERE device_id IN (\(binds: devices.map(\.id))) ORDER BY from_day
                """).all()
            for p in try StoredJSON.placements(placementRows.map { try $0.decode(column: "data", as: String.self) }) {
                placements[p.deviceID, default: []].append(p)
            }
        }
        return zip(devices, attributions).map { device, attribution in
            let all = placements[device.id] ?? []
            // On a day before its first placement (or after the last ended) a device is shown where it first/last stood.
            let placement = all.last { $0.covers(asOf) } ?? all.last { $0.from <= asOf } ?? all.first
            return DeviceSnapshot(device: device, status: device.status(on: asOf), placement: placement, attribution: attribution)
        }
    }
}

/// The device-list filters as SQL; the one place that decides which devices a query may see.
enum DeviceFilterSQL {
    static func existed(_ day: String) -> SQLQueryString {
        """
        ((d.procured IS NULL AND d.installed IS NULL) OR d.procured <= \(bind: day) OR d.installed <= \(bind: day))
        """
    }

    static func whereClause(_ q: DeviceQuery) -> any SQLExpression {
        let day = q.asOf.description
        var conditions: [any SQLExpression] = [existed(day)]
        if let org = q.organisation { conditions.append(SQLQueryString("d.owner = \(bind: org)")) }
        if let c = q.deviceClass { conditions.append(SQLQueryString("d.device_class = \(bind: c.rawValue)")) }
        if let brand = q.brand {
            let b = brand.lowercased()
            conditions.append(SQLQueryString(
                "(lower(d.brand) = \(bind: b) OR a.manufacturer_id = \(bind: b) OR lower(a.manufacturer_name) = \(bind: b))"))
        }
        if let country = q.country { conditions.append(SQLQueryString("a.country = \(bind: country)")) }
        if let risk = q.highRisk { conditions.append(SQLQueryString("a.high_risk = \(bind: risk ? 1 : 0)")) }
        if let status = q.status {
            switch status {
            case .verwijderd:
                conditions.append(SQLQueryString("(d.removed IS NOT NULL AND d.removed <= \(bind: day))"))
            case .actief:
                conditions.append(SQLQueryString(
                    "((d.removed IS NULL OR d.removed > \(bind: day)) AND (d.installed IS NULL OR d.installed <= \(bind: day)))"))
            case .gepland:
                conditions.append(SQLQueryString(
                    "((d.removed IS NULL OR d.removed > \(bind: day)) AND d.installed IS NOT NULL AND d.installed > \(bind: day))"))
            }
        }
        if let visibility = q.maximumVisibility {
            conditions.append(SQLQueryString("d.visibility_rank <= \(bind: visibility.rank)"))
        }
        return SQLList(conditions, separator: SQLRaw(" AND "))
    }
}
