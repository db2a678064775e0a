import SQLKit

/// A numbered schema change. The list is append-only: a released migration is never edited, only followed.
struct Migration: Sendable {
    let number: Int
    let name: String
    /// Statements for the dialect at hand.
    let statements: @Sendable (_ types: ColumnTypes) -> [String]
}

/// The column types the two databases spell differently.
struct ColumnTypes: Sendable {
    /// An auto-increment primary key.
    let serial: String
    /// A 64-bit floating-point number (PostgreSQL's `REAL` has 32 bits).
    let double: String

    static let sqlite = ColumnTypes(serial: "INTEGER PRIMARY KEY AUTOINCREMENT", double: "REAL")
    static let postgres = ColumnTypes(serial: "BIGSERIAL PRIMARY KEY", double: "DOUBLE PRECISION")
}

enum Migrations {
    static let all: [Migration] = [
        Migration(number: 1, name: "register") { types in [
            """
            CREATE TABLE organisations (
                slug TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                kind TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE devices (
                id TEXT PRIMARY KEY,
                device_class TEXT NOT NULL,
                brand TEXT,
                owner TEXT NOT NULL REFERENCES organisations(slug),
                visibility_rank INTEGER NOT NULL,
                procured TEXT,
                installed TEXT,
                removed TEXT,
                data TEXT NOT NULL
            )
            """,
            "CREATE INDEX devices_owner ON devices(owner, device_class)",
            "CREATE INDEX devices_brand ON devices(brand)",
            """
            CREATE TABLE placements (
                id \(types.serial),
                device_id TEXT NOT NULL REFERENCES devices(id),
                from_day TEXT NOT NULL,
                to_day TEXT,
                data TEXT NOT NULL
            )
            """,
            "CREATE INDEX placements_device ON placements(device_id, from_day)",
            """
            CREATE TABLE evidence (
                id \(types.serial),
                device_id TEXT NOT NULL REFERENCES devices(id),
                kind TEXT NOT NULL,
                value TEXT NOT NULL,
                source TEXT,
                observed_at TEXT
            )
            """,
            "CREATE INDEX evidence_device ON evidence(device_id)",
            """
            CREATE TABLE attributions (
                device_id TEXT PRIMARY KEY REFERENCES devices(id),
                manufacturer_id TEXT,
                manufacturer_name TEXT,
                country TEXT,
                high_risk INTEGER,
                reference_version TEXT NOT NULL,
                data TEXT NOT NULL
            )
            """,
            "CREATE INDEX attributions_manufacturer ON attributions(manufacturer_id)",
            "CREATE INDEX attributions_country ON attributions(country, high_risk)",
            // Where field values came from: one row per device and source record, the values as JSON
            // ({"model": "…"}), with the values that were offered but not applied (conflicts) beside them.
            """
            CREATE TABLE field_sources (
                id \(types.serial),
                device_id TEXT NOT NULL REFERENCES devices(id),
                origin TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                accepted TEXT NOT NULL,
                conflicting TEXT NOT NULL
            )
            """,
            "CREATE INDEX field_sources_device ON field_sources(device_id)",
            """
            CREATE TABLE events (
                id \(types.serial),
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject_type TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                changes TEXT NOT NULL
            )
            """,
            "CREATE INDEX events_subject ON events(subject_id)",
        ] },
        // Attributions keep their verdict and derive the explanation on read (`data` stays for older rows).
        Migration(number: 2, name: "attribution-verdicts") { types in [
            "ALTER TABLE attributions ADD COLUMN confidence \(types.double)",
        ] },
    ]

    /// Runs, in order and each in its own transaction, the migrations the database has not seen.
    static func run(on connection: Connection) async throws {
        let types: ColumnTypes = connection.isPostgres ? .postgres : .sqlite
        try await connection.transaction { db in
            try await lockAgainstOtherProcesses(db, connection)
            try await db.raw("""
                CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
                """).run()
        }
        let known = all.map(\.number).max() ?? 0
        for migration in all {
            try await connection.transaction { db in
                try await lockAgainstOtherProcesses(db, connection)
                // A database a newer Herkomst migrated may hold what this version cannot read or would damage.
                if let newest = try await db.raw("SELECT max(number) AS n FROM schema_migrations").first()?
                    .decode(column: "n", as: Int?.self), newest > known {
                    throw StoreError.cannotOpen("\(connection.label) is bijgewerkt door een nieuwere Herkomst (migratie \(newest); "
                                                + "deze versie kent er \(known)); werk Herkomst bij")
                }
                let done = try await db.raw("SELECT number FROM schema_migrations WHERE number = \(bind: migration.number)").all()
                guard done.isEmpty else { return }
                for statement in migration.statements(types) {
                    try await db.raw(SQLQueryString(statement)).run()
                }
                try await db.raw("""
                    INSERT INTO schema_migrations (number, name, applied_at)
                    VALUES (\(bind: migration.number), \(bind: migration.name), \(bind: Timestamps.now()))
                    """).run()
            }
        }
    }

    /// Two processes that start together against one PostgreSQL: the second waits until the first has migrated,
    /// then finds the work done. (SQLite's `BEGIN IMMEDIATE` already lets one writer in at a time.)
    private static func lockAgainstOtherProcesses(_ db: any SQLDatabase, _ connection: Connection) async throws {
        guard connection.isPostgres else { return }
        try await db.raw("SELECT pg_advisory_xact_lock(4812075)").run()
    }
}
