import Foundation
import Logging
import PostgresKit
import SQLKit
import SQLiteKit

/// One database connection of either kind, behind SQLKit: the rest of the store has one code path.
/// Statements run one transaction at a time (the gate), which is what SQLite needs anyway; PostgreSQL
/// deployments scale by running several `herkomst serve` processes against one database.
final class Connection: Sendable {
    let sql: any SQLDatabase
    /// The SQLite connection behind `sql`, for bulk inserts (nil for PostgreSQL).
    private let sqlite: SQLiteConnection?
    /// The PostgreSQL connection behind `sql`, for bulk inserts with `COPY` (nil for SQLite).
    private let postgres: PostgresConnection?
    let isPostgres: Bool
    /// The database as messages name it, without a password.
    let label: String
    private let gate = SerialGate()
    private let close: @Sendable () async throws -> Void

    private init(sql: any SQLDatabase, sqlite: SQLiteConnection? = nil, postgres: PostgresConnection? = nil,
                 isPostgres: Bool, label: String,
                 close: @escaping @Sendable () async throws -> Void) {
        self.sql = sql
        self.sqlite = sqlite
        self.postgres = postgres
        self.label = label
        self.isPostgres = isPostgres
        self.close = close
    }

    static func open(_ location: DatabaseLocation, logger: Logger) async throws -> Connection {
        switch location {
        case .sqliteMemory:
            return try await openSQLite(.memory, label: ":memory:", logger: logger)
        case .sqliteFile(let path):
            try checkSQLitePath(path)
            return try await openSQLite(.file(path: path), label: path, logger: logger)
        case .postgres(let url, let schema):
            return try await openPostgres(url: url, schema: schema, logger: logger)
        }
    }

    private static func openSQLite(_ storage: SQLiteConnection.Storage, label: String, logger: Logger) async throws -> Connection {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: storage, logger: logger)
        } catch {
            throw StoreError.cannotOpen("\(label): kan de SQLite-database niet openen (\(error))")
        }
        let sql = connection.sql(queryLogLevel: nil)
        do {
            // Touching the schema is what reveals a file that is not a database.
            try await sql.raw("PRAGMA foreign_keys = ON").run()
            try await sql.raw("PRAGMA busy_timeout = 5000").run()
            _ = try await sql.raw("PRAGMA journal_mode = WAL").all()
            // 64 MiB of page cache (the default is 2 MiB): a large import keeps its index pages in memory instead of
            // spilling them to the WAL and reading them back.
            try await sql.raw("PRAGMA cache_size = -65536").run()
            // After a large import the write-ahead log is as large as the import; truncate it once checkpointed
            // instead of leaving gigabytes beside the register.
            _ = try await sql.raw("PRAGMA journal_size_limit = 67108864").all()
            _ = try await sql.raw("SELECT count(*) FROM sqlite_master").all()
        } catch {
            try? await connection.close()
            let text = String(describing: error)
            if text.contains("not a database") || text.contains("malformed") || text.contains("file is encrypted") {
                throw StoreError.notADatabase("\(label) is geen (geldige) SQLite-database: \(text)")
            }
            if text.contains("readonly") || text.contains("read-only") {
                throw StoreError.readOnly("\(label) is alleen-lezen: de register-database moet beschrijfbaar zijn")
            }
            throw StoreError.cannotOpen("\(label): \(text)")
        }
        return Connection(sql: sql, sqlite: connection, isPostgres: false, label: label,
                          close: { try await connection.close() })
    }

    /// Refuse early, with the reason, what SQLite would only half-report: a folder, an unwritable file or folder.
    private static func checkSQLitePath(_ path: String) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let folder = (path as NSString).deletingLastPathComponent
        let dir = folder.isEmpty ? "." : folder
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw StoreError.cannotOpen("\(path) is een map, geen databasebestand") }
            if !isWritable(path) {
                throw StoreError.readOnly("\(path) is alleen-lezen: de register-database moet beschrijfbaar zijn")
            }
        } else if !fm.fileExists(atPath: dir) {
            throw StoreError.cannotOpen("\(path): de map \(dir) bestaat niet")
        }
        // SQLite creates the file there when missing, and writes its WAL and shared-memory files beside it.
        if !isWritable(dir) {
            throw StoreError.readOnly("\(path): de map \(dir) is niet beschrijfbaar, dus de database kan er niet komen")
        }
    }

    /// Writable for us *and* meant to be written: `access(2)` says yes to root for any file, but a file or
    /// folder without a single write permission bit was made read-only on purpose, and the register respects that.
    private static func isWritable(_ path: String) -> Bool {
        guard FileManager.default.isWritableFile(atPath: path) else { return false }
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int else {
            return true
        }
        return mode & 0o222 != 0
    }

    private static func openPostgres(url: String, schema: String?, logger: Logger) async throws -> Connection {
        var configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw StoreError.invalidLocation("\(DatabaseLocation.redacted(url)) is geen geldige PostgreSQL-URL (\(error))")
        }
        configuration.coreConfiguration.options.connectTimeout = .seconds(5)
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: configuration.coreConfiguration, id: 1, logger: logger)
        } catch let error as PSQLError where error.code == .server {
            // The server answered and said no: wrong user, password or database name.
            let reason = error.serverInfo?[.message] ?? String(reflecting: error)
            throw StoreError.cannotOpen("PostgreSQL op \(DatabaseLocation.redacted(url)) weigert de verbinding: \(reason)")
        } catch {
            throw StoreError.unreachable(
                "PostgreSQL op \(DatabaseLocation.redacted(url)) is niet bereikbaar: \(String(reflecting: error))")
        }
        let sql = connection.sql(queryLogLevel: nil)
        if let schema {
            do {
                try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
                try await sql.raw("SET search_path TO \(ident: schema)").run()
            } catch {
                try? await connection.close()
                throw StoreError.cannotOpen("kan schema \(schema) niet gebruiken: \(String(reflecting: error))")
            }
        }
        return Connection(sql: sql, postgres: connection, isPostgres: true, label: DatabaseLocation.redacted(url),
                          close: { try await connection.close() })
    }

    /// Runs `body` inside one transaction: committed when it returns, rolled back when it throws.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await translatingErrors { try await self.inTransaction(body) }
    }

    private func inTransaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await gate.run {
            try await self.sql.raw(self.isPostgres ? "BEGIN" : "BEGIN IMMEDIATE").run()
            do {
                let result = try await body(TransactionDatabase(base: self.sql, sqlite: self.sqlite, postgres: self.postgres))
                try await self.sql.raw("COMMIT").run()
                return result
            } catch {
                try? await self.sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Runs reads one after another with writes, so a read never sees half a transaction.
    func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await translatingErrors { try await self.gate.run { try await body(self.sql) } }
    }

    /// A file damaged after it was opened, or a disk that became read-only, surfaces in the middle of a query;
    /// it is then the same clear `StoreError` as at opening, not a driver's error code.
    private func translatingErrors<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let error as StoreError {
            throw error
        } catch {
            let text = String(reflecting: error)
            if text.contains("malformed") || text.contains("not a database") {
                throw StoreError.notADatabase("\(label) is beschadigd: geen geldige SQLite-database meer (\(text))")
            }
            if !isPostgres, text.contains("readonly") || text.contains("read-only") {
                throw StoreError.readOnly("\(label) is alleen-lezen: de register-database moet beschrijfbaar zijn")
            }
            throw error
        }
    }

    func shutdown() async throws {
        try await gate.run { try await self.close() }
    }
}
