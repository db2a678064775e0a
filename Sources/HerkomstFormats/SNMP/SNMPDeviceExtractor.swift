import HerkomstCore

/// Turns a walk into what it says about the device: the system group, the chassis row of the entity table,
/// the UPS identity, well-known vendor identity scalars, the device's own MAC addresses (bridge, LLDP chassis,
/// interfaces) and the enterprise subtrees it implements. Neighbour tables (ARP, forwarding, LLDP remote) describe
/// other devices and are never read.
struct SNMPDeviceExtractor {
    let file: String

    private enum OID {
        static let sysDescr = "1.3.6.1.2.1.1.1.0"
        static let sysObjectID = "1.3.6.1.2.1.1.2.0"
        static let sysName = "1.3.6.1.2.1.1.5.0"
        static let sysORID = "1.3.6.1.2.1.1.9.1.2"
        static let sysORDescr = "1.3.6.1.2.1.1.9.1.3"
        static let ifPhysAddress = "1.3.6.1.2.1.2.2.1.6"
        static let dot1dBaseBridgeAddress = "1.3.6.1.2.1.17.1.1.0"
        static let lldpLocChassisIdSubtype = "1.0.8802.1.1.2.1.3.1.0"
        static let lldpLocChassisId = "1.0.8802.1.1.2.1.3.2.0"
        static let entPhysicalEntry = "1.3.6.1.2.1.47.1.1.1.1"
        static let upsIdentManufacturer = "1.3.6.1.2.1.33.1.1.1.0"
        static let upsIdentModel = "1.3.6.1.2.1.33.1.1.2.0"
        static let upsIdentSoftwareVersion = "1.3.6.1.2.1.33.1.1.3.0"
        static let enterprises = "1.3.6.1.4.1"
    }

    /// Identity scalars of vendor MIBs, where a vendor's agent answers without the standard tables.
    /// Hikvision cameras (enterprise 39165) give the model and firmware in their device MIB.
    private static let vendorIdentity: [(oid: String, field: VendorField)] = [
        ("1.3.6.1.4.1.39165.1.1.0", .model),
        ("1.3.6.1.4.1.39165.1.3.0", .firmware),
    ]

    private enum VendorField { case model, firmware }

    /// Enterprise numbers every kind of agent implements, which say nothing about the maker (net-snmp, UCD).
    private static let genericEnterprises: Set<String> = ["8072", "2021"]
    /// Beside an agent's own sysObjectID, at most this many other enterprise subtrees are offered.
    private static let otherEnterprisesOffered = 8

    func extract(_ walk: SNMPWalk) -> ObservedDevice {
        var device = ObservedDevice(source: file)
        var evidence = EvidenceList()

        if let binding = walk[OID.sysDescr], let text = meaningful(binding.value) {
            evidence.add(.sysDescr, text, at: source(binding))
        }
        var ownEnterprise: String?
        if let binding = walk[OID.sysObjectID], case .objectID(let oid) = binding.value, oid != "0.0" {
            ownEnterprise = Self.enterpriseNumber(oid)
            evidence.add(.sysObjectID, oid, at: source(binding))
        }
        if let binding = walk[OID.sysName], let name = meaningful(binding.value) {
            device.hostname = name
        }

        let table = EntityTable(walk.subtree(OID.entPhysicalEntry), prefix: OID.entPhysicalEntry)
        if let chassis = table.chassis() {
            // Many agents leave the chassis row bare and name maker, model and serial on the board inside it.
            if let maker = table.cell(\.manufacturer, of: chassis) {
                evidence.add(.snmpManufacturer, maker.text, at: source(maker.binding))
            }
            if let model = table.cell(\.model, of: chassis) {
                device.model = model.text
                evidence.add(.modelString, model.text, at: source(model.binding))
            } else if let description = chassis.productDescription {
                evidence.add(.modelString, description.text, at: source(description.binding))
            }
            device.serialNumber = table.cell(\.serial, of: chassis)?.text
            device.firmware = (chassis.software ?? chassis.firmware)?.text
        }

        if let binding = walk[OID.upsIdentManufacturer], let maker = meaningful(binding.value) {
            evidence.add(.snmpManufacturer, maker, at: source(binding))
        }
        if let binding = walk[OID.upsIdentModel], let model = meaningful(binding.value) {
            device.model = device.model ?? model
            evidence.add(.modelString, model, at: source(binding))
        }
        if device.firmware == nil, let binding = walk[OID.upsIdentSoftwareVersion] {
            device.firmware = meaningful(binding.value)
        }
        for (oid, field) in Self.vendorIdentity {
            guard let binding = walk[oid], let text = meaningful(binding.value) else { continue }
            switch field {
            case .model:
                device.model = device.model ?? text
                evidence.add(.modelString, text, at: source(binding))
            case .firmware:
                device.firmware = device.firmware ?? text
            }
        }

        // The device's own addresses: the bridge's base address and the LLDP chassis id first (a switch whose
        // interface table holds placeholders still names itself there), then every interface.
        var ownAddresses = [walk[OID.dot1dBaseBridgeAddress]]
        if let subtype = walk[OID.lldpLocChassisIdSubtype], case .integer(4) = subtype.value {  // 4: macAddress
            ownAddresses.append(walk[OID.lldpLocChassisId])
        }
        for binding in ownAddresses.compactMap({ $0 }) + walk.subtree(OID.ifPhysAddress) {
            guard let mac = Self.macAddress(binding.value), mac.value != 0, !mac.isMulticast,
                  !device.macAddresses.contains(mac), device.macAddresses.count < 256 else { continue }
            device.macAddresses.append(mac)
            evidence.add(.macAddress, mac.description, at: source(binding))
        }

        // The enterprise subtrees the agent answers under, `1.3.6.1.4.1.N`. Without a maker's sysObjectID of its own
        // (none, net-snmp's generic one, or one outside the enterprises) they stand in for it; beside one they are
        // weaker evidence, for agents that report a number shared by many makers and keep their own MIB beside it.
        let standIn = ownEnterprise.map { Self.genericEnterprises.contains($0) } ?? true
        var enterprises = enterprisesImplemented(walk)
        for (number, binding) in enterprisesDeclared(walk) where !enterprises.contains(where: { $0.0 == number }) {
            enterprises.append((number, binding))
        }
        for description in vendorModuleDescriptions(walk) {
            // A vendor's module in the agent's sysORTable names its vendor ("Dahua SNMP Mib Module") even when
            // sysDescr and sysObjectID say nothing.
            evidence.add(.sysDescr, description.text, at: "\(source(description.binding)) (sysORDescr)")
        }
        for (number, binding) in enterprises.filter({ $0.0 != ownEnterprise })
            .prefix(standIn ? Int.max : Self.otherEnterprisesOffered) {
            evidence.add(standIn ? .sysObjectID : .snmpEnterpriseMIB, "\(OID.enterprises).\(number)",
                         at: "\(source(binding)) (enterprise-MIB \(number) aanwezig in de walk)")
        }
        device.evidence = evidence.items
        return device
    }

    private func source(_ binding: SNMPVarBind) -> String { "\(file):\(binding.line)" }

    /// Text of a value, nil when empty or anonymised (`<private>`, as anonymised walks write).
    private func meaningful(_ value: SNMPValue) -> String? {
        guard let text = value.text, !text.isEmpty, text != "<private>" else { return nil }
        return text
    }

    /// `1.3.6.1.4.1.2011.2.23` → "2011"; nil for an OID outside the enterprises subtree.
    private static func enterpriseNumber(_ oid: String) -> String? {
        let parts = oid.split(separator: ".")
        guard parts.count > 6, parts[0...5].joined(separator: ".") == OID.enterprises else { return nil }
        return String(parts[6])
    }

    private func enterprisesImplemented(_ walk: SNMPWalk) -> [(String, SNMPVarBind)] {
        var seen: [(String, SNMPVarBind)] = []
        for binding in walk.subtree(OID.enterprises) {
            let number = binding.oid.dropFirst(OID.enterprises.count + 1).prefix { $0 != "." }
            let key = String(number)
            guard !key.isEmpty, !Self.genericEnterprises.contains(key), !seen.contains(where: { $0.0 == key }) else { continue }
            seen.append((key, binding))
        }
        return seen
    }

    /// The vendor MIB modules the agent lists in its sysORTable (the MIB modules it implements): the enterprise
    /// number of each sysORID under `1.3.6.1.4.1`, generic agents' own left out.
    private func enterprisesDeclared(_ walk: SNMPWalk) -> [(String, SNMPVarBind)] {
        walk.subtree(OID.sysORID).compactMap { binding in
            guard case .objectID(let oid) = binding.value, let number = Self.enterpriseNumber(oid),
                  !Self.genericEnterprises.contains(number) else { return nil }
            return (number, binding)
        }
    }

    /// The descriptions of the sysORTable's modules, except those whose sysORID says they are standard (IETF) or a
    /// generic agent's: a vendor's module describes itself with the vendor's name.
    private func vendorModuleDescriptions(_ walk: SNMPWalk) -> [(text: String, binding: SNMPVarBind)] {
        walk.subtree(OID.sysORDescr).compactMap { binding in
            let row = binding.oid.dropFirst(OID.sysORDescr.count)
            if let id = walk[OID.sysORID + row], case .objectID(let oid) = id.value {
                guard let number = Self.enterpriseNumber(oid), !Self.genericEnterprises.contains(number) else { return nil }
            }
            return meaningful(binding.value).map { (text: $0, binding: binding) }
        }
    }

    /// Six octets, or the `0:1b:21:3a:4b:5c` text that net-snmp prints with the MIB's display hint.
    static func macAddress(_ value: SNMPValue) -> MACAddress? {
        guard case .octets(let bytes) = value else { return nil }
        if bytes.count == 6 {
            return MACAddress(value: bytes.reduce(0) { $0 << 8 | UInt64($1) })
        }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 6, parts.allSatisfy({ (1...2).contains($0.count) }) {
            return MACAddress(parts.map { $0.count == 1 ? "0" + $0 : String($0) }.joined(separator: ":"))
        }
        if text.count == 17 || text.count == 12 { return MACAddress(text) }
        return nil
    }
}

/// Evidence in the order found, without repeating the same kind and value.
struct EvidenceList {
    private(set) var items: [Evidence] = []
    private var seen: Set<String> = []

    mutating func add(_ kind: EvidenceKind, _ value: String, at source: String, observedAt: Date? = nil) {
        let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty, seen.insert(kind.rawValue + "\u{0}" + value).inserted else { return }
        items.append(Evidence(kind: kind, value: value, source: source, observedAt: observedAt))
    }
}

import Foundation
