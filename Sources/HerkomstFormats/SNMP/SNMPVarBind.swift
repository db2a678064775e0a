/// One value of an SNMP walk, in the few shapes the readers need to tell apart.
enum SNMPValue: Hashable, Sendable {
    /// OCTET STRING (and Opaque): raw bytes, whether the walk gave them as text or as hex.
    case octets([UInt8])
    case integer(Int64)
    /// Counter32, Gauge32, TimeTicks, Counter64.
    case unsigned(UInt64)
    /// OBJECT IDENTIFIER, normalised without a leading dot.
    case oid(String)
    case ipAddress(String)
    /// NULL, noSuchObject, noSuchInstance, endOfMibView: nothing to read.
    case empty
    /// A value the readers keep but do not interpret (BITS, variation-module arguments, …).
    case other(String)

    /// The value as text: octets decoded as UTF-8 (Latin-1 when not valid UTF-8), trailing NULs and
    /// surrounding whitespace removed; nil when there is nothing.
    var text: String? {
        let raw: String
        switch self {
        case .octets(let bytes):
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0 { end -= 1 }
            let slice = bytes[..<end]
            raw = String(bytes: slice, encoding: .utf8) ?? latin1String(slice)
        case .integer(let v): raw = String(v)
        case .unsigned(let v): raw = String(v)
        case .oid(let v), .ipAddress(let v), .other(let v): raw = v
        case .empty: return nil
        }
        let trimmed = raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    var integerValue: Int64? {
        switch self {
        case .integer(let v): return v
        case .unsigned(let v): return v <= UInt64(Int64.max) ? Int64(v) : nil
        default: return nil
        }
    }
}

/// One line (or multi-line entry) of a walk: an object identifier and its value.
struct SNMPVarBind: Hashable, Sendable {
    /// Numeric OID without a leading dot (`1.3.6.1.2.1.1.1.0`).
    var oid: String
    var value: SNMPValue
    /// The line where it starts, for messages.
    var line: Int
}

/// Numeric object identifiers as text.
enum OIDText {
    /// Drops a leading dot and checks that what is left is numeric arcs separated by dots.
    static func normalise(_ text: Substring) -> String? {
        var body = text
        if body.hasPrefix(".") { body = body.dropFirst() }
        if body.hasPrefix("iso.") { body = "1." + body.dropFirst(4) }
        guard !body.isEmpty, body.count <= 1024 else { return nil }
        var lastWasDot = true
        for c in body.utf8 {
            if c == UInt8(ascii: ".") {
                if lastWasDot { return nil }
                lastWasDot = true
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                lastWasDot = false
            } else {
                return nil
            }
        }
        guard !lastWasDot, body.contains(".") else { return nil }
        return String(body)
    }

    /// True when `oid` is `prefix` or lies below it.
    static func isWithin(_ oid: String, _ prefix: String) -> Bool {
        oid == prefix || (oid.hasPrefix(prefix) && oid.utf8.dropFirst(prefix.utf8.count).first == UInt8(ascii: "."))
    }

    /// The enterprise number of an OID under 1.3.6.1.4.1 (`1.3.6.1.4.1.2011.2.23` → 2011).
    static func enterpriseNumber(_ oid: String) -> UInt32? {
        let prefix = "1.3.6.1.4.1."
        guard oid.hasPrefix(prefix) else { return nil }
        let rest = oid.utf8.dropFirst(prefix.utf8.count)
        let digits = rest.prefix { $0 != UInt8(ascii: ".") }
        return UInt32(String(decoding: digits, as: UTF8.self))
    }
}

/// Hex text (`48 75 61`, `487561`, `48:75:61`) to bytes; nil when it is not hex.
enum HexBytes {
    static func decode<S: StringProtocol>(_ text: S) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count / 2)
        var high: UInt8?
        for c in text.utf8 {
            if c == UInt8(ascii: " ") || c == UInt8(ascii: ":") || c == UInt8(ascii: "\t") {
                if high != nil { return nil }  // a lone nibble
                continue
            }
            guard let nibble = nibble(c) else { return nil }
            if let h = high {
                bytes.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return high == nil ? bytes : nil
    }

    static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

import Foundation
