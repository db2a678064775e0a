import Foundation

/// Where the register lives, as users name it with `--database` or `HERKOMST_DATABASE_URL`.
public enum DatabaseLocation: Hashable, Sendable, CustomStringConvertible {
    /// An SQLite file, created when missing.
    case sqliteFile(path: String)
    /// A private in-memory SQLite database (tests).
    case sqliteMemory
    /// A PostgreSQL database; `schema`, when set, is created if needed and used as the search path (test isolation).
    case postgres(url: String, schema: String?)

    /// `herkomst.sqlite`, `/var/lib/herkomst/register.sqlite`, `sqlite:///path`, `postgres://…`, `postgresql://…`.
    public static func parse(_ text: String) throws(StoreError) -> DatabaseLocation {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .invalidLocation("de database is leeg; geef een bestandsnaam of postgres://-URL") }
        if trimmed == ":memory:" { return .sqliteMemory }
        if let schemeEnd = trimmed.range(of: "://") {
            let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
            switch scheme {
            case "postgres", "postgresql":
                return .postgres(url: trimmed, schema: nil)
            case "sqlite", "file":
                let path = String(trimmed[schemeEnd.upperBound...])
                guard !path.isEmpty else { throw .invalidLocation("\(trimmed): geen bestandspad na \(scheme)://") }
                return .sqliteFile(path: path)
            default:
                throw .invalidLocation("onbekend databaseschema '\(scheme)://' in \(redacted(trimmed)); "
                                       + "gebruik een SQLite-bestandspad of postgres://gebruiker@host:poort/database")
            }
        }
        return .sqliteFile(path: trimmed)
    }

    /// Without passwords, for messages and logs.
    public var description: String {
        switch self {
        case .sqliteFile(let path): return path
        case .sqliteMemory: return ":memory:"
        case .postgres(let url, _): return Self.redacted(url)
        }
    }

    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}

/// Storage failures in words a user can act on; `description` is the message the CLI prints.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case invalidLocation(String)
    case cannotOpen(String)
    case notADatabase(String)
    case readOnly(String)
    case unreachable(String)
    case integrity(String)

    public var description: String {
        switch self {
        case .invalidLocation(let m), .cannotOpen(let m), .notADatabase(let m), .readOnly(let m), .unreachable(let m),
             .integrity(let m):
            return m
        }
    }
}
