import HerkomstCore

/// Looks at the bytes before the root element and refuses what could make an XML parser expand entities or
/// fetch outside resources: a DOCTYPE with an internal subset or an external identifier, and any entity
/// declaration anywhere. A bare `<!DOCTYPE nmaprun>`, which real nmap writes, is harmless and accepted.
/// This runs before any parser sees the data, so the answer does not depend on the parser's own settings.
enum XMLPrologGuard {
    static func check(_ bytes: [UInt8], file: String) throws {
        if let nul = bytes.firstIndex(of: 0) {
            throw InputProblem(file: file, line: lineNumber(of: nul, in: bytes),
                               message: "binaire inhoud (NUL-byte): dit is geen XML-tekst")
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw InputProblem(file: file, line: 1, message: "XML in UTF-16 wordt niet gelezen; sla het bestand op als UTF-8")
        }
        // Invalid UTF-8 in a name crashes Foundation's XMLParser on Linux (found by fuzzing): refuse it first.
        let encoding = declaredEncoding(bytes)
        if let encoding, !utf8Names.contains(encoding), !convertedEncodings.contains(encoding) {
            throw InputProblem(file: file, line: 1, field: "encoding",
                               message: "tekenset '\(encoding.prefix(40))' wordt niet gelezen; sla het bestand op als UTF-8")
        }
        if encoding.map(utf8Names.contains) ?? true, let bad = firstInvalidUTF8(bytes) {
            throw InputProblem(file: file, line: lineNumber(of: bad, in: bytes),
                               message: "ongeldige UTF-8 (byte 0x\(String(bytes[bad], radix: 16))); sla het bestand op als UTF-8")
        }
        if let empty = firstEmptyProcessingInstruction(bytes) {
            throw InputProblem(file: file, line: lineNumber(of: empty, in: bytes), field: "<?",
                               message: "verwerkingsinstructie zonder inhoud (<?naam?>) geweigerd")
        }
        if let entity = find(Array("<!ENTITY".utf8), in: bytes, from: 0) {
            throw InputProblem(file: file, line: lineNumber(of: entity, in: bytes), field: "<!ENTITY",
                               message: "XML met entiteitdeclaraties wordt geweigerd (risico op entiteitexpansie of het lezen van externe bestanden)")
        }
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "<") else {
                throw InputProblem(file: file, line: lineNumber(of: index, in: bytes),
                                   message: "geen XML: tekst vóór het eerste element")
            }
            if startsWith("<?", at: index, in: bytes) {
                index = try skip(past: "?>", from: index, in: bytes, file: file, what: "verwerkingsinstructie")
            } else if startsWith("<!--", at: index, in: bytes) {
                index = try skip(past: "-->", from: index, in: bytes, file: file, what: "commentaar")
            } else if startsWith("<!DOCTYPE", at: index, in: bytes) {
                let end = try skip(past: ">", from: index, in: bytes, file: file, what: "DOCTYPE")
                try checkDoctype(Array(bytes[index..<end]), line: lineNumber(of: index, in: bytes), file: file)
                index = end
            } else if startsWith("<!", at: index, in: bytes) {
                throw InputProblem(file: file, line: lineNumber(of: index, in: bytes),
                                   message: "onverwachte declaratie vóór het eerste element")
            } else {
                return  // the root element starts here
            }
        }
        throw InputProblem(file: file, message: "geen XML-element gevonden (leeg of afgebroken bestand)")
    }

    /// Only `<!DOCTYPE name>` passes: no `[` (internal subset), no SYSTEM or PUBLIC (external DTD).
    private static func checkDoctype(_ declaration: [UInt8], line: Int, file: String) throws {
        let text = String(decoding: declaration, as: UTF8.self)
        if text.contains("[") {
            throw InputProblem(file: file, line: line, field: "<!DOCTYPE",
                               message: "DOCTYPE met interne declaraties wordt geweigerd (risico op entiteitexpansie)")
        }
        let words = text.dropFirst("<!DOCTYPE".count).dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        if words.contains(where: { $0 == "SYSTEM" || $0 == "PUBLIC" }) || words.count > 1 {
            throw InputProblem(file: file, line: line, field: "<!DOCTYPE",
                               message: "DOCTYPE met een externe verwijzing (SYSTEM/PUBLIC) wordt geweigerd")
        }
    }

    private static func skip(past terminator: String, from start: Int, in bytes: [UInt8], file: String, what: String) throws -> Int {
        let pattern = Array(terminator.utf8)
        guard let found = find(pattern, in: bytes, from: start + 2) else {
            throw InputProblem(file: file, line: lineNumber(of: start, in: bytes),
                               message: "afgebroken XML: \(what) wordt niet afgesloten")
        }
        return found + pattern.count
    }

    private static func startsWith(_ prefix: String, at index: Int, in bytes: [UInt8]) -> Bool {
        let pattern = Array(prefix.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }

    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes[..<min(offset, bytes.count)] where byte == 0x0A { line += 1 }
        return line
    }

    static let utf8Names: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]
    /// Single-byte encodings the parser converts to UTF-8 itself; anything else is refused.
    static let convertedEncodings: Set<String> = [
        "iso-8859-1", "latin1", "iso-8859-15", "windows-1252", "cp1252", "iso-8859-2",
    ]

    /// The encoding named in the XML declaration, lower-cased; nil when there is none.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard startsWith("<?xml", at: start, in: bytes),
              let end = find(Array("?>".utf8), in: bytes, from: start) else { return nil }
        let declaration = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
        guard let range = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        return String(rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " })
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlong
    /// forms, no surrogates, nothing above U+10FFFF), or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if bytes[i + 1] < low || bytes[i + 1] > high { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    /// A processing instruction without data (`<?x?>`) crashes Foundation's XMLParser on Linux (found by
    /// fuzzing); real files never carry one. Returns the offset of the first, or nil.
    static func firstEmptyProcessingInstruction(_ bytes: [UInt8]) -> Int? {
        var from = 0
        while let start = find(Array("<?".utf8), in: bytes, from: from) {
            var i = start + 2
            while i < bytes.count, !" \t\r\n?".utf8.contains(bytes[i]) { i += 1 }
            while i < bytes.count, " \t\r\n".utf8.contains(bytes[i]) { i += 1 }
            if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "?"), bytes[i + 1] == UInt8(ascii: ">") { return start }
            from = start + 2
        }
        return nil
    }
}
