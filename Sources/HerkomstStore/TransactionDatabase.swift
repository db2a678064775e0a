import Logging
import PostgresKit
import NIOCore
import SQLKit
import SQLiteKit

/// The database inside one transaction: SQLKit for every statement, and the connection itself, so bulk inserts can
/// bind values directly on SQLite and use `COPY` on PostgreSQL instead of SQLKit's per-value `Encodable` path (the
/// difference is most of the cost of writing a million rows).
struct TransactionDatabase: SQLDatabase {
    let base: any SQLDatabase
    let sqlite: SQLiteConnection?
    let postgres: PostgresConnection?

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var dialect: any SQLDialect { base.dialect }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> ()) -> EventLoopFuture<Void> {
        base.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> ()) async throws {
        try await base.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }
}
