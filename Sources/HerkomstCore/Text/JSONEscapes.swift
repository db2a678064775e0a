/// The escapes inside a JSON string (RFC 8259 §7), for the readers that scan JSON bytes themselves: the import's
/// hardened parser, which says what is wrong, and the store's reader of its own records, which only needs to know.
public enum JSONEscapes {
    /// The byte a one-letter escape stands for (`n` → line feed, `/` → `/`); nil for `u` and for no escape at all.
    @inlinable
    public static func byte(for letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return letter
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    /// The four hex digits of a `\u` escape starting at `start`, or nil.
    public static func codeUnit(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32? {
        guard start >= 0, start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for i in start..<start + 4 {
            guard let digit = HexDigits.value(bytes[i]) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    public static func isHighSurrogate(_ unit: UInt32) -> Bool { (0xD800...0xDBFF).contains(unit) }

    /// The code point a high and a low surrogate encode together; nil when `low` is no low surrogate.
    public static func combine(high: UInt32, low: UInt32) -> UInt32? {
        guard (0xDC00...0xDFFF).contains(low) else { return nil }
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }
}
