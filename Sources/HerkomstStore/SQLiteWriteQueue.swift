import SQLiteKit

/// The statements of one SQLite transaction that run behind the code that builds them. Bulk inserts hand in their
/// chunks and go on building the next ones — of the same table or the next — so SQLite's thread writes without
/// waiting for Swift between chunks and tables. Everything else in the transaction (a query, an update, COMMIT)
/// first waits for what is queued, so statements still run in the order they were written.
actor SQLiteWriteQueue {
    private let connection: SQLiteConnection
    /// How many chunks may wait to be written: enough to cover building the next table's rows, few enough that a
    /// million-row import does not hold all of its statements in memory at once.
    private let depth: Int
    /// Each statement waits for the one before it; after a failure none of the later ones runs.
    private var queued: [Task<Void, any Error>] = []

    init(connection: SQLiteConnection, depth: Int = 16) {
        self.connection = connection
        self.depth = depth
    }

    /// Queues one statement; waits only when `depth` statements are already waiting. A failure of an earlier
    /// statement is thrown here or by `drain()`.
    func enqueue(_ sql: String, _ binds: [SQLiteData]) async throws {
        let previous = queued.last
        let connection = self.connection
        queued.append(Task {
            try await previous?.value
            try await connection.query(sql, binds) { _ in }
        })
        if queued.count > depth {
            try await queued.removeFirst().value
        }
    }

    /// Waits until everything queued has run; throws the first failure.
    func drain() async throws {
        guard let last = queued.last else { return }
        queued.removeAll()
        try await last.value
    }
}
