import Foundation
import HerkomstCore

/// Reads an SNMP walk in snmpsim's `.snmprec` form — one `OID|type|value` per line, type `4x` for hex-encoded
/// octets — into what it says about the device. Any malformed line stops the read with its line number.
public struct SnmprecReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .scan) {
        self.limits = limits
    }

    public func read(_ data: Data, file: String) throws -> ObservedDevice {
        try limits.checkSize(data, file: file)
        var interpreter = SNMPWalkInterpreter(file: file)
        try TextLines(data: data, file: file, maximumLineLength: limits.maximumLineLength).forEach { line, number in
            guard let varBind = try parse(line, number: number, file: file) else { return }
            interpreter.add(varBind)
        }
        guard interpreter.count > 0 else {
            throw InputProblem(file: file, message: "geen enkele SNMP-waarde gevonden; is dit een .snmprec-bestand?")
        }
        return interpreter.finish()
    }

    func parse(_ line: String, number: Int, file: String) throws -> SNMPVarBind? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        let parts = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            let hint = line.contains(" = ") ? "; dit lijkt snmpwalk-uitvoer (lees het als snmpwalk)" : ""
            throw InputProblem(file: file, line: number,
                               message: "verwacht OID|type|waarde, maar de regel heeft \(parts.count - 1) "
                               + "scheidingsteken(s) '|'\(hint)")
        }
        guard let oid = OIDText.normalise(parts[0]) else {
            throw InputProblem(file: file, line: number, field: "OID",
                               message: "'\(parts[0].prefix(80))' is geen numerieke OID")
        }
        let value = try Self.value(tag: parts[1], text: parts[2], line: number, file: file)
        return SNMPVarBind(oid: oid, value: value, line: number)
    }

    /// snmpsim tags: the ASN.1/SMI type number, `x` when the value is hex, `:module` for a variation module.
    static func value(tag rawTag: Substring, text: Substring, line: Int, file: String) throws -> SNMPValue {
        func problem(_ message: String) -> InputProblem {
            InputProblem(file: file, line: line, field: "type \(rawTag)", message: message)
        }
        var tag = rawTag
        if let colon = tag.firstIndex(of: ":") {
            // A variation module computes the value at run time; the text is its arguments, not a value.
            tag = tag[..<colon]
            guard Int(tag.hasSuffix("x") ? tag.dropLast() : tag) != nil else { throw problem("onbekend type") }
            return .other(String(text))
        }
        let hex = tag.hasSuffix("x")
        if hex { tag = tag.dropLast() }
        guard let type = Int(tag) else { throw problem("onbekend type '\(rawTag)'") }
        func bytes() throws -> [UInt8] {
            guard hex else { return Array(text.utf8) }
            guard let decoded = HexBytes.decode(text) else {
                throw problem("waarde '\(text.prefix(40))' is geen geldige hexadecimale tekst")
            }
            return decoded
        }
        switch type {
        case 2:
            guard let v = Int64(hex ? String(decoding: try bytes(), as: UTF8.self) : String(text)) else {
                throw problem("'\(text.prefix(40))' is geen geheel getal")
            }
            return .integer(v)
        case 65, 66, 67, 70:
            guard let v = UInt64(hex ? String(decoding: try bytes(), as: UTF8.self) : String(text)) else {
                throw problem("'\(text.prefix(40))' is geen niet-negatief geheel getal")
            }
            return .unsigned(v)
        case 4, 68:
            return .octets(try bytes())
        case 6:
            let raw = hex ? String(decoding: try bytes(), as: UTF8.self) : String(text)
            if raw.isEmpty { return .empty }
            guard let oid = OIDText.normalise(Substring(raw)) else {
                throw problem("'\(raw.prefix(40))' is geen numerieke OID")
            }
            return .oid(oid)
        case 64:
            if hex {
                let b = try bytes()
                guard b.count == 4 else { throw problem("een IPv4-adres heeft 4 bytes, niet \(b.count)") }
                return .ipAddress(b.map(String.init).joined(separator: "."))
            }
            return .ipAddress(String(text))
        case 5, 128, 129, 130:
            return .empty
        default:
            throw problem("onbekend SNMP-type \(type)")
        }
    }
}
