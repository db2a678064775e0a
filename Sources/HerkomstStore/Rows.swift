import Foundation
import HerkomstCore
import SQLKit

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

/// Multi-row INSERTs in chunks that stay under both databases' bind-parameter limits.
enum BulkInsert {
    static func run(_ db: any SQLDatabase, into table: String, columns: [String],
                    rows: [[any Encodable & Sendable]]) async throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, 30_000 / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            var insert = db.insert(into: table).columns(columns)
            for row in rows[start..<end] { insert = insert.values(row) }
            try await insert.run()
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
