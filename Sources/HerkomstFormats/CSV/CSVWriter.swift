import Foundation

/// Writes a sheet as CSV that the CSV reader reads back exactly and spreadsheets open: UTF-8 with a byte-order mark
/// (without it Excel assumes the ANSI code page), CRLF line ends, numbers with a decimal point (a decimal comma is
/// read as thousands grouping by an English LibreOffice: `52,076` would become 52076), dates as `YYYY-MM-DD`.
/// Text that a spreadsheet would run as a formula gets a leading `'` (see `TabularFormulaGuard`).
///
/// The delimiter is a comma by default, although Dutch Excel's list separator is `;`: LibreOffice's headless
/// conversion (`soffice --headless --convert-to xlsx`, the way edits are scripted) and most tools split on commas
/// only, and read a semicolon file as one column. Excel reads a comma file in columns through Data → From
/// Text/CSV (it detects the separator); a double-click in Dutch Excel shows one column, for which `--format xlsx`
/// is the better export, or `CSVWriter(delimiter: UInt8(ascii: ";"))`.
public struct CSVWriter: Sendable {
    public var delimiter: UInt8
    public var byteOrderMark: Bool

    public init(delimiter: UInt8 = UInt8(ascii: ","), byteOrderMark: Bool = true) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    public func write(_ sheet: TabularSheet) -> [UInt8] {
        var out: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        out.reserveCapacity(64 + sheet.rows.count * sheet.headers.count * 12)
        append(sheet.headers.map { TabularSheet.Cell.text($0) }, to: &out)
        for row in sheet.rows { append(row, to: &out) }
        return out
    }

    public func write(_ sheet: TabularSheet, to url: URL) throws {
        try Data(write(sheet)).write(to: url, options: .atomic)
    }

    private func append(_ row: [TabularSheet.Cell], to out: inout [UInt8]) {
        for (i, cell) in row.enumerated() {
            if i > 0 { out.append(delimiter) }
            switch cell {
            case .empty: break
            case .number(let n): out.append(contentsOf: TabularSheet.format(n).utf8)
            case .date(let d): out.append(contentsOf: d.description.utf8)
            case .text(let t): appendText(TabularFormulaGuard.neutralise(t), to: &out)
            }
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    private func appendText(_ text: String, to out: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let utf8 = text.utf8
        let needsQuotes = utf8.contains { $0 == delimiter || $0 == quote || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            || utf8.first == 0x20 || utf8.last == 0x20
        guard needsQuotes else { out.append(contentsOf: utf8); return }
        out.append(quote)
        for byte in utf8 {
            if byte == quote { out.append(quote) }
            out.append(byte)
        }
        out.append(quote)
    }
}
