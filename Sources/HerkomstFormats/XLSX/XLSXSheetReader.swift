import HerkomstCore

/// Walks a worksheet's XML and hands each row on as plain cell texts in column order, with the sheet's row
/// number as its line. Sparse rows and cells (`<row r="7">`, `<c r="C7">`) land in their place; shared strings,
/// inline strings, numbers, booleans and date-styled numbers (as `YYYY-MM-DD`) become text.
struct XLSXSheetReader {
    let file: String
    let part: String
    let parts: XLSXWorkbookParts
    let limits: TabularLimits

    func forEachRow(_ bytes: [UInt8], columnName: (Int) -> String?, _ body: ([String], Int) throws -> Void) throws {
        var scanner = XLSXXMLScanner(bytes)
        var row: [String] = []
        var rowNumber = 0
        var inSheetData = false
        var cell: CellState?
        var collecting = false
        do {
            while let event = try scanner.next() {
                switch event {
                case .start("sheetData", _):
                    inSheetData = true
                case .end("sheetData"):
                    inSheetData = false
                case .start("row", let attributes) where inSheetData:
                    let number = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                    guard number > rowNumber, number <= 1_048_576 else {
                        throw problem("rijnummer \(attributes["r"] ?? "?") staat niet in oplopende volgorde", row: rowNumber)
                    }
                    rowNumber = number
                    row.removeAll(keepingCapacity: true)
                case .end("row") where inSheetData:
                    try body(row, rowNumber)
                    row.removeAll(keepingCapacity: true)
                case .start("c", let attributes) where inSheetData:
                    var column = row.count
                    if let reference = attributes["r"] {
                        guard let parsed = Self.column(ofReference: reference) else {
                            throw problem("celverwijzing '\(reference)' is ongeldig", row: rowNumber)
                        }
                        column = parsed
                    }
                    guard column >= row.count else {
                        throw problem("cel \(attributes["r"] ?? "?") staat niet in oplopende volgorde", row: rowNumber)
                    }
                    guard column < limits.maxColumns else {
                        throw problem("meer dan \(limits.maxColumns) kolommen", row: rowNumber)
                    }
                    cell = CellState(column: column, type: attributes["t"] ?? "n",
                                     style: attributes["s"].flatMap { Int($0) } ?? 0)
                case .start("v", _), .start("t", _):
                    collecting = cell != nil && !(cell!.inPhonetic)
                case .end("v"), .end("t"):
                    collecting = false
                case .start("rPh", _):
                    cell?.inPhonetic = true
                case .end("rPh"):
                    cell?.inPhonetic = false
                case .text(let text) where collecting:
                    cell!.raw += text
                    if cell!.raw.utf8.count > limits.maxFieldBytes {
                        throw InputProblem(file: file, line: rowNumber,
                            field: columnName(cell!.column) ?? "kolom \(Self.letters(cell!.column))",
                            message: "cel is groter dan \(limits.maxFieldBytes / 1024) KiB en is geweigerd")
                    }
                case .end("c"):
                    guard let finished = cell else { break }
                    cell = nil
                    let value = try text(of: finished, row: rowNumber)
                    if finished.column > row.count {
                        row.append(contentsOf: repeatElement("", count: finished.column - row.count))
                    }
                    row.append(value)
                default:
                    break
                }
            }
        } catch let error as XLSXXMLError {
            throw InputProblem(file: file, line: rowNumber == 0 ? nil : rowNumber, field: part,
                               message: "ongeldige XML: \(error.message) (bij byte \(error.offset))")
        }
    }

    private struct CellState {
        let column: Int
        let type: String
        let style: Int
        var raw = ""
        var inPhonetic = false
    }

    private func text(of cell: CellState, row: Int) throws -> String {
        switch cell.type {
        case "s":
            guard let index = Int(cell.raw.trimmingCharacters(in: .whitespaces)), parts.sharedStrings.indices.contains(index) else {
                if cell.raw.isEmpty { return "" }
                throw problem("verwijzing naar gedeelde tekst \(cell.raw) bestaat niet", row: row)
            }
            return parts.sharedStrings[index]
        case "inlineStr", "str":
            return XLSXStringEscapes.decode(cell.raw)
        case "b":
            return cell.raw == "1" ? "TRUE" : cell.raw == "0" ? "FALSE" : cell.raw
        case "d":
            // ISO 8601 date-time (strict OOXML); the register keeps the day.
            return String(cell.raw.prefix(10))
        case "e":
            return cell.raw
        default:
            let raw = cell.raw.trimmingCharacters(in: .whitespaces)
            if parts.dateStyles.contains(cell.style), let serial = Double(raw), serial >= 1, serial < 2_958_466 {
                return Self.day(fromSerial: serial).description
            }
            return raw
        }
    }

    /// Excel's 1900 system, including its fictitious 29 February 1900 (serial 60) before which days shift by one.
    static func day(fromSerial serial: Double) -> Day {
        let whole = Int(serial.rounded(.down))
        let epoch = Day(year: 1899, month: 12, day: 30)!
        return whole < 61 ? epoch.adding(days: whole + 1) : epoch.adding(days: whole)
    }

    /// Zero-based column of a cell reference (`C7` → 2, `AA1` → 26).
    static func column(ofReference reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            let v = scalar.value
            if (65...90).contains(v) || (97...122).contains(v) {
                guard letters < 3 else { return nil }
                column = column * 26 + Int((v & 0xDF) - 64)
                letters += 1
            } else if (48...57).contains(v) {
                break
            } else {
                return nil
            }
        }
        return letters == 0 ? nil : column - 1
    }

    /// Column letters of a zero-based column (2 → `C`).
    static func letters(_ column: Int) -> String {
        var n = column + 1
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    private func problem(_ message: String, row: Int) -> InputProblem {
        InputProblem(file: file, line: row == 0 ? nil : row, field: part, message: message)
    }
}
