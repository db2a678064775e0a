import Foundation
import HerkomstCore
import SQLKit

extension SQLRegisterStore {
    public func register(_ registrations: [DeviceRegistration], actor: String) async throws {
        let at = now()
        try Self.validate(registrations)
        try await connection.transaction { db in
            try await DeviceRows.insert(registrations, at: at, actor: actor, into: db)
        }
    }

    public func update(_ device: Device, actor: String) async throws {
        let issues = Validation.check(device)
        if !issues.isEmpty { throw StoreError.integrity("apparaat \(device.id): " + issues.map(\.description).joined(separator: "; ")) }
        let at = now()
        try await connection.transaction { db in
            guard let before = try await DeviceRows.load(id: device.id, from: db) else {
                throw StoreError.integrity("apparaat \(device.id) bestaat niet")
            }
            try await DeviceRows.update(before: before, after: device, at: at, actor: actor, in: db)
        }
    }

    public func move(_ placement: Placement, actor: String) async throws {
        let issues = Validation.check(placement)
        if !issues.isEmpty { throw StoreError.integrity("plaatsing: " + issues.map(\.description).joined(separator: "; ")) }
        let at = now()
        try await connection.transaction { db in
            try await DeviceRows.move(placement, at: at, actor: actor, in: db)
        }
    }

    public func attribute(deviceID: String, _ attribution: Attribution, referenceVersion: String, actor: String) async throws {
        let at = now()
        try await connection.transaction { db in
            try await AttributionRows.store([(deviceID, attribution)], referenceVersion: referenceVersion,
                                            at: at, actor: actor, in: db)
        }
    }

    /// Attributes many devices in one transaction (after a reference-data change, or a demo load).
    public func attribute(_ attributions: [(deviceID: String, attribution: Attribution)], referenceVersion: String,
                          actor: String) async throws {
        let at = now()
        let pairs = attributions.map { ($0.deviceID, $0.attribution) }
        try await connection.transaction { db in
            try await AttributionRows.store(pairs, referenceVersion: referenceVersion, at: at, actor: actor, in: db)
        }
    }

    static func validate(_ registrations: [DeviceRegistration]) throws {
        var problems: [String] = []
        for r in registrations {
            problems += Validation.check(r.device).map { "apparaat \(r.device.id): \($0)" }
            for p in r.placements { problems += Validation.check(p).map { "apparaat \(r.device.id), plaatsing: \($0)" } }
        }
        if !problems.isEmpty { throw StoreError.integrity(problems.prefix(20).joined(separator: "\n")) }
    }
}
