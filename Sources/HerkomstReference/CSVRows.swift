import Foundation

/// A minimal RFC 4180 reader over bytes (quoted fields, doubled quotes, line breaks inside quotes, CRLF) that
/// copies nothing: each field is a byte range of the buffer, decoded only when someone reads it. Reading the
/// IEEE registries this way costs one pass over their bytes, so `identify` starts quickly even in a debug build.
enum CSVRows {
    struct Field: Sendable {
        var start: Int
        var end: Int
        /// Quoted and holding a doubled quote, which `string` undoes.
        var hasEscapedQuote: Bool

        var isEmpty: Bool { start == end }
    }

    /// Calls `body` with the fields of each record and the 1-based line it starts on; stops when `body` returns false.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ fields: [Field], _ line: Int) throws -> Bool) rethrows {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var fields: [Field] = []
        fields.reserveCapacity(8)
        var i = 0
        var line = 1
        var recordLine = 1
        let n = bytes.count
        while i < n {
            var field = Field(start: i, end: i, hasEscapedQuote: false)
            if bytes[i] == quote {
                i += 1
                field.start = i
                while i < n {
                    if bytes[i] == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            field.hasEscapedQuote = true
                            i += 2
                            continue
                        }
                        break
                    }
                    if bytes[i] == newline { line += 1 }
                    i += 1
                }
                field.end = min(i, n)
                i += 1
                // Anything between a closing quote and the separator is not part of the field.
                while i < n && bytes[i] != comma && bytes[i] != newline { i += 1 }
            } else {
                while i < n && bytes[i] != comma && bytes[i] != newline { i += 1 }
                field.end = i
                if field.end > field.start && bytes[field.end - 1] == cr { field.end -= 1 }
            }
            fields.append(field)
            if i >= n || bytes[i] == newline {
                // A blank line is no record.
                if !(fields.count == 1 && fields[0].isEmpty) {
                    guard try body(fields, recordLine) else { return }
                }
                fields.removeAll(keepingCapacity: true)
                line += 1
                recordLine = line
            }
            i += 1
        }
    }

    static func string(_ field: Field, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self)
        return field.hasEscapedQuote ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    static func equals(_ field: Field, _ text: String, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var j = field.start
        for byte in text.utf8 {
            guard j < field.end, bytes[j] == byte else { return false }
            j += 1
        }
        return j == field.end
    }
}
