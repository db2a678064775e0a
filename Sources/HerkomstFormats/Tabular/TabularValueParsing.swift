import Foundation
import HerkomstCore

/// Reads the numbers, dates and yes/no answers that people type into spreadsheets, in Dutch and English habits.
/// Each parser returns nil or a Dutch reason, never guesses silently.
enum TabularValueParsing {
    /// A decimal number as Dutch or English spreadsheets write it: `52,0799`, `52.0799`, `1.234,5`, `1,234.5`,
    /// `-3.5e2`; a trailing degree sign and a Unicode minus are allowed. Works on bytes: it runs for every number
    /// cell of an import.
    static func number(_ raw: String) -> Double? {
        var text = TabularText.trimmed(raw)
        return text.withUTF8 { source in
            guard !source.isEmpty, source.count <= 64 else { return nil }
            // At most 64 bytes: normalised on the stack, no allocation per cell.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
                number(source, scratch: buffer)
            }
        }
    }

    private static func number(_ source: UnsafeBufferPointer<UInt8>, scratch chars: UnsafeMutableBufferPointer<UInt8>) -> Double? {
        var end = source.count
        if end >= 2 && source[end - 2] == 0xC2 && source[end - 1] == 0xB0 {
            end -= 2  // °
        }
        var count = 0
        var commas = 0, dots = 0, lastComma = -1, lastDot = -1
        var i = 0
        while i < end {
            var c = source[i]
            if c == 0xE2 && i + 2 < end && source[i + 1] == 0x88 && source[i + 2] == 0x92 {
                c = UInt8(ascii: "-")  // U+2212 minus sign
                i += 2
            }
            switch c {
            case UInt8(ascii: ","): commas += 1; lastComma = count
            case UInt8(ascii: "."): dots += 1; lastDot = count
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "e"),
                 UInt8(ascii: "E"): break
            default: return nil
            }
            chars[count] = c
            count += 1
            i += 1
        }
        if commas > 0 && dots > 0 {
            // Both present: the later one is the decimal separator, the other groups thousands.
            let decimal = lastComma > lastDot ? UInt8(ascii: ",") : UInt8(ascii: ".")
            var kept = 0
            for k in 0..<count {
                let c = chars[k]
                if c == UInt8(ascii: ",") || c == UInt8(ascii: ".") {
                    guard c == decimal else { continue }
                    chars[kept] = UInt8(ascii: ".")
                } else {
                    chars[kept] = c
                }
                kept += 1
            }
            count = kept
        } else if commas > 0 {
            guard commas == 1 else { return nil }
            chars[lastComma] = UInt8(ascii: ".")
        } else if dots > 1 {
            return nil
        }
        let text = UnsafeBufferPointer(rebasing: chars[..<count])
        if let exact = exactDecimal(text) { return exact }
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// Powers of ten that a Double holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { acc, _ in acc * 10 } }

    /// `[-+]digits[.digits]` with at most 15 digits, without the C library: the digits as an integer and the
    /// power of ten are both exact Doubles, so one IEEE division gives the correctly rounded value — the same
    /// Double that `Double(String)` returns. Anything else (exponents, long numbers) is nil and takes that path.
    private static func exactDecimal(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if i < text.count && (text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+")) {
            negative = text[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals = 0
        var sawPoint = false
        while i < text.count {
            let c = text[i]
            if c == UInt8(ascii: ".") {
                guard !sawPoint else { return nil }
                sawPoint = true
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                // More digits than a Double holds exactly (and than the mantissa may take): not this path.
                guard digits < 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(c - UInt8(ascii: "0"))
                digits += 1
                if sawPoint { decimals += 1 }
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let magnitude = Double(mantissa) / exactPowersOfTen[decimals]
        return negative ? -magnitude : magnitude
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
        var text = TabularText.trimmed(raw)
        if let iso = text.withUTF8(isoDay) {
            return iso.map(DateResult.day) ?? .invalid("datum '\(raw)' bestaat niet")
        }
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

    /// `YYYY-MM-DD`, the common case, read straight from the bytes: nil when the text has another shape,
    /// `.some(nil)` when it has this shape but names no real day (what the general path says too).
    private static func isoDay(_ b: UnsafeBufferPointer<UInt8>) -> Day?? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        var value = 0
        var fields = (0, 0, 0)
        for i in 0..<10 where i != 4 && i != 7 {
            let digit = Int(b[i]) - Int(UInt8(ascii: "0"))
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
            if i == 3 { fields.0 = value; value = 0 }
            if i == 6 { fields.1 = value; value = 0 }
        }
        fields.2 = value
        return .some(Day(year: fields.0, month: fields.1, day: fields.2))
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
        if isSingleItem(raw) {
            return raw.isEmpty ? [] : [raw]
        }
        return raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0.isNewline || $0 == " " || $0 == "\t" })
            .map { TabularText.trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }
}

extension TabularValueParsing {
    /// True when `list` would not split the text: it holds none of the separators.
    static func isSingleItem(_ raw: String) -> Bool {
        var text = raw
        return text.withUTF8 { bytes in
            for b in bytes where b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: "|")
                || TabularText.isASCIISpace(b) {
                return false
            }
            return true
        }
    }

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

extension TabularValueParsing {
    /// A MAC address as `MACAddress(_:)` accepts it (`:`, `-`, `.` and spaces anywhere, twelve hex digits), read
    /// without collecting the digits in an array: it runs for every row of a network inventory.
    static func macAddress(_ text: String) -> MACAddress? {
        var value: UInt64 = 0
        var digits = 0
        for c in text.utf8 {
            let nibble: UInt8
            switch c {
            case UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = c - UInt8(ascii: "A") + 10
            default: return nil
            }
            digits += 1
            guard digits <= 12 else { return nil }
            value = value << 4 | UInt64(nibble)
        }
        return digits == 12 ? MACAddress(value: value) : nil
    }
}
