import ArgumentParser
import Foundation
import HerkomstCore
import HerkomstStore

/// `--database`: an SQLite file path or a `postgres://` URL; else `HERKOMST_DATABASE_URL`; else a file in the
/// working directory.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite-bestand of postgres://-URL (anders HERKOMST_DATABASE_URL, anders herkomst.sqlite).")
    var database: String?

    func resolved(defaultFile: String = "herkomst.sqlite") -> String {
        if let database, !database.isEmpty { return database }
        if let env = ProcessInfo.processInfo.environment["HERKOMST_DATABASE_URL"], !env.isEmpty { return env }
        return defaultFile
    }
}

/// The system clock as the register's idea of "today" (UTC).
@Sendable func systemToday() -> Day { Day(Date()) }

/// Runs `body` and shuts the store down afterwards, whether `body` succeeded or not.
func withStore<T>(_ store: any RegisterStore, _ body: () async throws -> T) async throws -> T {
    do {
        let result = try await body()
        try await store.shutdown()
        return result
    } catch {
        try? await store.shutdown()
        throw error
    }
}

/// Opens and migrates the register; a bad location is one clear message (exit 1). With an attributor, reads
/// explain each stored attribution again.
func openStore(_ location: String, attributor: Attributor? = nil) async throws -> SQLRegisterStore {
    do {
        return try await SQLRegisterStore.open(try DatabaseLocation.parse(location), attributor: attributor)
    } catch let error as StoreError {
        throw UserError(error.description)
    }
}
