/// A WGS84 / CRS84 point: longitude first, as GeoJSON and OGC API Features have it.
public struct GeoPoint: Codable, Hashable, Sendable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// Where a device is or was, from one day to another (`to` is nil while it is still there).
public struct Placement: Codable, Hashable, Sendable {
    public var deviceID: String
    public var point: GeoPoint?
    public var address: String?
    public var district: String?
    /// How it is mounted: pole, facade, ceiling, cabinet, rack, …
    public var mount: String?
    /// Viewing direction in degrees from north, for cameras.
    public var direction: Double?
    public var from: Day
    public var to: Day?

    public init(deviceID: String, point: GeoPoint?, address: String? = nil, district: String? = nil,
                mount: String? = nil, direction: Double? = nil, from: Day, to: Day? = nil) {
        self.deviceID = deviceID
        self.point = point
        self.address = address
        self.district = district
        self.mount = mount
        self.direction = direction
        self.from = from
        self.to = to
    }

    /// True when the device stood here on that day (`to` is exclusive: the day it moved it stood elsewhere).
    public func covers(_ day: Day) -> Bool {
        from <= day && (to.map { day < $0 } ?? true)
    }
}
