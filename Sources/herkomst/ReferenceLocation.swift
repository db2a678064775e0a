import Foundation
import HerkomstCore
import HerkomstReference

/// Where installed reference-data updates live: `--reference-dir`, else `HERKOMST_REFERENCE_DIR`, else a folder
/// `herkomst-reference` next to the SQLite database (the working directory for the default database or a
/// PostgreSQL URL).
enum ReferenceLocation {
    static let folderName = "herkomst-reference"

    static func directory(explicit: String?, database: String? = nil) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let env = ProcessInfo.processInfo.environment["HERKOMST_REFERENCE_DIR"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        if let database, !database.isEmpty, !database.contains("://") {
            return URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent(folderName)
        }
        return URL(fileURLWithPath: folderName)
    }

    /// The shipped data with any installed updates; a damaged installation is a user error, not a crash.
    static func load(explicit: String?, database: String? = nil) throws -> ReferenceData {
        let directory = directory(explicit: explicit, database: database)
        do {
            return try ReferenceData.load(installedIn: directory)
        } catch let problem as InputProblem {
            throw UserError("referentiegegevens: \(problem)")
        } catch {
            throw UserError("referentiegegevens in \(directory.path): \(error)")
        }
    }

    static let help = "Map met bijgewerkte referentiegegevens (anders HERKOMST_REFERENCE_DIR, anders ./\(folderName) naast de database)."
}
