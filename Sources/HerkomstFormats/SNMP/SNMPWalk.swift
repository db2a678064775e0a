/// One value of an SNMP variable binding, as either walk format writes it.
public enum SNMPValue: Hashable, Sendable {
    case octets([UInt8])
    case objectID(String)
    case integer(Int64)
    /// Counter32, Gauge32, TimeTicks, Counter64, Unsigned32.
    case unsigned(UInt64)
    case ipAddress(String)
    /// NULL and the "no such object/instance" markers.
    case null
    /// Types the readers do not interpret (Opaque, BITS, …), kept as written.
    case other(type: String, raw: String)

    /// Octet strings as text: UTF-8 where valid, else ISO 8859-1; trailing NULs and outer whitespace removed.
    public var text: String? {
        switch self {
        case .octets(let bytes):
            var trimmed = bytes[...]
            while trimmed.last == 0 { trimmed = trimmed.dropLast() }
            let text = String(bytes: trimmed, encoding: .utf8)
                ?? String(trimmed.map { Character(Unicode.Scalar($0)) })
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .objectID(let oid): return oid
        case .integer(let value): return String(value)
        case .unsigned(let value): return String(value)
        case .ipAddress(let address): return address
        case .null: return nil
        case .other(_, let raw): return raw
        }
    }

    public var integerValue: Int64? {
        switch self {
        case .integer(let value): return value
        case .unsigned(let value): return Int64(exactly: value)
        case .octets: return text.flatMap { Int64($0) }
        default: return nil
        }
    }
}

/// One line (or multi-line value) of a walk.
public struct SNMPVarBind: Hashable, Sendable {
    /// Numeric OID without a leading dot (`1.3.6.1.2.1.1.1.0`).
    public var oid: String
    public var value: SNMPValue
    /// 1-based line where it starts.
    public var line: Int

    public init(oid: String, value: SNMPValue, line: Int) {
        self.oid = oid
        self.value = value
        self.line = line
    }
}

/// A whole walk, in file order, with lookup by OID (the first binding of an OID wins).
public struct SNMPWalk: Sendable {
    public let bindings: [SNMPVarBind]
    private let byOID: [String: Int]

    public init(_ bindings: [SNMPVarBind]) {
        self.bindings = bindings
        var byOID: [String: Int] = [:]
        for (index, binding) in bindings.enumerated() where byOID[binding.oid] == nil {
            byOID[binding.oid] = index
        }
        self.byOID = byOID
    }

    public subscript(oid: String) -> SNMPVarBind? { byOID[oid].map { bindings[$0] } }

    /// Bindings under a subtree (`prefix` without trailing dot), in file order.
    public func subtree(_ prefix: String) -> [SNMPVarBind] {
        let withDot = prefix + "."
        return bindings.filter { $0.oid.hasPrefix(withDot) }
    }
}

import Foundation
