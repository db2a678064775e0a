/// A parsed JSON value that remembers the line each object and array started on, so that every record a
/// JSON reader makes can point back to its place in the file.
indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// The number as written (`17`, `4.8952`), so that ids stay ids and nothing is rounded.
    case number(String)
    case string(String)
    case array([JSONValue], line: Int)
    case object(JSONObject)

    var object: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let a, _) = self { return a }
        return nil
    }

    /// Strings as they are, numbers as written, booleans as `true`/`false`; nil for null, arrays and objects.
    var text: String? {
        switch self {
        case .string(let s):
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    var double: Double? {
        switch self {
        case .number(let n): return Double(n)
        case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
        default: return nil
        }
    }

    var bool: Bool? {
        switch self {
        case .bool(let b): return b
        case .string(let s): return YesNo.parse(s)
        case .number(let n): return n == "1" ? true : n == "0" ? false : nil
        default: return nil
        }
    }

    var line: Int? {
        switch self {
        case .array(_, let line): return line
        case .object(let o): return o.line
        default: return nil
        }
    }
}

/// A JSON object with its members in file order and the line of its opening brace.
struct JSONObject: Sendable {
    var line: Int
    var members: [(key: String, value: JSONValue)]

    subscript(key: String) -> JSONValue? {
        members.last { $0.key == key }?.value
    }

    var keys: [String] { members.map(\.key) }

    /// Follows a path of keys through nested objects (`device_type`, `manufacturer`, `name`).
    func value(at path: String...) -> JSONValue? {
        var current: JSONValue = .object(self)
        for key in path {
            guard let next = current.object?[key] else { return nil }
            current = next
        }
        return current
    }

    func text(_ path: String...) -> String? {
        var current: JSONValue = .object(self)
        for key in path {
            guard let next = current.object?[key] else { return nil }
            current = next
        }
        return current.text
    }
}

/// Dutch and English yes/no as registers write them.
enum YesNo {
    static func parse(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ja", "j", "yes", "y", "true", "waar", "1", "x": return true
        case "nee", "n", "no", "false", "onwaar", "0": return false
        default: return nil
        }
    }
}

import Foundation
