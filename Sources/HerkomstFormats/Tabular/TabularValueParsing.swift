import Foundation
import HerkomstCore

/// Reads the numbers, dates and yes/no answers that people type into spreadsheets, in Dutch and English habits.
/// Each parser returns nil or a Dutch reason, never guesses silently.
enum TabularValueParsing {
    /// A decimal number as Dutch or English spreadsheets write it: `52,0799`, `52.0799`, `1.234,5`, `1,234.5`,
    /// `-3.5e2`; a trailing degree sign and a Unicode minus are allowed. Works on bytes: it runs for every number
    /// cell of an import.
    static func number(_ raw: String) -> Double? {
        var source = Array(TabularText.trimmed(raw).utf8)
        guard !source.isEmpty, source.count <= 64 else { return nil }
        if source.count >= 2 && source[source.count - 2] == 0xC2 && source[source.count - 1] == 0xB0 {
            source.removeLast(2)  // °
        }
        var chars: [UInt8] = []
        chars.reserveCapacity(source.count)
        var commas = 0, dots = 0, lastComma = -1, lastDot = -1
        var i = 0
        while i < source.count {
            var c = source[i]
            if c == 0xE2 && i + 2 < source.count && source[i + 1] == 0x88 && source[i + 2] == 0x92 {
                c = UInt8(ascii: "-")  // U+2212 minus sign
                i += 2
            }
            switch c {
            case UInt8(ascii: ","): commas += 1; lastComma = chars.count
            case UInt8(ascii: "."): dots += 1; lastDot = chars.count
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "e"),
                 UInt8(ascii: "E"): break
            default: return nil
            }
            chars.append(c)
            i += 1
        }
        if commas > 0 && dots > 0 {
            // Both present: the later one is the decimal separator, the other groups thousands.
            let decimal = lastComma > lastDot ? UInt8(ascii: ",") : UInt8(ascii: ".")
            chars = chars.compactMap { c in
                if c == UInt8(ascii: ",") || c == UInt8(ascii: ".") { return c == decimal ? UInt8(ascii: ".") : nil }
                return c
            }
        } else if commas > 0 {
            guard commas == 1 else { return nil }
            chars[lastComma] = UInt8(ascii: ".")
        } else if dots > 1 {
            return nil
        }
        guard let value = Double(String(decoding: chars, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// An RD coordinate in metres. Besides plain numbers it accepts Dutch thousands grouping without decimals
    /// (`155.000`), which `number` would read as 155.
    static func rdCoordinate(_ raw: String) -> Double? {
        let text = TabularText.trimmed(raw)
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
        let text = TabularText.trimmed(raw)
        let bytes = Array(text.utf8)
        let datePart = bytes[..<(bytes.firstIndex { $0 == UInt8(ascii: "T") || $0 == 0x20 } ?? bytes.count)]
        let isDigit = { (c: UInt8) in c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        if let separator = datePart.first(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }),
           datePart.filter({ $0 == separator }).count == 2,
           datePart.allSatisfy({ $0 == separator || isDigit($0) }) {
            let parts = datePart.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 }) else {
                return .invalid("'\(raw)' is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ")
            }
            let numbers = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
            guard parts[0].count == 4 || parts[2].count == 4 else {
                return .invalid("'\(raw)' heeft geen jaar van vier cijfers; gebruik JJJJ-MM-DD of DD-MM-JJJJ")
            }
            let (year, month, dayOfMonth) = parts[0].count == 4 ? (numbers[0], numbers[1], numbers[2])
                                                                : (numbers[2], numbers[1], numbers[0])
            guard let day = Day(year: year, month: month, day: dayOfMonth) else {
                return .invalid("datum '\(raw)' bestaat niet")
            }
            return .day(day)
        }
        if bytes.count == 8, bytes.allSatisfy(isDigit), bytes[0] == UInt8(ascii: "1") || bytes[0] == UInt8(ascii: "2") {
            // YYYYMMDD, as database exports write it.
            let n = bytes.map { Int($0 - UInt8(ascii: "0")) }
            let (y, m, d) = (n[0] * 1000 + n[1] * 100 + n[2] * 10 + n[3], n[4] * 10 + n[5], n[6] * 10 + n[7])
            if (1900...2099).contains(y) {
                guard let day = Day(year: y, month: m, day: d) else { return .invalid("datum '\(raw)' bestaat niet") }
                return .day(day)
            }
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
        switch TabularText.trimmed(raw).lowercased() {
        case "ja", "j", "yes", "y", "true", "waar", "1", "x", "wel": true
        case "nee", "n", "no", "false", "onwaar", "0", "niet", "geen": false
        default: nil
        }
    }

    /// Splits a cell holding several values (`AA:BB:…, CC:DD:…`, `10.0.0.1; 10.0.0.2`).
    static func list(_ raw: String) -> [String] {
        // Most cells hold one value: no separator, nothing to split.
        if !raw.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "|")
                || TabularText.isASCIISpace($0) }) {
            return raw.isEmpty ? [] : [raw]
        }
        return raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0.isNewline || $0 == " " || $0 == "\t" })
            .map { TabularText.trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }
}

extension TabularValueParsing {
    /// Splits a cell of several text values (`bekabeld, lora`; `beeld; kenteken`) without splitting on spaces.
    /// Several values in one cell, separated by `;`, `|`, new lines or commas — but never by a comma inside
    /// parentheses ("fijnstof (PM2.5, PM10)"). The export writes `; `.
    static func textList(_ raw: String) -> [String] {
        // Most cells hold one value: no separator, nothing to walk through character by character.
        if !raw.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "|")
                || $0 == 0x0A || $0 == 0x0D || $0 >= 0x80 }) {
            let single = TabularText.trimmed(raw)
            return single.isEmpty ? [] : [single]
        }
        var parts: [String] = [], current = "", depth = 0
        for ch in raw {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
            let separates = ch == ";" || ch == "|" || ch.isNewline || (ch == "," && depth == 0)
            if separates { parts.append(current); current = "" } else { current.append(ch) }
        }
        parts.append(current)
        return parts.map { TabularText.trimmed($0) }.filter { !$0.isEmpty }
    }
}

extension TabularValueParsing {
    /// A dotted-quad IPv4 address (no leading zeros), checked on bytes; Core's check handles IPv6 and the rest.
    static func isIPv4(_ text: String) -> Bool {
        var parts = 0, digits = 0, value = 0, leadingZero = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0 else { return false }
                parts += 1
                digits = 0; value = 0; leadingZero = false
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return false }
            if digits == 1 && leadingZero { return false }
            if digits == 0 && byte == UInt8(ascii: "0") { leadingZero = true }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            guard digits <= 3, value <= 255 else { return false }
        }
        return parts == 3 && digits > 0
    }
}
