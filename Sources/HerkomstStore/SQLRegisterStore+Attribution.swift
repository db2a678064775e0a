import Foundation
import HerkomstCore
import SQLKit

extension SQLRegisterStore {
    /// Devices whose stored attribution was made with other reference data than `referenceVersion` (or none yet),
    /// with everything attribution needs to read: their fields and their evidence.
    public func devicesToAttribute(referenceVersion: String) async throws -> [(deviceID: String, evidence: [Evidence])] {
        try await connection.read { db in
            let rows = try await db.raw("""
                SELECT d.id, d.data FROM devices d LEFT JOIN attributions a ON a.device_id = d.id
                WHERE a.reference_version IS NULL OR a.reference_version <> \(bind: AttributionRows.versionKey(referenceVersion))
                ORDER BY d.id
                """).all()
            guard !rows.isEmpty else { return [] }
            var evidence: [String: [Evidence]] = [:]
            for row in try await db.raw("SELECT device_id, kind, value, source, observed_at FROM evidence ORDER BY id").all() {
                evidence[try row.decode(column: "device_id", as: String.self), default: []].append(try Self.evidence(row))
            }
            return try StoredJSON.devices(rows.map { try $0.decode(column: "data", as: String.self) }).map { device in
                (device.id, DeviceEvidence.collect(device, stored: evidence[device.id] ?? []))
            }
        }
    }
}
