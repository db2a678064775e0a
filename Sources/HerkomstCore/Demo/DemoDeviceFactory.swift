/// Turns specs into registrations: readable sequential ids, unique MAC and IP addresses, serial numbers in
/// each maker's style, and the evidence a scan or inventory would have found. One factory per generation run.
struct DemoDeviceFactory {
    let today: Day
    private var random = DemoRandom(stream: "apparaten")
    private var sequence: [String: Int] = [:]
    private var usedMACs: Set<MACAddress> = []
    private var hostCount: [String: Int] = [:]

    init(today: Day) {
        self.today = today
    }

    /// The id the next device with this prefix will get, so a replacement can name what it replaces.
    func nextID(prefix: String) -> String {
        DemoDeviceFactory.id(prefix: prefix, number: (sequence[prefix] ?? 0) + 1)
    }

    mutating func make(_ spec: DemoDeviceSpec) -> DeviceRegistration {
        let number = (sequence[spec.idPrefix] ?? 0) + 1
        sequence[spec.idPrefix] = number
        let id = DemoDeviceFactory.id(prefix: spec.idPrefix, number: number)

        let firmware = spec.model.flatMap { $0.firmwares.isEmpty ? nil : random.pick($0.firmwares) }
        let blocks = spec.macBlocksOverride ?? spec.model?.maker.macBlocks ?? []
        let mac: MACAddress? = switch (spec.networked && spec.macKnown, blocks.isEmpty) {
        case (false, _): nil
        case (true, false): uniqueMAC(in: blocks)
        case (true, true): spec.model == nil ? locallyAdministeredMAC() : nil
        }
        let ip = spec.networked ? nextIP(for: spec.owner.slug) : nil
        // Nobody knows when a device of unknown brand was bought; the others were bought weeks before installation.
        let procured = spec.model == nil ? nil : spec.installed.adding(days: -random.int(in: 14...90))
        let serial = spec.model.map { DemoSerials.serial(for: $0, mac: mac, made: procured ?? spec.installed, &random) }
        let hostname = spec.hostnamePrefix.map { "\($0)-\(DemoDeviceFactory.padded(number, width: 2))" }

        let device = Device(
            id: id, deviceClass: spec.deviceClass, brand: spec.model?.maker.brand, model: spec.model?.name,
            firmware: firmware, serialNumber: serial, macAddresses: mac.map { [$0] } ?? [],
            ipAddresses: ip.map { [$0] } ?? [], hostname: hostname, owner: spec.owner.slug,
            operatorOrganisation: spec.operatorOrganisation?.slug, supplier: spec.supplier?.slug,
            maintainer: spec.maintainer?.slug, purposes: spec.purposes, connectivity: spec.connectivity,
            internetExposed: spec.internetExposed, vendorCloud: spec.vendorCloud,
            remoteMaintenance: spec.remoteMaintenance, vital: spec.vital, visibility: spec.visibility,
            procured: procured, installed: spec.installed, removed: spec.removed,
            note: "\(spec.note) \(DemoData.label).")

        let seen = observationDay(installed: spec.installed, removed: spec.removed)
        let evidence = DemoEvidence.collect(model: spec.model, firmware: firmware, mac: mac, serial: serial, ip: ip,
                                            seen: seen, &random)
        return DeviceRegistration(device: device, placements: placements(id: id, spec), evidence: evidence)
    }

    private func placements(id: String, _ spec: DemoDeviceSpec) -> [Placement] {
        func placement(_ site: DemoSite, from: Day, to: Day?) -> Placement {
            Placement(deviceID: id, point: site.point, address: site.address, district: site.district.name,
                      mount: site.mount, direction: site.direction, from: from, to: to)
        }
        guard let move = spec.move else {
            return [placement(spec.site, from: spec.installed, to: spec.removed)]
        }
        return [placement(spec.site, from: spec.installed, to: move.day),
                placement(move.site, from: move.day, to: spec.removed)]
    }

    /// A day on which a scan or inventory saw the device: while it was there, and not after today.
    private mutating func observationDay(installed: Day, removed: Day?) -> Day {
        let last = min(removed.map { $0.adding(days: -1) } ?? today, today)
        guard installed < last else { return installed }
        return random.day(in: installed...last)
    }

    private mutating func uniqueMAC(in blocks: [DemoMACBlock]) -> MACAddress {
        while true {
            let block = random.pick(blocks)
            let mac = block.address(suffix: random.next())
            if mac.isMulticast { continue }
            if usedMACs.insert(mac).inserted { return mac }
        }
    }

    /// Randomised or software-assigned: bit 1 of the first octet set, so no registry can name the maker.
    private mutating func locallyAdministeredMAC() -> MACAddress {
        while true {
            let raw = random.next() & 0xFFFF_FFFF_FFFF
            let mac = MACAddress(value: (raw | 0x0200_0000_0000) & ~0x0100_0000_0000)
            if usedMACs.insert(mac).inserted { return mac }
        }
    }

    /// Each owner has its own private range, filled in order.
    private mutating func nextIP(for owner: String) -> String {
        let n = hostCount[owner, default: 0]
        hostCount[owner] = n + 1
        let (first, second): (Int, Int) = switch owner {
        case DemoOrganisations.city.slug: (10, 20)
        case DemoOrganisations.safetyRegion.slug: (10, 60)
        case DemoOrganisations.police.slug: (10, 80)
        case DemoOrganisations.transport.slug: (172, 20)
        default: (10, 99)
        }
        return "\(first).\(second).\(n / 250).\(n % 250 + 2)"
    }

    static func id(prefix: String, number: Int) -> String {
        "\(prefix)-\(padded(number, width: 5))"
    }

    static func padded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
