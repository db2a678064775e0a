import Foundation

/// Instants are stored as ISO 8601 text in UTC, which sorts correctly and reads the same in both databases.
enum Timestamps {
    static func text(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    static func date(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true)
                                                    .timeZone(separator: .omitted)) {
            return date
        }
        return try? Date(text, strategy: .iso8601)
    }

    static func now() -> String { text(Date()) }

    /// Formats each distinct instant once: the rows of one write share a handful of them, and formatting a date
    /// costs microseconds.
    struct Memo {
        private var last: (Date, String)?

        mutating func text(_ date: Date) -> String {
            if let last, last.0 == date { return last.1 }
            let text = Timestamps.text(date)
            last = (date, text)
            return text
        }
    }
}
