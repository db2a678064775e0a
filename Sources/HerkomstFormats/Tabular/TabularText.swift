/// String helpers for the per-cell hot path. Foundation's trimming and searching go through NSString on Linux and
/// cost microseconds per call; a million-row import calls them tens of millions of times. These work on UTF-8
/// and only fall back to Unicode properties for non-ASCII text.
enum TabularText {
    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// Without whitespace or line breaks at either end (Unicode White_Space, so a no-break space goes too).
    static func trimmed(_ text: String) -> String {
        // Fast exit for the usual cell: starts and ends with a visible ASCII character.
        let ends = text.utf8.withContiguousStorageIfAvailable { buffer in (buffer.first, buffer.last) }
            ?? (text.utf8.first, text.utf8.last)
        guard let first = ends.0, let last = ends.1 else { return text }
        if first < 0x80 && !isASCIISpace(first) && last < 0x80 && !isASCIISpace(last) { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        // Non-ASCII at an end ("Café") but nothing to take off: the text itself, no new string.
        if start == scalars.startIndex && scalars.index(after: end) == scalars.endIndex { return text }
        return String(scalars[start...end])
    }

    /// True when the text is empty or only whitespace.
    static func isBlank(_ text: String) -> Bool {
        for b in text.utf8 {
            if b >= 0x80 { return text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
            if !isASCIISpace(b) { return false }
        }
        return true
    }

    /// Whether `needle` occurs in `haystack`, comparing UTF-8 bytes (both already normalised).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count <= h.count else { return false }
                guard let first = n.first else { return true }
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
