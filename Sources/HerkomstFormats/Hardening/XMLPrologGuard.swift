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
}
