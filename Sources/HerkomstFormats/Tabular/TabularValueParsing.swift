import Foundation
import HerkomstCore

/// Reads the numbers, dates and yes/no answers that people type into spreadsheets, in Dutch and English habits.
/// Each parser returns nil or a Dutch reason, never guesses silently.
enum TabularValueParsing {
    /// A decimal number as Dutch or English spreadsheets write it: `52,0799`, `52.0799`, `1.234,5`, `1,234.5`,
    /// `-3.5e2`; a trailing degree sign is allowed.
    static func number(_ raw: String) -> Double? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("°") { text.removeLast() }
        text = text.replacingOccurrences(of: "\u{2212}", with: "-")
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        let lastComma = text.lastIndex(of: ",")
        let lastDot = text.lastIndex(of: ".")
        switch (lastComma, lastDot) {
        case let (comma?, dot?):
            // Both present: the later one is the decimal separator, the other groups thousands.
            if comma > dot {
                text = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            } else {
                text = text.replacingOccurrences(of: ",", with: "")
            }
        case (_?, nil):
            guard text.filter({ $0 == "," }).count == 1 else { return nil }
            text = text.replacingOccurrences(of: ",", with: ".")
        default:
            guard text.filter({ $0 == "." }).count <= 1 else { return nil }
        }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// An RD coordinate in metres. Besides plain numbers it accepts Dutch thousands grouping without decimals
    /// (`155.000`), which `number` would read as 155.
    static func rdCoordinate(_ raw: String) -> Double? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count >= 2, groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }),
           groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            return Double(groups.joined())
        }
        return number(text)
    }

    enum DateResult: Equatable {
        case day(Day)
        case invalid(String)
    }

    /// Dates as `YYYY-MM-DD` (optionally with a time), `DD-MM-YYYY`, `D-M-YYYY` (also with `/` or `.`), `YYYYMMDD`,
    /// or an Excel serial day number (1900 system). Day-first is the Dutch order; `3/4/2021` is 3 April.
    static func day(_ raw: String) -> DateResult {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let datePart = text.split(whereSeparator: { $0 == "T" || $0 == " " }).first.map(String.init) ?? text
        let separators: Set<Character> = ["-", "/", "."]
        if let separator = datePart.first(where: { separators.contains($0) }),
           datePart.filter({ $0 == separator }).count == 2,
           datePart.allSatisfy({ $0 == separator || ($0.isASCII && $0.isNumber) }) {
            let parts = datePart.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else {
                return .invalid("'\(raw)' is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ")
            }
            let (year, month, dayOfMonth) = parts[0].count == 4 ? (a, b, c) : (c, b, a)
            guard parts[0].count == 4 || parts[2].count == 4 else {
                return .invalid("'\(raw)' heeft geen jaar van vier cijfers; gebruik JJJJ-MM-DD of DD-MM-JJJJ")
            }
            guard let day = Day(year: year, month: month, day: dayOfMonth) else {
                return .invalid("datum '\(raw)' bestaat niet")
            }
            return .day(day)
        }
        if text.count == 8, text.hasPrefix("19") || text.hasPrefix("20"), text.allSatisfy({ $0.isASCII && $0.isNumber }),
           let y = Int(text.prefix(4)), let m = Int(text.dropFirst(4).prefix(2)), let d = Int(text.suffix(2)) {
            // YYYYMMDD, as database exports write it.
            guard let day = Day(year: y, month: m, day: d) else { return .invalid("datum '\(raw)' bestaat niet") }
            return .day(day)
        }
        if let serial = number(text) {
            return excelSerial(serial, raw: raw)
        }
        return .invalid("'\(raw)' is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ")
    }

    /// Excel's 1900 date system: serial 1 is 1900-01-01, and serial 60 is the 29 February 1900 that never was
    /// (kept for Lotus 1-2-3 compatibility). Serials below 10000 (before 1927) are refused: in a device register
    /// such a number is a year or a typo, not a date.
    static func excelSerial(_ serial: Double, raw: String) -> DateResult {
        let whole = Int(serial.rounded(.down))
        guard whole >= 10_000, whole <= 2_958_465 else {
            return .invalid("'\(raw)' is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ")
        }
        // Serial 61 is 1900-03-01; from there on serial n is 1899-12-30 + n days.
        let epoch = Day(year: 1899, month: 12, day: 30)!
        return .day(epoch.adding(days: whole))
    }

    /// The Excel serial of a day (1900 system), for writers.
    static func excelSerial(of day: Day) -> Int {
        day.ordinal - Day(year: 1899, month: 12, day: 30)!.ordinal
    }

    /// Yes/no in Dutch and English, `x` for a ticked box.
    static func bool(_ raw: String) -> Bool? {
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ja", "j", "yes", "y", "true", "waar", "1", "x", "wel": true
        case "nee", "n", "no", "false", "onwaar", "0", "niet", "geen": false
        default: nil
        }
    }

    /// Splits a cell holding several values (`AA:BB:…, CC:DD:…`, `10.0.0.1; 10.0.0.2`).
    static func list(_ raw: String) -> [String] {
        raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0.isNewline || $0 == " " || $0 == "\t" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

extension TabularValueParsing {
    /// Splits a cell of several text values (`bekabeld, lora`; `beeld; kenteken`) without splitting on spaces.
    static func textList(_ raw: String) -> [String] {
        raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
