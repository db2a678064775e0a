import Foundation
import HerkomstCore
import Logging
import SQLKit

/// The register in SQLite or PostgreSQL through SQLKit: one code path, numbered migrations, and every write in
/// one transaction together with its events.
public final class SQLRegisterStore: RegisterStore, ImportStore {
    let connection: Connection
    /// The clock for event times; injected so tests and replays are deterministic.
    let now: @Sendable () -> Date
    public let location: DatabaseLocation
    /// Explains stored verdicts again on read; without it, reads give the verdict alone.
    let attributor: Attributor?

    private init(connection: Connection, location: DatabaseLocation, now: @escaping @Sendable () -> Date,
                 attributor: Attributor?) {
        self.connection = connection
        self.attributor = attributor
        self.location = location
        self.now = now
    }

    /// Opens (creating an SQLite file when missing) and migrates.
    public static func open(_ location: DatabaseLocation, now: @escaping @Sendable () -> Date = { Date() },
                            attributor: Attributor? = nil,
                            logger: Logger = Logger(label: "herkomst.store")) async throws -> SQLRegisterStore {
        let connection = try await Connection.open(location, logger: logger)
        let store = SQLRegisterStore(connection: connection, location: location, now: now, attributor: attributor)
        do {
            try await store.migrate()
        } catch {
            try? await connection.shutdown()
            if let e = error as? StoreError { throw e }
            let text = String(reflecting: error)
            if text.contains("readonly") || text.contains("read-only") {
                throw StoreError.readOnly("\(location) is alleen-lezen: de register-database moet beschrijfbaar zijn")
            }
            throw StoreError.cannotOpen("\(location): de database kon niet worden bijgewerkt (\(text))")
        }
        return store
    }

    public func migrate() async throws {
        try await Migrations.run(on: connection)
    }

    public func shutdown() async throws {
        try await connection.shutdown()
    }

    public func organisations() async throws -> [Organisation] {
        try await connection.read { db in
            try await db.raw("SELECT slug, name, kind FROM organisations ORDER BY slug").all().map { row in
                Organisation(slug: try row.decode(column: "slug", as: String.self),
                             name: try row.decode(column: "name", as: String.self),
                             kind: OrganisationKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .overig)
            }
        }
    }

    public func save(_ organisation: Organisation, actor: String) async throws {
        let at = now()
        try await connection.transaction { db in
            let existing = try await db.raw("SELECT name, kind FROM organisations WHERE slug = \(bind: organisation.slug)").first()
            let before = try existing.map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "kind", as: String.self)) }
            if let before, before.0 == organisation.name, before.1 == organisation.kind.rawValue { return }
            try await db.raw("""
                INSERT INTO organisations (slug, name, kind) VALUES (\(bind: organisation.slug), \(bind: organisation.name), \(bind: organisation.kind.rawValue))
                ON CONFLICT (slug) DO UPDATE SET name = excluded.name, kind = excluded.kind
                """).run()
            var changes: [FieldChange] = []
            if before?.0 != organisation.name { changes.append(.init(field: "naam", before: before?.0, after: organisation.name)) }
            if before?.1 != organisation.kind.rawValue {
                changes.append(.init(field: "soort", before: before?.1, after: organisation.kind.rawValue))
            }
            try await EventLog.append([Event(at: at, actor: actor, action: before == nil ? .registered : .changed,
                                             subjectType: "organisatie", subjectID: organisation.slug, changes: changes)], to: db)
        }
    }
}
