import HerkomstCore

/// Turns the values of one agent's walk into identity fields and evidence. It keeps only what it needs
/// (system group, the entPhysical table, interface MACs, a few vendor scalars, enterprise numbers seen),
/// so a walk of a large chassis costs little memory.
///
/// Evidence is complete on its own: every identity field it fills (model, MACs) is also an evidence item,
/// so the attribution engine needs only `evidence`.
struct SNMPWalkInterpreter {
    let file: String
    private(set) var count = 0

    private var sysDescr: SNMPVarBind?
    private var sysObjectID: SNMPVarBind?
    private var sysName: String?
    private var entities: [UInt32: EntityRow] = [:]
    private var macs: [MACAddress] = []
    private var macSeen: Set<MACAddress> = []
    private var scalars: [String: SNMPVarBind] = [:]
    private var enterpriseValues: [UInt32: Int] = [:]

    /// Interfaces of a big chassis repeat the base MAC many times; beyond this many distinct ones the rest add nothing.
    static let maximumMACs = 256

    init(file: String) {
        self.file = file
    }

    mutating func add(_ varBind: SNMPVarBind) {
        count += 1
        let oid = varBind.oid
        switch oid {
        case SNMPObjects.sysDescr: sysDescr = varBind
        case SNMPObjects.sysObjectID: sysObjectID = varBind
        case SNMPObjects.sysName: sysName = varBind.value.text
        case SNMPObjects.dot1dBaseBridgeAddress: addMAC(varBind.value)
        default:
            if let (column, index) = SNMPObjects.entPhysicalCell(oid) {
                entities[index, default: EntityRow(index: index)].set(column: column, value: varBind.value)
            } else if OIDText.isWithin(oid, SNMPObjects.ifPhysAddress) {
                addMAC(varBind.value)
            } else if SNMPObjects.scalarsOfInterest.contains(oid) {
                scalars[oid] = varBind
            }
            if let enterprise = OIDText.enterpriseNumber(oid) {
                enterpriseValues[enterprise, default: 0] += 1
            }
        }
    }

    private mutating func addMAC(_ value: SNMPValue) {
        guard macs.count < Self.maximumMACs, let mac = SNMPObjects.macAddress(value),
              mac.value != 0, !mac.isMulticast, macSeen.insert(mac).inserted else { return }
        macs.append(mac)
    }

    func finish() -> ObservedDevice {
        var device = ObservedDevice(source: file)
        var evidence: [Evidence] = []
        func note(_ kind: EvidenceKind, _ value: String?, _ place: String) {
            guard let value, !value.isEmpty else { return }
            let item = Evidence(kind: kind, value: value, source: "\(file), \(place)")
            if !evidence.contains(where: { $0.kind == kind && $0.value == value }) { evidence.append(item) }
        }

        if let d = sysDescr { note(.sysDescr, d.value.text, "sysDescr (regel \(d.line))") }
        var sysObjectIDValue: String?
        if let o = sysObjectID, case .oid(let value) = o.value, value != "0.0" {
            sysObjectIDValue = value
            note(.sysObjectID, value, "sysObjectID (regel \(o.line))")
        }
        if let name = sysName, HostnameSyntax.isPlausible(name) { device.hostname = name }

        if let chassis = EntityRow.chassis(in: entities) {
            // Many agents leave the chassis row bare and put maker, model and serial on the main board inside it.
            let inside = entities.values.filter { $0.containedIn == Int64(chassis.index) }.sorted { $0.index < $1.index }
            func pick(_ field: (EntityRow) -> String?) -> (String, UInt32)? {
                if let v = field(chassis) { return (v, chassis.index) }
                for row in inside { if let v = field(row) { return (v, row.index) } }
                return nil
            }
            if let (manufacturer, row) = pick(\.manufacturer) {
                note(.snmpManufacturer, manufacturer, "entPhysicalMfgName, entPhysicalTable rij \(row)")
            } else if let common = EntityRow.mostNamedManufacturer(in: entities) {
                note(.snmpManufacturer, common, "meest genoemde entPhysicalMfgName")
            }
            if let (model, row) = pick(\.model) {
                device.model = model
                note(.modelString, model, "entPhysicalModelName, entPhysicalTable rij \(row)")
            } else {
                // Without a model name the chassis description usually is the product name ("HP 10508").
                note(.modelString, chassis.productDescr, "entPhysicalDescr, entPhysicalTable rij \(chassis.index)")
            }
            device.serialNumber = pick(\.serial)?.0
            device.firmware = pick { $0.softwareRevision ?? $0.firmwareRevision }?.0
        }

        for (oid, meaning) in SNMPObjects.vendorScalars {
            guard let v = scalars[oid], let text = v.value.text else { continue }
            let place = "\(meaning.name) (regel \(v.line))"
            switch meaning.field {
            case .manufacturer: note(.snmpManufacturer, text, place)
            case .model:
                if device.model == nil { device.model = text }
                note(.modelString, text, place)
            case .firmware:
                if device.firmware == nil { device.firmware = text }
            case .serial:
                if device.serialNumber == nil { device.serialNumber = text }
            }
        }

        // Without a sysObjectID of the maker's own (none at all, or net-snmp's generic one), the vendor
        // subtrees the agent answers under are the best hint of who built it.
        if sysObjectIDValue.map(SNMPObjects.isGenericAgent) ?? true {
            let vendors = enterpriseValues
                .filter { !SNMPObjects.genericEnterprises.contains($0.key) }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            for (number, values) in vendors {
                note(.sysObjectID, "1.3.6.1.4.1.\(number)",
                     "leveranciers-MIB onder 1.3.6.1.4.1.\(number) (\(values) waarden)")
            }
        }

        device.macAddresses = macs
        for mac in macs { note(.macAddress, mac.description, "ifPhysAddress/dot1dBaseBridgeAddress") }
        device.evidence = evidence
        return device
    }
}

/// One row of ENTITY-MIB's entPhysicalTable, with the columns that identify hardware.
struct EntityRow {
    let index: UInt32
    var descr: String?
    var containedIn: Int64?
    var physicalClass: Int64?
    var firmwareRevision: String?
    var softwareRevision: String?
    var serial: String?
    var manufacturer: String?
    var model: String?

    mutating func set(column: UInt32, value: SNMPValue) {
        switch column {
        case 2: descr = value.text
        case 4: containedIn = value.integerValue
        case 5: physicalClass = value.integerValue
        case 9: firmwareRevision = value.text
        case 10: softwareRevision = value.text
        case 11: serial = value.text
        case 12: manufacturer = value.text
        case 13: model = value.text
        default: break
        }
    }

    var hasIdentity: Bool { productDescr != nil || model != nil || manufacturer != nil || serial != nil }

    /// The description when it names a product, not a place in the box ("slot0", "Container for Fan Module").
    var productDescr: String? {
        guard let descr else { return nil }
        let firstWord = descr.lowercased().prefix { $0.isLetter }
        return Self.placeWords.contains(String(firstWord)) ? nil : descr
    }

    static let placeWords: Set<String> = ["slot", "container", "board", "card", "port", "fan", "power", "psu",
                                          "sensor", "backplane", "cpu", "module", "stack", "subslot", "bay"]

    /// The row that describes the box itself: a chassis (class 3), the outermost first; without classes,
    /// the outermost row that says anything.
    static func chassis(in rows: [UInt32: EntityRow]) -> EntityRow? {
        let ordered = rows.values.sorted { $0.index < $1.index }
        let chassis = ordered.filter { $0.physicalClass == 3 }
        if let top = chassis.first(where: { $0.containedIn == 0 }) ?? chassis.first { return top }
        return ordered.first { $0.containedIn == 0 && $0.hasIdentity } ?? ordered.first { $0.hasIdentity }
    }

    /// The maker named on most rows; on a tie the one named first, since the box comes before its parts.
    static func mostNamedManufacturer(in rows: [UInt32: EntityRow]) -> String? {
        var counts: [String: (count: Int, first: UInt32)] = [:]
        for row in rows.values {
            guard let m = row.manufacturer else { continue }
            let seen = counts[m]
            counts[m] = ((seen?.count ?? 0) + 1, min(seen?.first ?? row.index, row.index))
        }
        return counts.sorted { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.value.first < b.value.first
        }.first?.key
    }
}

/// The objects the interpreter reads, by numeric OID.
enum SNMPObjects {
    static let sysDescr = "1.3.6.1.2.1.1.1.0"
    static let sysObjectID = "1.3.6.1.2.1.1.2.0"
    static let sysName = "1.3.6.1.2.1.1.5.0"
    static let ifPhysAddress = "1.3.6.1.2.1.2.2.1.6"
    static let dot1dBaseBridgeAddress = "1.3.6.1.2.1.17.1.1.0"
    static let entPhysicalEntry = "1.3.6.1.2.1.47.1.1.1.1."

    /// net-snmp and its UCD predecessor: the agent software, not the device's maker.
    static let genericEnterprises: Set<UInt32> = [8072, 2021]

    static func isGenericAgent(_ sysObjectID: String) -> Bool {
        OIDText.enterpriseNumber(sysObjectID).map(genericEnterprises.contains) ?? true
    }

    enum Field { case manufacturer, model, firmware, serial }

    /// Standard and vendor scalars that name the maker or model outright, in the order they are reported.
    static let vendorScalars: [(oid: String, meaning: (name: String, field: Field))] = [
        ("1.3.6.1.2.1.33.1.1.1.0", ("upsIdentManufacturer", .manufacturer)),
        ("1.3.6.1.2.1.33.1.1.2.0", ("upsIdentModel", .model)),
        ("1.3.6.1.2.1.33.1.1.3.0", ("upsIdentUPSSoftwareVersion", .firmware)),
        // Hikvision cameras and recorders (enterprise 39165): device type and firmware version.
        ("1.3.6.1.4.1.39165.1.1.0", ("Hikvision-MIB apparaattype", .model)),
        ("1.3.6.1.4.1.39165.1.3.0", ("Hikvision-MIB firmwareversie", .firmware)),
    ]
    static let scalarsOfInterest = Set(vendorScalars.map(\.oid))

    /// `1.3.6.1.2.1.47.1.1.1.1.<column>.<index>` → (column, index).
    static func entPhysicalCell(_ oid: String) -> (UInt32, UInt32)? {
        guard oid.hasPrefix(entPhysicalEntry) else { return nil }
        let rest = oid.dropFirst(entPhysicalEntry.count).split(separator: ".")
        guard rest.count == 2, let column = UInt32(rest[0]), let index = UInt32(rest[1]) else { return nil }
        return (column, index)
    }

    /// A MAC address from six raw octets, or from text as agents with display hints print it (`0:c:29:a:b:c`).
    static func macAddress(_ value: SNMPValue) -> MACAddress? {
        guard case .octets(let bytes) = value else { return nil }
        if bytes.count == 6 {
            return MACAddress(value: bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
        }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 6, parts.allSatisfy({ (1...2).contains($0.count) }) {
            var v: UInt64 = 0
            for p in parts {
                guard let byte = UInt8(p, radix: 16) else { return nil }
                v = v << 8 | UInt64(byte)
            }
            return MACAddress(value: v)
        }
        return MACAddress(text)
    }
}

/// Host names as agents report them; anonymised or free-text sysName values (`<private>`) are no host name.
enum HostnameSyntax {
    static func isPlausible(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 253 else { return false }
        return name.unicodeScalars.allSatisfy { c in
            (c.value < 128 && (CharacterSet.alphanumerics.contains(c) || c == "-" || c == "." || c == "_"))
        }
    }
}

import Foundation
