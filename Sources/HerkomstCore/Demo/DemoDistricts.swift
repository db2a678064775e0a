/// One of The Hague's eight districts (stadsdelen), as a rough polygon drawn inside the real one.
/// Rough on purpose: the demo needs plausible points, not the municipal boundaries.
public struct DemoDistrict: Hashable, Sendable {
    public let name: String
    /// Corners in order (CRS84), without repeating the first.
    public let polygon: [GeoPoint]

    init(_ name: String, _ corners: [(Double, Double)]) {
        self.name = name
        self.polygon = corners.map { GeoPoint(longitude: $0.0, latitude: $0.1) }
    }

    /// Ray casting; points exactly on an edge may fall either way, which the demo never relies on.
    public func contains(_ point: GeoPoint) -> Bool {
        var inside = false
        var j = polygon.count - 1
        for i in polygon.indices {
            let a = polygon[i], b = polygon[j]
            if (a.latitude > point.latitude) != (b.latitude > point.latitude) {
                let crossing = (b.longitude - a.longitude) * (point.latitude - a.latitude)
                    / (b.latitude - a.latitude) + a.longitude
                if point.longitude < crossing { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    var boundingBox: (longitude: ClosedRange<Double>, latitude: ClosedRange<Double>) {
        let lons = polygon.map(\.longitude), lats = polygon.map(\.latitude)
        return (lons.min()!...lons.max()!, lats.min()!...lats.max()!)
    }

    /// A uniform point inside the polygon, by rejection from its bounding box.
    func randomPoint(_ random: inout DemoRandom) -> GeoPoint {
        let box = boundingBox
        while true {
            let point = DemoGeometry.rounded(GeoPoint(longitude: random.double(in: box.longitude),
                                                      latitude: random.double(in: box.latitude)))
            if contains(point) { return point }
        }
    }
}

extension DemoDistrict {
    static let centrum = DemoDistrict("Centrum", [
        (4.2950, 52.0780), (4.2990, 52.0900), (4.3150, 52.0890), (4.3330, 52.0820),
        (4.3330, 52.0700), (4.3100, 52.0680), (4.2980, 52.0720),
    ])
    /// Seaward edge follows the boulevard from the harbour to the Noorderstrand.
    static let scheveningen = DemoDistrict("Scheveningen", [
        (4.2520, 52.0930), (4.2620, 52.1010), (4.2700, 52.1060), (4.2860, 52.1185),
        (4.3000, 52.1140), (4.3050, 52.1000), (4.2950, 52.0920), (4.2700, 52.0900),
    ])
    static let segbroek = DemoDistrict("Segbroek", [
        (4.2400, 52.0700), (4.2550, 52.0850), (4.2700, 52.0895), (4.2940, 52.0875),
        (4.2920, 52.0760), (4.2750, 52.0680), (4.2500, 52.0660),
    ])
    static let loosduinen = DemoDistrict("Loosduinen", [
        (4.2050, 52.0600), (4.2200, 52.0720), (4.2400, 52.0690), (4.2550, 52.0600),
        (4.2500, 52.0450), (4.2250, 52.0400), (4.2100, 52.0480),
    ])
    static let escamp = DemoDistrict("Escamp", [
        (4.2560, 52.0590), (4.2750, 52.0660), (4.3000, 52.0640), (4.3050, 52.0500),
        (4.2900, 52.0300), (4.2600, 52.0250), (4.2500, 52.0400),
    ])
    /// Includes the Binckhorst, where the safety region has its head office.
    static let laak = DemoDistrict("Laak", [
        (4.3000, 52.0650), (4.3250, 52.0690), (4.3380, 52.0760), (4.3520, 52.0800),
        (4.3580, 52.0720), (4.3400, 52.0600), (4.3250, 52.0540), (4.3070, 52.0540),
    ])
    static let haagseHout = DemoDistrict("Haagse Hout", [
        (4.3200, 52.0850), (4.3150, 52.0950), (4.3200, 52.1050), (4.3450, 52.1100),
        (4.3750, 52.1000), (4.3700, 52.0850), (4.3400, 52.0820),
    ])
    static let leidschenveenYpenburg = DemoDistrict("Leidschenveen-Ypenburg", [
        (4.3550, 52.0500), (4.3650, 52.0620), (4.3900, 52.0720), (4.4150, 52.0700),
        (4.4150, 52.0550), (4.3900, 52.0400), (4.3650, 52.0380),
    ])

    static let all: [DemoDistrict] = [
        centrum, scheveningen, segbroek, loosduinen, escamp, laak, haagseHout, leidschenveenYpenburg,
    ]
}

enum DemoGeometry {
    /// Six decimals (about 10 cm): enough for a pole, and the same text on every machine.
    static func rounded(_ point: GeoPoint) -> GeoPoint {
        GeoPoint(longitude: (point.longitude * 1_000_000).rounded() / 1_000_000,
                 latitude: (point.latitude * 1_000_000).rounded() / 1_000_000)
    }

    /// A point at fraction `t` along the segment from `a` to `b`, nudged sideways by up to `spread` degrees.
    static func along(_ a: GeoPoint, _ b: GeoPoint, at t: Double, spread: Double,
                      _ random: inout DemoRandom) -> GeoPoint {
        rounded(GeoPoint(longitude: a.longitude + (b.longitude - a.longitude) * t + random.double(in: -spread...spread),
                         latitude: a.latitude + (b.latitude - a.latitude) * t + random.double(in: -spread...spread)))
    }
}
