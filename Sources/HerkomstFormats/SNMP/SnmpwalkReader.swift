import Foundation
import HerkomstCore

/// Reads the output of net-snmp's `snmpwalk -On` (`.1.3.6.1.2.1.1.1.0 = STRING: "…"`), including strings and
/// hex dumps that run over several lines, into what it says about the device.
public struct SnmpwalkReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .scan) {
        self.limits = limits
    }

    public func read(_ data: Data, file: String) throws -> ObservedDevice {
        try limits.checkSize(data, file: file)
        var interpreter = SNMPWalkInterpreter(file: file)
        var pending: PendingValue?
        func flush() throws {
            if let p = pending {
                interpreter.add(try p.finish(file: file))
                pending = nil
            }
        }
        try TextLines(data: data, file: file, maximumLineLength: limits.maximumLineLength).forEach { line, number in
            if var p = pending, p.isOpenQuote {
                try p.append(line, file: file, limit: limits.maximumLineLength)
                pending = p
                return
            }
            if let start = try Self.entryStart(line, number: number, file: file) {
                try flush()
                pending = PendingValue(oid: start.oid, line: number, type: start.type, body: start.body)
                return
            }
            guard var p = pending, p.acceptsContinuation(line) else {
                if line.trimmingCharacters(in: .whitespaces).isEmpty { return }
                throw InputProblem(file: file, line: number,
                                   message: "verwacht '.OID = TYPE: waarde' (uitvoer van snmpwalk -On)"
                                   + (line.contains("|") ? "; dit lijkt een .snmprec-bestand" : ""))
            }
            try p.append(line, file: file, limit: limits.maximumLineLength)
            pending = p
        }
        if let p = pending, p.isOpenQuote {
            throw InputProblem(file: file, line: p.line, field: p.oid,
                               message: "tekst tussen aanhalingstekens wordt niet afgesloten; afgekapt bestand?")
        }
        try flush()
        guard interpreter.count > 0 else {
            throw InputProblem(file: file, message: "geen enkele SNMP-waarde gevonden; is dit uitvoer van snmpwalk -On?")
        }
        return interpreter.finish()
    }

    /// Splits `.OID = TYPE: rest` into its parts; nil when the line does not start an entry.
    static func entryStart(_ line: String, number: Int, file: String)
        throws -> (oid: String, type: String, body: Substring)? {
        guard let equals = line.range(of: " = ") ?? (line.hasSuffix(" =") ? line.range(of: " =", options: .backwards) : nil)
        else { return nil }
        let left = line[..<equals.lowerBound]
        guard !left.isEmpty, !left.contains(" ") else { return nil }
        guard let oid = OIDText.normalise(left) else {
            guard left.contains("::") || left.first?.isLetter == true else { return nil }
            throw InputProblem(file: file, line: number, field: String(left.prefix(80)),
                               message: "OID is niet numeriek; maak de walk met snmpwalk -On")
        }
        let right = line[equals.upperBound...].drop { $0 == " " }
        if right.hasPrefix("\"") { return (oid, "STRING", right) }  // `= ""` or `= "text"` without a type
        guard let colon = right.range(of: ": ") ?? (right.hasSuffix(":") ? right.range(of: ":", options: .backwards) : nil)
        else { return (oid, String(right), "") }  // NULL, "No Such Object available …"
        var type = String(right[..<colon.lowerBound])
        var body = right[colon.upperBound...]
        if type.hasPrefix("Wrong Type") {
            // `Wrong Type (should be OCTET STRING): INTEGER: 5` — the agent's value follows.
            guard let inner = body.range(of: ": ") else { return (oid, "Wrong Type", body) }
            type = String(body[..<inner.lowerBound])
            body = body[inner.upperBound...]
        }
        return (oid, type, body)
    }
}

/// An entry whose value may still run on over the next lines.
private struct PendingValue {
    let oid: String
    let line: Int
    let type: String
    var body: String
    /// Quote state carried across lines, so each appended line is scanned once.
    var insideQuotes = false
    var escaped = false

    init(oid: String, line: Int, type: String, body: Substring) {
        self.oid = oid
        self.line = line
        self.type = type
        self.body = String(body)
        if body.hasPrefix("\"") { scanQuotes(body) }
    }

    var isOpenQuote: Bool { insideQuotes }

    /// Only strings and hex dumps run over lines; after a quoted string closes nothing more belongs to it.
    func acceptsContinuation(_ line: String) -> Bool {
        switch type {
        case "Hex-STRING": return HexBytes.decode(line.trimmingCharacters(in: .whitespaces)) != nil
        case "STRING": return !body.hasPrefix("\"")
        default: return false
        }
    }

    mutating func append(_ line: String, file: String, limit: Int) throws {
        let quoted = insideQuotes
        body += type == "Hex-STRING" ? " " + line : "\n" + line
        if body.utf8.count > limit {
            throw InputProblem(file: file, line: self.line, field: oid,
                               message: "waarde is langer dan \(ReaderLimits.describe(limit)); "
                               + "niet afgesloten aanhalingsteken?")
        }
        if quoted { scanQuotes(Substring(line)) }
    }

    /// net-snmp escapes `"` and `\` inside quoted strings with a backslash.
    private mutating func scanQuotes(_ text: Substring) {
        for c in text {
            if escaped { escaped = false; continue }
            if c == "\\" && insideQuotes { escaped = true; continue }
            if c == "\"" { insideQuotes.toggle() }
        }
    }

    func finish(file: String) throws -> SNMPVarBind {
        SNMPVarBind(oid: oid, value: try value(file: file), line: line)
    }

    func value(file: String) throws -> SNMPValue {
        let text = body.trimmingCharacters(in: .whitespaces)
        func number() -> Substring {
            // `INTEGER: chassis(3)` with MIBs loaded, `Timeticks: (1354529) 3:45:45.29`.
            if let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
                return text[text.index(after: open)..<close]
            }
            return Substring(text.split(separator: " ").first ?? "")
        }
        switch type {
        case "STRING":
            return .octets(Array(Self.unquote(text).utf8))
        case "Hex-STRING":
            guard let bytes = HexBytes.decode(text) else {
                throw InputProblem(file: file, line: line, field: oid, message: "Hex-STRING bevat geen geldige hex")
            }
            return .octets(bytes)
        case "OID":
            if let oid = Self.numericOID(text) { return .oid(oid) }
            return .other(text)
        case "INTEGER":
            return Int64(number()).map(SNMPValue.integer) ?? .other(text)
        case "Gauge32", "Counter32", "Counter64", "Timeticks", "UInteger32", "Unsigned32":
            return UInt64(number()).map(SNMPValue.unsigned) ?? .other(text)
        case "IpAddress", "Network Address":
            return .ipAddress(text)
        case "Opaque", "BITS":
            return .other(text)
        default:
            // NULL, "No Such Object available on this agent at this OID", "No more variables left …".
            return .empty
        }
    }

    static func unquote(_ text: String) -> String {
        guard text.hasPrefix("\""), text.count >= 2, text.hasSuffix("\"") else { return text }
        var result = ""
        var escaped = false
        for c in text.dropFirst().dropLast() {
            if escaped { result.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            result.append(c)
        }
        return result
    }

    /// `-On` makes values numeric too, but walks taken without it name the common roots.
    static func numericOID(_ text: String) -> String? {
        if let oid = OIDText.normalise(Substring(text)) { return oid }
        let roots = ["SNMPv2-SMI::enterprises": "1.3.6.1.4.1", "SNMPv2-SMI::mib-2": "1.3.6.1.2.1",
                     "NET-SNMP-MIB::netSnmpAgentOIDs": "1.3.6.1.4.1.8072.3.2"]
        for (name, numeric) in roots where text.hasPrefix(name) {
            return OIDText.normalise(Substring(numeric + text.dropFirst(name.count)))
        }
        if text == "SNMPv2-SMI::zeroDotZero" || text == "ccitt.0" { return "0.0" }
        return nil
    }
}
