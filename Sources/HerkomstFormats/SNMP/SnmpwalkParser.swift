import HerkomstCore

/// Reads net-snmp's `snmpwalk -On` output: `.1.3.6… = TYPE: value`, with quoted strings that run over several
/// lines and Hex-STRING values that wrap. `iso.3.6…` and the common symbolic names are understood too, so a
/// walk made without `-On` still yields the system group and the entity table; there net-snmp writes a string
/// without quotes, and a sysDescr of several lines continues on lines of its own.
enum SnmpwalkParser {
    private enum Pending {
        case quoted(oid: String, line: Int, text: String)
        case hex(oid: String, line: Int, text: String)
    }

    static func parse(_ lines: TextLines, file: String) throws -> SNMPWalk {
        var bindings: [SNMPVarBind] = []
        var pending: Pending?

        func finishHex() throws {
            if case .hex(let oid, let line, let text)? = pending {
                guard let bytes = Hex.decode(text) else {
                    throw InputProblem(file: file, line: line, field: "Hex-STRING", message: "Hex-STRING bevat andere tekens dan hexadecimale paren")
                }
                bindings.append(SNMPVarBind(oid: oid, value: .octets(bytes), line: line))
                pending = nil
            }
        }

        // A string written without quotes runs on over the lines that are no binding: into the binding it belongs
        // to, or nowhere when its name was one this reader does not know.
        enum OpenString { case into(Int), skipped }
        var openString: OpenString?

        for line in lines {
            if case .quoted(let oid, let start, let text)? = pending {
                let joined = text + "\n" + line.text
                if let closed = closedQuotedString(joined) {
                    bindings.append(SNMPVarBind(oid: oid, value: .octets(Array(closed.utf8)), line: start))
                    pending = nil
                } else {
                    pending = .quoted(oid: oid, line: start, text: joined)
                }
                continue
            }
            if let (rawOID, rest) = splitBinding(line.text) {
                try finishHex()
                openString = nil
                guard let oid = OIDText.normalise(rawOID) else {
                    // A symbolic name this reader does not know: keep it out of the way rather than fail the walk.
                    // Its unquoted text may still run on over the next lines: skip those too.
                    openString = rest.contains("STRING: ") && !rest.contains("STRING: \"") ? .skipped : nil
                    continue
                }
                switch try value(rest, file: file, line: line.number) {
                case .complete(let value):
                    if case .octets = value, rest.contains("STRING: "), !rest.contains("\"") { openString = .into(bindings.count) }
                    bindings.append(SNMPVarBind(oid: oid, value: value, line: line.number))
                case .openQuote(let text):
                    pending = .quoted(oid: oid, line: line.number, text: text)
                case .hex(let text):
                    pending = .hex(oid: oid, line: line.number, text: text)
                }
                continue
            }
            let trimmed = line.text.trimmingCharacters(in: .whitespaces)
            if case .hex(let oid, let start, let text)? = pending, !trimmed.isEmpty, Hex.decode(trimmed) != nil {
                pending = .hex(oid: oid, line: start, text: text + " " + trimmed)
                continue
            }
            if trimmed.isEmpty {
                try finishHex()
                continue
            }
            if let open = openString, !isToolMessage(trimmed) {
                if case .into(let index) = open, case .octets(let bytes) = bindings[index].value {
                    bindings[index].value = .octets(bytes + Array(("\n" + line.text).utf8))
                }
                continue
            }
            throw InputProblem(file: file, line: line.number, message:
                "regel heeft niet de vorm '.OID = TYPE: waarde' van snmpwalk -On")
        }
        if case .quoted(_, let start, _)? = pending {
            throw InputProblem(file: file, line: start, field: "STRING", message:
                "tekst tussen aanhalingstekens wordt niet afgesloten voor het einde van het bestand (afgebroken walk?)")
        }
        try finishHex()
        return SNMPWalk(bindings)
    }

    /// net-snmp's own messages mixed into a saved walk (standard error): a walk that broke off, never part of a value.
    private static func isToolMessage(_ line: String) -> Bool {
        ["Timeout:", "Error in packet", "snmpwalk:", "End of MIB", "No Response"].contains { line.hasPrefix($0) }
    }

    /// `OID = rest`, where OID has no spaces.
    private static func splitBinding(_ text: String) -> (String, String)? {
        guard let range = text.range(of: " = ") ?? (text.hasSuffix(" =") ? text.range(of: " =", options: .backwards) : nil)
        else { return nil }
        let oid = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        guard !oid.isEmpty, !oid.contains(" "), oid.first.map({ $0 == "." || $0.isNumber || $0.isLetter }) == true else { return nil }
        return (oid, String(text[range.upperBound...]))
    }

    private enum Parsed {
        case complete(SNMPValue)
        case openQuote(String)
        case hex(String)
    }

    private static func value(_ rest: String, file: String, line: Int) throws -> Parsed {
        let rest = rest.trimmingCharacters(in: .whitespaces)
        if rest.isEmpty || rest == "\"\"" { return .complete(.octets([])) }
        if rest == "NULL" || rest.hasPrefix("No Such ") || rest.hasPrefix("No more variables") { return .complete(.null) }
        guard let colon = rest.range(of: ": ") ?? (rest.hasSuffix(":") ? rest.range(of: ":", options: .backwards) : nil) else {
            return try quotedOrPlain(rest)
        }
        var type = String(rest[..<colon.lowerBound])
        let payload = String(rest[colon.upperBound...]).trimmingCharacters(in: .whitespaces)
        if type.hasPrefix("Wrong Type") {
            return try value(payload, file: file, line: line)
        }
        if type == "Network Address" { type = "IpAddress" }
        func number<T: FixedWidthInteger>(_: T.Type) throws -> T {
            // `INTEGER: chassis(3)` and `Timeticks: (1234) 0:00:12.34` carry the number in parentheses.
            let digits: Substring
            if let open = payload.lastIndex(of: "("), let close = payload[open...].firstIndex(of: ")") {
                digits = payload[payload.index(after: open)..<close]
            } else {
                digits = payload.split(separator: " ").first ?? ""
            }
            guard let value = T(digits) else {
                throw InputProblem(file: file, line: line, field: type, message: "'\(payload.prefix(40))' is geen getal")
            }
            return value
        }
        switch type {
        case "STRING": return try quotedOrPlain(payload)
        case "Hex-STRING": return .hex(payload)
        case "OID":
            guard let oid = OIDText.normalise(payload) else {
                return .complete(.other(type: type, raw: payload))
            }
            return .complete(.objectID(oid))
        case "INTEGER", "Integer32": return .complete(.integer(try number(Int64.self)))
        case "Gauge32", "Counter32", "Counter64", "Timeticks", "Unsigned32", "UInteger32":
            return .complete(.unsigned(try number(UInt64.self)))
        case "IpAddress":
            if payload.contains(":"), let bytes = Hex.decode(payload), bytes.count == 4 {
                return .complete(.ipAddress(bytes.map(String.init).joined(separator: ".")))
            }
            return .complete(.ipAddress(payload))
        default:
            return .complete(.other(type: type, raw: payload))
        }
    }

    private static func quotedOrPlain(_ payload: String) throws -> Parsed {
        guard payload.hasPrefix("\"") else { return .complete(.octets(Array(payload.utf8))) }
        if let closed = closedQuotedString(payload) { return .complete(.octets(Array(closed.utf8))) }
        return .openQuote(payload)
    }

    /// The unescaped content when `text` (starting with a quote) has its closing quote, else nil.
    private static func closedQuotedString(_ text: String) -> String? {
        var content = ""
        var escaped = false
        for character in text.dropFirst() {
            if escaped {
                content.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return content
            } else {
                content.append(character)
            }
        }
        return nil
    }
}
