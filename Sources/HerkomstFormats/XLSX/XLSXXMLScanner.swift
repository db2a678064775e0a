/// Why a workbook part is not the XML it should be.
struct XLSXXMLError: Error, Equatable {
    let message: String
    let offset: Int
}

/// A small, strict pull tokenizer for the XML parts of a workbook (no DTD, no entities beyond the five predefined
/// ones and character references, bounded nesting). Hand-written rather than libxml2-backed so that nothing in it
/// can expand entities or fetch anything, and so that it can be fuzzed on its own.
struct XLSXXMLScanner {
    enum Event: Equatable {
        /// An element with its local name (prefix dropped) and attributes (local names; `xmlns` left out).
        case start(name: String, attributes: [String: String])
        case end(name: String)
        case text(String)
    }

    private let bytes: [UInt8]
    private var position = 0
    private var stack: [String] = []
    private var pendingEnd: String?
    let maxDepth: Int

    init(_ bytes: [UInt8], maxDepth: Int = 64) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    var depth: Int { stack.count }

    mutating func next() throws -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            stack.removeLast()
            return .end(name: name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
                if stack.isEmpty {
                    // Only whitespace may stand outside the root element.
                    guard bytes[start..<position].allSatisfy(Self.isSpace) else {
                        throw XLSXXMLError(message: "tekst buiten het hoofdelement", offset: start)
                    }
                    continue
                }
                return .text(try Self.decodeText(bytes[start..<position], offset: start))
            }
            if starts(with: "<?") {
                try skip(past: "?>")
                continue
            }
            if starts(with: "<!--") {
                try skip(past: "-->")
                continue
            }
            if starts(with: "<![CDATA[") {
                guard !stack.isEmpty else { throw XLSXXMLError(message: "CDATA buiten het hoofdelement", offset: position) }
                position += 9
                let start = position
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
            }
            if starts(with: "<!") {
                throw XLSXXMLError(message: "DTD-declaratie (<!…>) niet toegestaan", offset: position)
            }
            if starts(with: "</") {
                position += 2
                let name = try readName()
                skipSpace()
                try expect(UInt8(ascii: ">"))
                guard let open = stack.last else { throw XLSXXMLError(message: "sluittag </\(name)> zonder begin", offset: position) }
                guard open == name else {
                    throw XLSXXMLError(message: "sluittag </\(name)> past niet bij <\(open)>", offset: position)
                }
                stack.removeLast()
                return .end(name: Self.localName(name))
            }
            return try readStartTag()
        }
        if let open = stack.last {
            throw XLSXXMLError(message: "XML is afgebroken: <\(open)> wordt niet gesloten", offset: position)
        }
        return nil
    }

    private mutating func readStartTag() throws -> Event {
        let tagStart = position
        position += 1
        let name = try readName()
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw XLSXXMLError(message: "XML is afgebroken in een tag", offset: tagStart) }
            let c = bytes[position]
            if c == UInt8(ascii: ">") || (c == UInt8(ascii: "/")) { break }
            guard hadSpace else { throw XLSXXMLError(message: "spatie verwacht tussen attributen", offset: position) }
            let attributeName = try readName()
            skipSpace()
            try expect(UInt8(ascii: "="))
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw XLSXXMLError(message: "attribuutwaarde zonder aanhalingstekens", offset: position)
            }
            let quote = bytes[position]
            position += 1
            let valueStart = position
            while position < bytes.count && bytes[position] != quote {
                if bytes[position] == UInt8(ascii: "<") { throw XLSXXMLError(message: "'<' in attribuutwaarde", offset: position) }
                position += 1
            }
            guard position < bytes.count else { throw XLSXXMLError(message: "attribuutwaarde niet gesloten", offset: valueStart) }
            let value = try Self.decodeText(bytes[valueStart..<position], offset: valueStart)
            position += 1
            if attributeName == "xmlns" || attributeName.hasPrefix("xmlns:") { continue }
            attributes[Self.localName(attributeName)] = value
        }
        let selfClosing = bytes[position] == UInt8(ascii: "/")
        if selfClosing {
            position += 1
            try expect(UInt8(ascii: ">"))
        } else {
            position += 1
        }
        guard stack.count < maxDepth else {
            throw XLSXXMLError(message: "XML is dieper genest dan \(maxDepth) niveaus", offset: tagStart)
        }
        stack.append(name)
        if selfClosing { pendingEnd = Self.localName(name) }
        return .start(name: Self.localName(name), attributes: attributes)
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = text.utf8Start
        for k in 0..<count where bytes[position + k] != pointer[k] { return false }
        return true
    }

    private mutating func skip(past terminator: StaticString) throws {
        let start = position
        while position < bytes.count {
            if starts(with: terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw XLSXXMLError(message: "XML is afgebroken", offset: start)
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    private mutating func expect(_ c: UInt8) throws {
        guard position < bytes.count, bytes[position] == c else {
            throw XLSXXMLError(message: "'\(Character(Unicode.Scalar(c)))' verwacht", offset: position)
        }
        position += 1
    }

    private mutating func readName() throws -> String {
        let start = position
        while position < bytes.count {
            let c = bytes[position]
            if Self.isSpace(c) || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=")
                || c == UInt8(ascii: "<") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { break }
            position += 1
        }
        guard position > start, position - start <= 256 else {
            throw XLSXXMLError(message: "ongeldige naam in tag", offset: start)
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    /// Text with the five predefined entities and character references resolved; anything else is refused.
    static func decodeText(_ slice: ArraySlice<UInt8>, offset: Int) throws -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = slice.startIndex
        while i < slice.endIndex {
            let c = slice[i]
            guard c == UInt8(ascii: "&") else { out.append(c); i += 1; continue }
            guard let semicolon = slice[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw XLSXXMLError(message: "'&' zonder entiteit", offset: offset + (i - slice.startIndex))
            }
            let name = String(decoding: slice[(i + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch name {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                } else {
                    throw XLSXXMLError(message: "onbekende entiteit &\(name); (entiteiten worden niet uitgevouwen)",
                                       offset: offset + (i - slice.startIndex))
                }
            }
            guard let scalar, scalar.value != 0 else {
                throw XLSXXMLError(message: "ongeldige tekenverwijzing &\(name);", offset: offset + (i - slice.startIndex))
            }
            out.append(contentsOf: UTF8.encode(scalar)!)
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
