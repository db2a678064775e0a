import Foundation
import HerkomstCore

/// The two text forms of an SNMP walk.
public enum SNMPWalkFormat: String, Sendable, CaseIterable {
    /// snmpsim `.snmprec`: `OID|TYPE|VALUE`.
    case snmprec
    /// net-snmp `snmpwalk -On`: `.OID = TYPE: value`.
    case snmpwalk

    /// Decides from the first line that holds a binding.
    static func detect(_ lines: TextLines) -> SNMPWalkFormat? {
        for line in lines {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            let head = text.prefix { $0 != "|" && $0 != " " }
            if text.dropFirst(head.count).hasPrefix("|"), OIDText.normalise(String(head)) != nil { return .snmprec }
            if text.contains(" = ") || text.hasSuffix(" =") { return .snmpwalk }
            return nil
        }
        return nil
    }
}

/// Reads an SNMP walk file into one observed device with its evidence.
public struct SNMPWalkReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .standard) {
        self.limits = limits
    }

    /// `format` nil: decided from the content.
    public func read(_ data: Data, fileName: String, format: SNMPWalkFormat? = nil) throws -> ObservedDevice {
        try SNMPDeviceExtractor(file: fileName).extract(walk(data, fileName: fileName, format: format))
    }

    /// The parsed walk, for callers that want more than the device identity.
    public func walk(_ data: Data, fileName: String, format: SNMPWalkFormat? = nil) throws -> SNMPWalk {
        let lines = try TextLines([UInt8](data), file: fileName, limits: limits)
        guard let format = format ?? SNMPWalkFormat.detect(lines) else {
            throw InputProblem(file: fileName, line: lines.lines.first?.number, message:
                "geen SNMP-walk herkend: verwacht 'OID|type|waarde' (snmprec) of '.OID = TYPE: waarde' (snmpwalk -On)")
        }
        let walk = switch format {
        case .snmprec: try SnmprecParser.parse(lines, file: fileName)
        case .snmpwalk: try SnmpwalkParser.parse(lines, file: fileName)
        }
        if walk.bindings.isEmpty {
            throw InputProblem(file: fileName, message: "de walk bevat geen enkele OID met waarde")
        }
        return walk
    }
}
