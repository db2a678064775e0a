import Foundation
import HerkomstCore
@testable import HerkomstStore
import SQLKit

/// The databases the store suite runs on: a fresh in-memory SQLite per test, and — when
/// `HERKOMST_TEST_POSTGRES_URL` is set — a fresh schema per test in that PostgreSQL, dropped afterwards.
enum Backend: String, Sendable {
    case sqlite, postgres

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["HERKOMST_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Opens a fresh store, runs `body`, and cleans up whatever happens.
    func withStore(now: @escaping @Sendable () -> Date = TestClock.fixed,
                   attributor: Attributor? = StoreContract.quotingAttributor(version: "test-referentie"),
                   _ body: (SQLRegisterStore) async throws -> Void) async throws {
        let schema = "herkomst_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let location: DatabaseLocation
        switch self {
        case .sqlite: location = .sqliteMemory
        case .postgres: location = .postgres(url: Backend.postgresURL!, schema: String(schema))
        }
        let store = try await SQLRegisterStore.open(location, now: now, attributor: attributor)
        do {
            try await body(store)
        } catch {
            await cleanUp(store, schema: String(schema))
            throw error
        }
        await cleanUp(store, schema: String(schema))
    }

    private func cleanUp(_ store: SQLRegisterStore, schema: String) async {
        if self == .postgres {
            try? await store.connection.sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
        }
        try? await store.shutdown()
    }
}

enum TestClock {
    @Sendable static func fixed() -> Date { Date(timeIntervalSince1970: 1_764_403_200) } // 2025-11-29T08:00:00Z
}
