import Foundation
@testable import HerkomstStore
import SQLKit
import Testing

/// Multi-row inserts on SQLite bind a column once when every row of the chunk has the same value in it; what is
/// stored must be exactly what was given, row for row and in order.
@Suite("Bulk inserts on SQLite")
struct BulkInsertTests {
    func withTable(_ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        let store = try await SQLRegisterStore.open(.sqliteMemory)
        do {
            try await store.connection.sql.raw("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c REAL, d TEXT)").run()
            try await store.connection.transaction { db in try await body(db) }
            try await store.shutdown()
        } catch {
            try? await store.shutdown()
            throw error
        }
    }

    static func stored(_ db: any SQLDatabase) async throws -> [[String]] {
        try await db.raw("SELECT a, b, c, d, typeof(b) AS tb, typeof(c) AS tc FROM t ORDER BY id").all().map { row in
            try ["a", "b", "c", "d", "tb", "tc"].map { column in
                try row.decodeNil(column: column) ? "NULL" : String(describing: try row.decode(column: column, as: String.self))
            }
        }
    }

    @Test("constant and varying columns, NULLs and numbers come back as given, in order")
    func mixedColumns() async throws {
        try await withTable { db in
            let rows: [[Cell]] = (0..<2_500).map { i in
                [.text("import-7"), .integer(i), .real(0.5), i.isMultiple(of: 3) ? .null : .text("r\(i)")]
            }
            try await BulkInsert.run(db, into: "t", columns: ["a", "b", "c", "d"], rows: rows)
            let stored = try await Self.stored(db)
            #expect(stored.count == 2_500)
            #expect(stored[0] == ["import-7", "0", "0.5", "NULL", "integer", "real"])
            #expect(stored[1] == ["import-7", "1", "0.5", "r1", "integer", "real"])
            #expect(stored.map { $0[1] } == (0..<2_500).map(String.init), "rows keep their order")
        }
    }

    @Test("a chunk whose rows are all alike, and a single row, are stored too")
    func allAlikeAndSingle() async throws {
        try await withTable { db in
            let same: [Cell] = [.text("x"), .integer(1), .null, .text("y")]
            try await BulkInsert.run(db, into: "t", columns: ["a", "b", "c", "d"], rows: [same, same, same])
            try await BulkInsert.run(db, into: "t", columns: ["a", "b", "c", "d"], rows: [[.null, .null, .real(2), .text("z")]])
            #expect(try await Self.stored(db) == [
                ["x", "1", "NULL", "y", "integer", "null"], ["x", "1", "NULL", "y", "integer", "null"],
                ["x", "1", "NULL", "y", "integer", "null"], ["NULL", "NULL", "2.0", "z", "null", "real"],
            ])
        }
    }

    @Test("a query after a bulk insert in the same transaction sees every row of it")
    func queuedChunksComeFirst() async throws {
        try await withTable { db in
            // 5,000 rows a statement: 40 statements, each built while SQLite writes the one before.
            let rows: [[Cell]] = (0..<200_000).map { i in [.text("a"), .integer(i), .null, .text("r\(i)")] }
            try await BulkInsert.run(db, into: "t", columns: ["a", "b", "c", "d"], rows: rows)
            let count = try await db.raw("SELECT count(*) AS n, max(b) AS top FROM t").first()
            #expect(try count?.decode(column: "n", as: Int.self) == 200_000)
            #expect(try count?.decode(column: "top", as: Int.self) == 199_999)
        }
    }

    @Test("a chunk that fails stops the inserts after it, and nothing of the transaction stays")
    func failingChunkRollsBack() async throws {
        let store = try await SQLRegisterStore.open(.sqliteMemory)
        do {
            try await store.connection.sql.raw("CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER UNIQUE)").run()
            try await store.connection.sql.raw("CREATE TABLE later (x TEXT)").run()
            // 20,000 rows a statement; row 60,000 repeats row 0, so the fourth of ten statements fails.
            let rows: [[Cell]] = (0..<200_000).map { i in [.integer(i == 60_000 ? 0 : i)] }
            await #expect(throws: (any Error).self) {
                try await store.connection.transaction { db in
                    try await BulkInsert.run(db, into: "t", columns: ["b"], rows: rows)
                    try await BulkInsert.run(db, into: "later", columns: ["x"], rows: [[.text("after the failure")]])
                }
            }
            for table in ["t", "later"] {
                let n = try await store.connection.sql.raw("SELECT count(*) AS n FROM \(unsafeRaw: table)").first()
                #expect(try n?.decode(column: "n", as: Int.self) == 0, "\(table) is empty after the rollback")
            }
            try await store.shutdown()
        } catch {
            try? await store.shutdown()
            throw error
        }
    }

    @Test("the statement binds a constant column once")
    func constantsBoundOnce() {
        var statements = SQLiteInsertStatements(table: "t", columns: ["a", "b"])
        let (sql, binds) = statements.insert([[.text("k"), .integer(1)], [.text("k"), .integer(2)]])
        #expect(sql == "INSERT INTO t (a,b) SELECT ?,column1 FROM (VALUES (?),(?))")
        #expect(binds == [.text("k"), .integer(1), .integer(2)])
    }
}

/// What bulk inserts write reads back exactly, on each database (PostgreSQL: through `COPY`), whatever the text holds.
@Suite("Bulk inserts keep every character")
struct BulkInsertTextTests {
    static let awkward = ["tab\there", "new\nline", "carriage\rreturn", "back\\slash", "\\N", "\\.", "quote \" and ' both",
                          "{\"json\":\"a\\\"b\"}", "Scheveningen — café ‘t Hoekje", "", "  spaces  "]

    static func roundTrip(_ store: SQLRegisterStore) async throws {
        let serial = store.connection.isPostgres ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"
        let real = store.connection.isPostgres ? "DOUBLE PRECISION" : "REAL"
        try await store.connection.sql.raw("CREATE TABLE t (id \(unsafeRaw: serial), a TEXT, b BIGINT, c \(unsafeRaw: real))").run()
        let rows: [[Cell]] = awkward.enumerated().map { i, text in [.text(text), .integer(i - 3), .real(Double(i) / 8)] }
            + [[.null, .null, .null]]
        try await store.connection.transaction { db in
            try await BulkInsert.run(db, into: "t", columns: ["a", "b", "c"], rows: rows)
        }
        let stored = try await store.connection.sql.raw("SELECT a, b, c FROM t ORDER BY id").all()
        #expect(stored.count == rows.count)
        for (i, text) in awkward.enumerated() {
            #expect(try stored[i].decode(column: "a", as: String?.self) == text, "row \(i)")
            #expect(try stored[i].decode(column: "b", as: Int?.self) == i - 3)
            #expect(try stored[i].decode(column: "c", as: Double?.self) == Double(i) / 8)
        }
        #expect(try stored.last?.decode(column: "a", as: String?.self) == nil)
        #expect(try stored.last?.decode(column: "b", as: Int?.self) == nil)
    }

    @Test func onSQLite() async throws { try await Backend.sqlite.withStore(Self.roundTrip) }

    @Test(.enabled(if: Backend.postgresURL != nil, "set HERKOMST_TEST_POSTGRES_URL"))
    func onPostgreSQL() async throws { try await Backend.postgres.withStore(Self.roundTrip) }
}
