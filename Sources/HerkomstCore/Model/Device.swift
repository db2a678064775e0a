/// One physical unit: a camera, recorder, sensor, switch, router, …
///
/// `installed`/`removed` give its life in public space; `status` is derived for a day by `status(on:)`,
/// so that "what was there on 31 December 2021" is answered from the same record.
public struct Device: Codable, Hashable, Sendable {
    public var id: String
    public var deviceClass: DeviceClass
    /// The label on the box, as recorded; may differ from the maker (HPE on an H3C switch).
    public var brand: String?
    public var model: String?
    public var firmware: String?
    public var serialNumber: String?
    public var macAddresses: [MACAddress]
    public var ipAddresses: [String]
    public var hostname: String?

    /// Organisation slugs.
    public var owner: String
    public var operatorOrganisation: String?
    public var supplier: String?
    public var maintainer: String?

    public var purposes: [Purpose]
    public var connectivity: [Connectivity]
    public var internetExposed: Bool
    public var vendorCloud: Bool
    public var remoteMaintenance: Bool
    public var vital: Bool
    public var visibility: Visibility

    public var procured: Day?
    public var installed: Day?
    public var removed: Day?
    /// Free-text note, e.g. why it was replaced.
    public var note: String?

    public init(id: String, deviceClass: DeviceClass, brand: String? = nil, model: String? = nil,
                firmware: String? = nil, serialNumber: String? = nil, macAddresses: [MACAddress] = [],
                ipAddresses: [String] = [], hostname: String? = nil, owner: String,
                operatorOrganisation: String? = nil, supplier: String? = nil, maintainer: String? = nil,
                purposes: [Purpose] = [], connectivity: [Connectivity] = [], internetExposed: Bool = false,
                vendorCloud: Bool = false, remoteMaintenance: Bool = false, vital: Bool = false,
                visibility: Visibility = .intern, procured: Day? = nil, installed: Day? = nil,
                removed: Day? = nil, note: String? = nil) {
        self.id = id
        self.deviceClass = deviceClass
        self.brand = brand
        self.model = model
        self.firmware = firmware
        self.serialNumber = serialNumber
        self.macAddresses = macAddresses
        self.ipAddresses = ipAddresses
        self.hostname = hostname
        self.owner = owner
        self.operatorOrganisation = operatorOrganisation
        self.supplier = supplier
        self.maintainer = maintainer
        self.purposes = purposes
        self.connectivity = connectivity
        self.internetExposed = internetExposed
        self.vendorCloud = vendorCloud
        self.remoteMaintenance = remoteMaintenance
        self.vital = vital
        self.visibility = visibility
        self.procured = procured
        self.installed = installed
        self.removed = removed
        self.note = note
    }

    /// The device's status on a day: planned before installation, active until removal, removed from then on.
    /// Without an installation date the device counts as in use since a day the register does not know:
    /// a planned device has a future installation date.
    public func status(on day: Day) -> DeviceStatus {
        if let removed, removed <= day { return .verwijderd }
        guard let installed else { return .actief }
        return installed <= day ? .actief : .gepland
    }

    /// Whether the register would have known the device on that day (procured, installed or removed by then).
    public func existed(on day: Day) -> Bool {
        let first = [procured, installed].compactMap { $0 }.min()
        guard let first else { return true }
        return first <= day
    }
}
