import HerkomstCore

/// A table to write: column headers and rows of typed cells. Typed, so that the XLSX writer stores numbers and
/// dates as such while the CSV writer formats them the way the readers read them back.
public struct TabularSheet: Sendable {
    public enum Cell: Sendable, Hashable {
        case empty
        case text(String)
        case number(Double)
        case date(Day)
    }

    public var name: String
    public var headers: [String]
    public var rows: [[Cell]]

    public init(name: String, headers: [String], rows: [[Cell]] = []) {
        self.name = name
        self.headers = headers
        self.rows = rows
    }

    /// A number as the readers read it back: shortest exact form, decimal point, no grouping.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
