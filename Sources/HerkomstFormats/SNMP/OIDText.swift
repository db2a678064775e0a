/// Normalises OIDs as agents and tools write them: leading dot, `iso.` and the common symbolic prefixes of
/// net-snmp output without `-On`, so that every reader compares plain numeric OIDs.
enum OIDText {
    private static let symbolicPrefixes: [(String, String)] = [
        ("SNMPv2-SMI::enterprises.", "1.3.6.1.4.1."),
        ("SNMPv2-SMI::mib-2.", "1.3.6.1.2.1."),
        ("SNMPv2-MIB::sysDescr.", "1.3.6.1.2.1.1.1."),
        ("SNMPv2-MIB::sysObjectID.", "1.3.6.1.2.1.1.2."),
        ("SNMPv2-MIB::sysName.", "1.3.6.1.2.1.1.5."),
        ("SNMPv2-MIB::sysORID.", "1.3.6.1.2.1.1.9.1.2."),
        ("SNMPv2-MIB::sysORDescr.", "1.3.6.1.2.1.1.9.1.3."),
        ("BRIDGE-MIB::dot1dBaseBridgeAddress.", "1.3.6.1.2.1.17.1.1."),
        ("LLDP-MIB::lldpLocChassisIdSubtype.", "1.0.8802.1.1.2.1.3.1."),
        ("LLDP-MIB::lldpLocChassisId.", "1.0.8802.1.1.2.1.3.2."),
        ("UPS-MIB::upsIdentManufacturer.", "1.3.6.1.2.1.33.1.1.1."),
        ("UPS-MIB::upsIdentModel.", "1.3.6.1.2.1.33.1.1.2."),
        ("UPS-MIB::upsIdentUPSSoftwareVersion.", "1.3.6.1.2.1.33.1.1.3."),
        ("RFC1213-MIB::sysDescr.", "1.3.6.1.2.1.1.1."),
        ("RFC1213-MIB::sysObjectID.", "1.3.6.1.2.1.1.2."),
        ("RFC1213-MIB::sysName.", "1.3.6.1.2.1.1.5."),
        ("IF-MIB::ifPhysAddress.", "1.3.6.1.2.1.2.2.1.6."),
        ("ENTITY-MIB::entPhysicalDescr.", "1.3.6.1.2.1.47.1.1.1.1.2."),
        ("ENTITY-MIB::entPhysicalClass.", "1.3.6.1.2.1.47.1.1.1.1.5."),
        ("ENTITY-MIB::entPhysicalFirmwareRev.", "1.3.6.1.2.1.47.1.1.1.1.9."),
        ("ENTITY-MIB::entPhysicalSoftwareRev.", "1.3.6.1.2.1.47.1.1.1.1.10."),
        ("ENTITY-MIB::entPhysicalSerialNum.", "1.3.6.1.2.1.47.1.1.1.1.11."),
        ("ENTITY-MIB::entPhysicalMfgName.", "1.3.6.1.2.1.47.1.1.1.1.12."),
        ("ENTITY-MIB::entPhysicalModelName.", "1.3.6.1.2.1.47.1.1.1.1.13."),
        ("iso.", "1."),
    ]

    /// The numeric form, or nil when the text is not an OID this project can read.
    static func normalise(_ text: String) -> String? {
        var oid = text.trimmingCharacters(in: .whitespaces)
        if oid.hasPrefix(".") { oid.removeFirst() }
        for (symbolic, numeric) in symbolicPrefixes where oid.hasPrefix(symbolic) {
            oid = numeric + oid.dropFirst(symbolic.count)
            break
        }
        return isNumeric(oid) ? oid : nil
    }

    static func isNumeric(_ oid: String) -> Bool {
        guard !oid.isEmpty, oid.utf8.count <= 1024 else { return false }
        var arcs = 0
        var digitsInArc = 0
        for byte in oid.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digitsInArc += 1
                if digitsInArc > 10 { return false }
            case UInt8(ascii: "."):
                if digitsInArc == 0 { return false }
                arcs += 1
                digitsInArc = 0
            default:
                return false
            }
        }
        return digitsInArc > 0 && arcs >= 1
    }
}

import Foundation
