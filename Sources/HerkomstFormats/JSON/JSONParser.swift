import Foundation
import HerkomstCore

/// A strict JSON (RFC 8259) parser with the project's limits: nesting depth bounded, sizes checked before,
/// every error named with its line. Written out rather than `JSONSerialization` because records need their
/// line numbers and hostile files need a depth limit that fails fast.
struct JSONParser {
    let file: String
    let limits: ReaderLimits

    func parse(_ data: Data) throws -> JSONValue {
        try limits.checkSize(of: data.count, file: file)
        return try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var cursor = Cursor(bytes: raw.bindMemory(to: UInt8.self), file: file, maximumDepth: limits.maximumDepth)
            if cursor.bytes.count >= 2, cursor.bytes[0] == 0xFF || cursor.bytes[0] == 0xFE {
                throw InputProblem(file: file, line: 1, message: "JSON in UTF-16 wordt niet gelezen; sla het op als UTF-8")
            }
            if cursor.bytes.count >= 3, cursor.bytes[0] == 0xEF, cursor.bytes[1] == 0xBB, cursor.bytes[2] == 0xBF {
                cursor.position = 3
            }
            cursor.skipWhitespace()
            let value = try cursor.value(depth: 0)
            cursor.skipWhitespace()
            if cursor.position < cursor.bytes.count {
                throw cursor.problem("na het einde van het JSON-document staat nog inhoud")
            }
            return value
        }
    }
}

private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let maximumDepth: Int
    var position = 0
    var line = 1

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, maximumDepth: Int) {
        self.bytes = bytes
        self.file = file
        self.maximumDepth = maximumDepth
    }

    func problem(_ message: String) -> InputProblem {
        InputProblem(file: file, line: line, message: "ongeldige JSON: \(message)")
    }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x0A: line += 1
            case 0x20, 0x09, 0x0D: break
            default: return
            }
            position += 1
        }
    }

    mutating func expect(_ literal: String, _ value: JSONValue) throws -> JSONValue {
        for byte in literal.utf8 {
            guard current == byte else { throw problem("onverwacht teken; verwacht '\(literal)'") }
            position += 1
        }
        return value
    }

    mutating func value(depth: Int) throws -> JSONValue {
        guard let c = current else { throw problem("onverwacht einde van het bestand; afgekapt?") }
        switch c {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default:
            if c < 0x20 || c >= 0x80 && !(0xC2...0xF4).contains(c) {
                throw problem("binaire inhoud (byte 0x\(String(c, radix: 16))); dit is geen JSON-tekst")
            }
            throw problem("onverwacht teken '\(Unicode.Scalar(c))'")
        }
    }

    mutating func checkDepth(_ depth: Int) throws {
        if depth > maximumDepth {
            throw InputProblem(file: file, line: line,
                               message: "JSON is dieper genest dan \(maximumDepth) niveaus; geweigerd")
        }
    }

    mutating func object(depth: Int) throws -> JSONValue {
        try checkDepth(depth)
        let startLine = line
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(JSONObject(line: startLine, members: members))
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                throw problem(current == nil ? "object van regel \(startLine) wordt niet afgesloten; afgekapt?"
                                             : "verwacht een sleutel tussen aanhalingstekens")
            }
            let key = try string()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw problem("verwacht ':' na sleutel \"\(key)\"") }
            position += 1
            skipWhitespace()
            members.append((key, try value(depth: depth)))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(JSONObject(line: startLine, members: members))
            case nil: throw problem("object van regel \(startLine) wordt niet afgesloten; afgekapt?")
            default: throw problem("verwacht ',' of '}' in object van regel \(startLine)")
            }
        }
    }

    mutating func array(depth: Int) throws -> JSONValue {
        try checkDepth(depth)
        let startLine = line
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            return .array(items, line: startLine)
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return .array(items, line: startLine)
            case nil: throw problem("lijst van regel \(startLine) wordt niet afgesloten; afgekapt?")
            default: throw problem("verwacht ',' of ']' in lijst van regel \(startLine)")
            }
        }
    }

    mutating func string() throws -> String {
        let startLine = line
        position += 1
        var utf8: [UInt8] = []
        while true {
            guard let c = current else { throw problem("tekst van regel \(startLine) wordt niet afgesloten; afgekapt?") }
            position += 1
            switch c {
            case UInt8(ascii: "\""):
                guard let s = String(bytes: utf8, encoding: .utf8) else {
                    throw problem("tekst is geen geldige UTF-8")
                }
                return s
            case UInt8(ascii: "\\"):
                guard let e = current else { throw problem("onverwacht einde in tekst") }
                position += 1
                if let byte = JSONEscapes.byte(for: e) {
                    utf8.append(byte)
                } else if e == UInt8(ascii: "u") {
                    var scalar = try hex4()
                    if JSONEscapes.isHighSurrogate(scalar) {
                        guard current == UInt8(ascii: "\\"), position + 1 < bytes.count,
                              bytes[position + 1] == UInt8(ascii: "u") else { throw problem("losse UTF-16-surrogaat") }
                        position += 2
                        guard let pair = JSONEscapes.combine(high: scalar, low: try hex4()) else {
                            throw problem("ongeldig UTF-16-surrogaatpaar")
                        }
                        scalar = pair
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw problem("ongeldig Unicode-teken") }
                    utf8.append(contentsOf: Array(String(Character(u)).utf8))
                } else {
                    throw problem("ongeldige escape '\\\(Unicode.Scalar(e))'")
                }
            default:
                if c < 0x20 { throw problem(c == 0x0A ? "regeleinde binnen tekst" : "stuurteken binnen tekst") }
                utf8.append(c)
            }
        }
    }

    mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw problem("onvolledige \\u-escape") }
        guard let unit = JSONEscapes.codeUnit(bytes, at: position) else { throw problem("ongeldige \\u-escape") }
        position += 4
        return unit
    }

    mutating func number() throws -> String {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        func digits() -> Int {
            var n = 0
            while let c = current, c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { position += 1; n += 1 }
            return n
        }
        let first = current
        guard digits() > 0 else { throw problem("ongeldig getal") }
        if first == UInt8(ascii: "0"), position - start > (bytes[start] == UInt8(ascii: "-") ? 2 : 1) {
            throw problem("getal met voorloopnul")
        }
        if current == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw problem("ongeldig getal: cijfers na de punt ontbreken") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw problem("ongeldig getal: exponent ontbreekt") }
        }
        guard position - start <= 64 else { throw problem("getal van meer dan 64 tekens") }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }
}
