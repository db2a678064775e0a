import Foundation
import HerkomstCore

/// A parsed JSON value. Objects keep their keys; numbers are doubles (coordinates, ids).
indirect enum JSONValue: Hashable, Sendable, Decodable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var objectValue: [String: JSONValue]? { if case .object(let o) = self { return o } else { return nil } }
    var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    var doubleValue: Double? {
        switch self {
        case .number(let n): return n
        case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
        default: return nil
        }
    }

    /// Scalars as text (`17`, not `17.0`, for whole numbers); nil for null, empty text, arrays and objects.
    var text: String? {
        switch self {
        case .string(let s):
            let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case .number(let n):
            if n.rounded() == n, abs(n) < 1e15 { return String(Int64(n)) }
            return String(n)
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }
}

/// Reads JSON without trusting it: size limit, no binary, nesting bounded before the decoder recurses, and
/// syntax errors reported with their line.
enum JSONInput {
    static func parse(_ data: Data, file: String, limits: ReaderLimits) throws -> JSONValue {
        try limits.checkSize(of: data.count, file: file)
        let bytes = [UInt8](data)
        try checkStructure(bytes, file: file, maximumDepth: limits.maximumDepth)
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                ?? context.debugDescription
            throw InputProblem(file: file, line: lineNumber(in: detail), message: "ongeldige JSON: \(detail)")
        } catch {
            throw InputProblem(file: file, message: "ongeldige JSON: \(error)")
        }
    }

    /// One pass over the bytes: NUL bytes and nesting depth outside strings.
    private static func checkStructure(_ bytes: [UInt8], file: String, maximumDepth: Int) throws {
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        for byte in bytes {
            if byte == 0x0A { line += 1 }
            if byte == 0 {
                throw InputProblem(file: file, line: line, message: "binaire inhoud (NUL-byte): dit is geen JSON-tekst")
            }
            if inString {
                if escaped { escaped = false }
                else if byte == UInt8(ascii: "\\") { escaped = true }
                else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumDepth {
                    throw InputProblem(file: file, line: line, message: "JSON is dieper genest dan \(maximumDepth) niveaus; geweigerd")
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
    }

    /// "… around line 3, column 7." → 3
    private static func lineNumber(in message: String) -> Int? {
        guard let range = message.range(of: "line ") else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
    }
}
