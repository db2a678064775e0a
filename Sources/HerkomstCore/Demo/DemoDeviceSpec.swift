/// Where a demo device stands: a point in a district, with the address where there is a building.
struct DemoSite: Sendable {
    var point: GeoPoint
    var district: DemoDistrict
    var address: String?
    var mount: String?
    var direction: Double?

    static func building(_ building: DemoBuilding, mount: String = "rek") -> DemoSite {
        DemoSite(point: building.point, district: building.district, address: building.address, mount: mount)
    }

    /// A pole or facade somewhere in the district; cameras get a viewing direction.
    static func street(in district: DemoDistrict, mount: String, camera: Bool, _ random: inout DemoRandom) -> DemoSite {
        DemoSite(point: district.randomPoint(&random), district: district, address: nil, mount: mount,
                 direction: camera ? Double(random.int(in: 0...359)) : nil)
    }
}

/// What a story part decides about one device; the factory adds identity, addresses and evidence.
struct DemoDeviceSpec: Sendable {
    var idPrefix: String
    /// Nil for a device whose brand nobody recorded.
    var model: DemoModel?
    var deviceClass: DeviceClass
    var owner: Organisation
    var operatorOrganisation: Organisation?
    var supplier: Organisation?
    var maintainer: Organisation?
    var purposes: [Purpose]
    var connectivity: [Connectivity]
    var visibility: Visibility
    var vital = false
    var internetExposed = false
    var vendorCloud = false
    var remoteMaintenance = false
    var installed: Day
    var removed: Day?
    var site: DemoSite
    /// One move in the device's life: the day and where it went.
    var move: (day: Day, site: DemoSite)?
    var note: String
    /// Whether it has an IP interface (and so a MAC address and network evidence).
    var networked = true
    /// False where a scan saw the device through a router, so its MAC address never reached the register.
    var macKnown = true
    /// MAC blocks other than the maker's own, e.g. a Wi-Fi module's.
    var macBlocksOverride: [DemoMACBlock]?
    var hostnamePrefix: String?

    init(idPrefix: String, model: DemoModel, owner: Organisation, purposes: [Purpose], connectivity: [Connectivity] = [.bekabeld],
         visibility: Visibility, installed: Day, removed: Day? = nil, site: DemoSite, note: String) {
        self.idPrefix = idPrefix
        self.model = model
        self.deviceClass = model.deviceClass
        self.owner = owner
        self.operatorOrganisation = owner
        self.purposes = purposes
        self.connectivity = connectivity
        self.visibility = visibility
        self.installed = installed
        self.removed = removed
        self.site = site
        self.note = note
    }

    init(unknownBrandWithPrefix idPrefix: String, deviceClass: DeviceClass, owner: Organisation, visibility: Visibility,
         installed: Day, site: DemoSite, note: String) {
        self.idPrefix = idPrefix
        self.model = nil
        self.deviceClass = deviceClass
        self.owner = owner
        self.purposes = []
        self.connectivity = [.bekabeld]
        self.visibility = visibility
        self.installed = installed
        self.site = site
        self.note = note
    }
}
