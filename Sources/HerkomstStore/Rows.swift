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
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(text.utf8))
    }
}

/// One value of a bulk-inserted row.
enum Cell: Sendable {
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

/// Multi-row INSERTs in chunks. SQLite binds `SQLiteData` straight onto the statement; PostgreSQL goes through
/// SQLKit, in chunks under its limit of 65,535 parameters.
enum BulkInsert {
    static func run(_ db: any SQLDatabase, into table: String, columns: [String], rows: [[Cell]]) async throws {
        guard !rows.isEmpty else { return }
        if let sqlite = (db as? TransactionDatabase)?.sqlite {
            try await insert(into: sqlite, table: table, columns: columns, rows: rows)
            return
        }
        let perStatement = max(1, 30_000 / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            var insert = db.insert(into: table).columns(columns)
            for row in rows[start..<end] { insert = insert.values(row.map(\.bind)) }
            try await insert.run()
            start = end
        }
    }

    private static func insert(into sqlite: SQLiteConnection, table: String, columns: [String], rows: [[Cell]]) async throws {
        let perStatement = max(1, 60_000 / columns.count)
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ","))) VALUES "
        var statementForCount: [Int: String] = [:]
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            let count = end - start
            let sql = statementForCount[count] ?? {
                let text = head + Array(repeating: tuple, count: count).joined(separator: ",")
                statementForCount[count] = text
                return text
            }()
            var binds: [SQLiteData] = []
            binds.reserveCapacity(count * columns.count)
            for row in rows[start..<end] {
                precondition(row.count == columns.count, "row of \(row.count) values for \(columns.count) columns of \(table)")
                for cell in row { binds.append(cell.sqlite) }
            }
            try await sqlite.query(sql, binds) { _ in }
            start = end
        }
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
