/// The filters of the device list (`GET /v1/apparaten`), already validated.
public struct DeviceQuery: Hashable, Sendable {
    public var organisation: String?
    public var deviceClass: DeviceClass?
    /// Matches the brand label or the attributed maker's name, case-insensitively, by whole name.
    public var brand: String?
    /// ISO country of origin of the attributed maker.
    public var country: String?
    public var highRisk: Bool?
    /// Status on `asOf`.
    public var status: DeviceStatus?
    /// The reference day: "what was there on that date". Nil means today (as the caller's clock says).
    public var asOf: Day
    public var page: Int
    public var pageSize: Int
    /// Only devices with this visibility or more public (nil: no restriction). Decided in the store, nowhere else.
    public var maximumVisibility: Visibility?

    public static let maximumPageSize = 500

    public init(organisation: String? = nil, deviceClass: DeviceClass? = nil, brand: String? = nil,
                country: String? = nil, highRisk: Bool? = nil, status: DeviceStatus? = nil, asOf: Day,
                page: Int = 1, pageSize: Int = 50, maximumVisibility: Visibility? = nil) {
        self.organisation = organisation
        self.deviceClass = deviceClass
        self.brand = brand
        self.country = country
        self.highRisk = highRisk
        self.status = status
        self.asOf = asOf
        self.page = page
        self.pageSize = pageSize
        self.maximumVisibility = maximumVisibility
    }
}

/// A device as the register held it on a reference day: where it stood then, its status then, its origin.
public struct DeviceSnapshot: Hashable, Sendable {
    public var device: Device
    public var status: DeviceStatus
    public var placement: Placement?
    public var attribution: Attribution?

    public init(device: Device, status: DeviceStatus, placement: Placement?, attribution: Attribution?) {
        self.device = device
        self.status = status
        self.placement = placement
        self.attribution = attribution
    }
}

public struct DevicePage: Hashable, Sendable {
    public var devices: [DeviceSnapshot]
    public var total: Int

    public init(devices: [DeviceSnapshot], total: Int) {
        self.devices = devices
        self.total = total
    }
}

/// Counts for the overview page, on a reference day.
public struct RegisterSummary: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var organisation: String
        public var deviceClass: DeviceClass
        public var count: Int
        public init(organisation: String, deviceClass: DeviceClass, count: Int) {
            self.organisation = organisation
            self.deviceClass = deviceClass
            self.count = count
        }
    }
    public var rows: [Row]
    public var total: Int
    public init(rows: [Row], total: Int) {
        self.rows = rows
        self.total = total
    }
}
