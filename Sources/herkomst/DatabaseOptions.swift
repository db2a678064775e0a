import ArgumentParser
import Foundation
import HerkomstCore

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
