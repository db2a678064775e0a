import HerkomstCore

/// Turns a walk into what it says about the device: the system group, the chassis row of the entity table,
/// the UPS identity, well-known vendor identity scalars, the interfaces' MAC addresses and, when the agent
/// names no sysObjectID of its own, the enterprise subtrees it implements.
struct SNMPDeviceExtractor {
    let file: String

    private enum OID {
        static let sysDescr = "1.3.6.1.2.1.1.1.0"
        static let sysObjectID = "1.3.6.1.2.1.1.2.0"
        static let sysName = "1.3.6.1.2.1.1.5.0"
        static let ifPhysAddress = "1.3.6.1.2.1.2.2.1.6"
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

    func extract(_ walk: SNMPWalk) -> ObservedDevice {
        var device = ObservedDevice(source: file)
        var evidence = EvidenceList()

        if let binding = walk[OID.sysDescr], let text = meaningful(binding.value) {
            evidence.add(.sysDescr, text, at: source(binding))
        }
        var ownObjectID: String?
        if let binding = walk[OID.sysObjectID], case .objectID(let oid) = binding.value, oid != "0.0" {
            ownObjectID = oid
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

        for binding in walk.subtree(OID.ifPhysAddress) {
            guard let mac = Self.macAddress(binding.value), mac.value != 0, !mac.isMulticast,
                  !device.macAddresses.contains(mac), device.macAddresses.count < 256 else { continue }
            device.macAddresses.append(mac)
            evidence.add(.macAddress, mac.description, at: source(binding))
        }

        // An agent without a sysObjectID of its own (or with net-snmp's generic one) still shows its maker by
        // the enterprise subtrees it answers under; offered as sysObjectID-like evidence: `1.3.6.1.4.1.N`.
        if ownObjectID == nil || Self.isGeneric(ownObjectID!) {
            for (number, binding) in enterprisesImplemented(walk) {
                evidence.add(.sysObjectID, "\(OID.enterprises).\(number)",
                             at: "\(source(binding)) (enterprise-MIB \(number) aanwezig in de walk)")
            }
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

    private static func isGeneric(_ oid: String) -> Bool {
        let parts = oid.split(separator: ".")
        return parts.count > 6 && parts[0...5].joined(separator: ".") == "1.3.6.1.4.1" && genericEnterprises.contains(String(parts[6]))
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
