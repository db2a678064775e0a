import Foundation
import HerkomstCore
import SQLKit
import SQLiteKit

/// JSON in text columns: the full record is stored losslessly; filter columns beside it are denormalised copies.
enum StoredJSON {
    static func text<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func value<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decoder().decode(type, from: Data(text.utf8))
    }

    static func devices(_ texts: [String]) throws -> [Device] {
        try values(Device.self, from: texts, fast: FastJSONReader.device)
    }

    static func placements(_ texts: [String]) throws -> [Placement] {
        try values(Placement.self, from: texts, fast: FastJSONReader.placement)
    }

    /// Many values at once, in order: a whole register is loaded to match an import against it. `fast` reads what
    /// it can (nil: `JSONDecoder` reads that one); large batches are split over the processor's cores.
    static func values<T: Decodable & Sendable>(_ type: T.Type, from texts: [String],
                                                fast: @Sendable (String) -> T?) throws -> [T] {
        try ParallelMap.map(texts, state: { decoder() }) { decoder, text in
            try fast(text) ?? decoder.decode(type, from: Data(text.utf8))
        }
    }

    private static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

/// One value of a bulk-inserted row.
enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case real(Double)
    case null

    init(_ text: String?) { self = text.map(Cell.text) ?? .null }
    init(_ number: Int?) { self = number.map(Cell.integer) ?? .null }

    var sqlite: SQLiteData {
        switch self {
        case .text(let t): return .text(t)
        case .integer(let n): return .integer(n)
        case .real(let x): return .float(x)
        case .null: return .null
        }
    }

    var bind: any Encodable & Sendable {
        switch self {
        case .text(let t): return t
        case .integer(let n): return n
        case .real(let x): return x
        case .null: return String?.none
        }
    }
}

/// Bulk inserts. SQLite: multi-row INSERTs that bind `SQLiteData` straight onto the statement, the next chunk's rows
/// built while SQLite writes the previous one (SQLite works on its own thread). PostgreSQL: `COPY … FROM STDIN`
/// inside the transaction; SQLKit's multi-row INSERTs where no connection is at hand.
enum BulkInsert {
    static func run(_ db: any SQLDatabase, into table: String, columns: [String], rows: [[Cell]]) async throws {
        try await run(db, into: table, columns: columns, items: rows) { $0 }
    }

    /// `row` turns one item into its values, in column order; it runs chunk by chunk, as the rows are written.
    static func run<Item>(_ db: any SQLDatabase, into table: String, columns: [String], items: [Item],
                          row: (Item) throws -> [Cell]) async throws {
        guard !items.isEmpty else { return }
        if let sqlite = (db as? TransactionDatabase)?.sqlite {
            try await insert(into: sqlite, table: table, columns: columns, items: items, row: row)
            return
        }
        if let transaction = db as? TransactionDatabase, let postgres = transaction.postgres {
            try await PostgresCopy.rows(into: postgres, table: table, columns: columns, items: items,
                                        logger: transaction.logger, row: row)
            return
        }
        let perStatement = max(1, 30_000 / columns.count)
        var start = 0
        while start < items.count {
            let end = min(start + perStatement, items.count)
            var insert = db.insert(into: table).columns(columns)
            for item in items[start..<end] { insert = insert.values(try row(item).map(\.bind)) }
            try await insert.run()
            start = end
        }
    }

    private static func insert<Item>(into sqlite: SQLiteConnection, table: String, columns: [String], items: [Item],
                                     row: (Item) throws -> [Cell]) async throws {
        let perStatement = max(1, 20_000 / columns.count)
        var statements = SQLiteInsertStatements(table: table, columns: columns)
        var writing: Task<Void, any Error>?
        do {
            var start = 0
            while start < items.count {
                let end = min(start + perStatement, items.count)
                var rows: [[Cell]] = []
                rows.reserveCapacity(end - start)
                for item in items[start..<end] {
                    let cells = try row(item)
                    precondition(cells.count == columns.count, "\(cells.count) values for \(columns.count) columns of \(table)")
                    rows.append(cells)
                }
                let (sql, binds) = statements.insert(rows)
                try await writing?.value
                writing = Task { try await sqlite.query(sql, binds) { _ in } }
                start = end
            }
            try await writing?.value
        } catch {
            // Never leave a statement running into the caller's rollback.
            _ = try? await writing?.value
            throw error
        }
    }
}

/// The text and values of one multi-row INSERT. SQLite compiles every value of a multi-row statement into code of its
/// own, and that compilation is most of what a bulk insert costs; a column with the same value in every row of the
/// chunk (the import's time and actor, an empty conflict list, a NULL) is therefore bound once:
/// `INSERT INTO t (a, b, c) SELECT ?, column1, column2 FROM (VALUES (?, ?), (?, ?), …)`.
struct SQLiteInsertStatements {
    let table: String
    let columns: [String]
    private var texts: [Key: String] = [:]

    private struct Key: Hashable {
        var rows: Int
        var constant: [Bool]
    }

    init(table: String, columns: [String]) {
        self.table = table
        self.columns = columns
    }

    mutating func insert(_ rows: [[Cell]]) -> (sql: String, binds: [SQLiteData]) {
        let first = rows[0]
        var constant = columns.indices.map { c in rows.count > 1 && rows.allSatisfy { $0[c] == first[c] } }
        // VALUES needs at least one column of its own.
        if !constant.contains(false) { constant = constant.map { _ in false } }
        var binds: [SQLiteData] = []
        binds.reserveCapacity(rows.count * columns.count)
        for c in columns.indices where constant[c] { binds.append(first[c].sqlite) }
        for row in rows {
            for c in columns.indices where !constant[c] { binds.append(row[c].sqlite) }
        }
        let key = Key(rows: rows.count, constant: constant)
        if let sql = texts[key] { return (sql, binds) }
        let sql = text(rows: rows.count, constant: constant)
        texts[key] = sql
        return (sql, binds)
    }

    private func text(rows: Int, constant: [Bool]) -> String {
        let varying = constant.filter { !$0 }.count
        let tuple = "(" + Array(repeating: "?", count: varying).joined(separator: ",") + ")"
        let values = "VALUES " + Array(repeating: tuple, count: rows).joined(separator: ",")
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ",")))"
        guard constant.contains(true) else { return head + " " + values }
        var next = 0
        let select = constant.map { isConstant -> String in
            if isConstant { return "?" }
            next += 1
            return "column\(next)"
        }
        return head + " SELECT " + select.joined(separator: ",") + " FROM (" + values + ")"
    }
}

extension Visibility {
    /// openbaar < intern < vertrouwelijk: "at most this visible" is a comparison.
    var rank: Int {
        switch self {
        case .openbaar: return 0
        case .intern: return 1
        case .vertrouwelijk: return 2
        }
    }
}
