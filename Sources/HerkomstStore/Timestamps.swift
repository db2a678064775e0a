import Foundation

/// Instants are stored as ISO 8601 text in UTC, which sorts correctly and reads the same in both databases.
enum Timestamps {
    static func text(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
            ?? (try? Date(text, strategy: .iso8601))
    }

    static func now() -> String { text(Date()) }
}
