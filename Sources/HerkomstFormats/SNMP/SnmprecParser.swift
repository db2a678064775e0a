import HerkomstCore

/// Reads snmpsim's `.snmprec` form: one `OID|TYPE|VALUE` per line, TYPE the BER tag number with `x` when the
/// value is hex-encoded (and optionally `:variation`, which is ignored). The value is everything after the
/// second `|`, so strings that contain `|` survive.
enum SnmprecParser {
    static func parse(_ lines: TextLines, file: String) throws -> SNMPWalk {
        var bindings: [SNMPVarBind] = []
        for line in lines {
            let text = line.text
            if text.trimmingCharacters(in: .whitespaces).isEmpty || text.hasPrefix("#") { continue }
            let parts = text.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else {
                // Said outright on the first line: then the file is no walk at all, not a walk with one bad line.
                let what = bindings.isEmpty ? "geen SNMP-walk in .snmprec-vorm: " : ""
                let hint = text.contains(" = ") ? "; dit lijkt snmpwalk-uitvoer (--snmpwalk)" : ""
                throw InputProblem(file: file, line: line.number, message:
                    "\(what)regel heeft niet de vorm OID|type|waarde (scheidingsteken '|' ontbreekt)\(hint)")
            }
            guard let oid = OIDText.normalise(String(parts[0])) else {
                throw InputProblem(file: file, line: line.number, field: "OID", message:
                    "'\(String(parts[0]).prefix(60))' is geen numerieke OID")
            }
            let value = try decode(tag: String(parts[1]), value: String(parts[2]), file: file, line: line.number)
            bindings.append(SNMPVarBind(oid: oid, value: value, line: line.number))
        }
        return SNMPWalk(bindings)
    }

    private static func decode(tag rawTag: String, value: String, file: String, line: Int) throws -> SNMPValue {
        var tag = rawTag.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        let hexEncoded = tag.hasSuffix("x")
        if hexEncoded || tag.hasSuffix("e") { tag.removeLast() }
        guard let number = Int(tag) else {
            throw InputProblem(file: file, line: line, field: "type", message: "'\(rawTag.prefix(20))' is geen snmprec-type")
        }
        func octets() throws -> [UInt8] {
            guard hexEncoded else { return Array(value.utf8) }
            guard let bytes = Hex.decode(value) else {
                throw InputProblem(file: file, line: line, field: "waarde", message:
                    "type \(rawTag) verwacht hexadecimale tekens, maar de waarde is geen geldige hex-reeks")
            }
            return bytes
        }
        func text() throws -> String { String(decoding: try octets(), as: UTF8.self) }

        switch number {
        case 2:
            guard let integer = Int64(try text().trimmingCharacters(in: .whitespaces)) else {
                throw InputProblem(file: file, line: line, field: "waarde", message: "type 2 (geheel getal) met waarde '\(value.prefix(40))'")
            }
            return .integer(integer)
        case 4:
            return .octets(try octets())
        case 5, 128, 129, 130:
            return .null
        case 6:
            let raw = try text()
            guard let oid = OIDText.normalise(raw) else {
                if raw.isEmpty { return .null }
                throw InputProblem(file: file, line: line, field: "waarde", message: "type 6 (OID) met waarde '\(raw.prefix(60))'")
            }
            return .objectID(oid)
        case 64:
            let bytes = try octets()
            if hexEncoded, bytes.count == 4 { return .ipAddress(bytes.map(String.init).joined(separator: ".")) }
            return .ipAddress(String(decoding: bytes, as: UTF8.self))
        case 65, 66, 67, 70, 71:
            guard let unsigned = UInt64(try text().trimmingCharacters(in: .whitespaces)) else {
                throw InputProblem(file: file, line: line, field: "waarde", message: "type \(number) (teller) met waarde '\(value.prefix(40))'")
            }
            return .unsigned(unsigned)
        default:
            return .other(type: rawTag, raw: value)
        }
    }
}

/// Hexadecimal octets as walks write them: `4c4f` or `4C 4F` or `4c:4f`.
enum Hex {
    static func decode(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count / 2)
        var high: UInt8?
        for c in text.utf8 {
            if c == UInt8(ascii: " ") || c == UInt8(ascii: ":") || c == UInt8(ascii: "\t") {
                continue
            }
            guard let nibble = HexDigits.value(c) else { return nil }
            if let h = high {
                bytes.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return high == nil ? bytes : nil
    }
}
