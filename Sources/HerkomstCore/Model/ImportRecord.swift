/// Where one imported record came from: file, and line or element, so every message and every stored
/// value can point back to it.
public struct RecordOrigin: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// For formats without lines: the element, feature index or JSON path (`features[12]`).
    public var element: String?

    public init(file: String, line: Int? = nil, element: String? = nil) {
        self.file = file
        self.line = line
        self.element = element
    }

    public var description: String {
        if let line { return "\(file):\(line)" }
        if let element { return "\(file) \(element)" }
        return file
    }
}

/// One device as an outside source describes it, before merging into the register. Every field is optional:
/// sources know different things. Readers fill what their format has; the importer decides create/update/merge.
public struct ImportRecord: Hashable, Sendable {
    public var origin: RecordOrigin

    public var deviceClass: DeviceClass?
    public var brand: String?
    /// The maker as the source names it (`manufacturer`, `fabrikant`), which may differ from the brand label.
    public var manufacturer: String?
    public var model: String?
    public var firmware: String?
    public var serialNumber: String?
    public var macAddresses: [MACAddress] = []
    public var ipAddresses: [String] = []
    public var hostname: String?
    /// ONVIF endpoint reference (`urn:uuid:…`).
    public var endpointID: String?

    /// Organisation names or slugs as the source gives them.
    public var owner: String?
    public var operatorOrganisation: String?
    public var supplier: String?
    public var maintainer: String?

    public var purpose: Purpose?
    public var visibility: Visibility?
    public var status: DeviceStatus?
    public var procured: Day?
    public var installed: Day?
    public var removed: Day?
    public var internetExposed: Bool?
    public var vital: Bool?
    public var connectivity: [Connectivity] = []

    public var point: GeoPoint?
    public var address: String?
    public var district: String?
    public var mount: String?
    public var direction: Double?

    /// Identifiers in other systems: `netbox` → `17`, `amsterdam` → reference, `osm` → `node/123`.
    public var externalIDs: [String: String] = [:]
    public var evidence: [Evidence] = []
    /// Columns or properties the reader did not map, kept so nothing is lost.
    public var unmapped: [String: String] = [:]

    public init(origin: RecordOrigin) {
        self.origin = origin
    }
}
