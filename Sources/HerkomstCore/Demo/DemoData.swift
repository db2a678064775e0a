/// The demo register of The Hague: the organisations and devices behind the council's questions of 2022 and 2023.
/// Illustrative, not real: every device's note says so, and so does `label`.
public struct DemoDataset: Sendable {
    public var label: String
    public var organisations: [Organisation]
    public var registrations: [DeviceRegistration]
}

public enum DemoData {
    public static let label = "Illustratieve demogegevens — niet echt"

    /// The whole dataset, the same on every run and every machine. `today` only caps it: nothing is installed,
    /// moved or removed after today (what would come later is left out, as a register on that day would have it).
    public static func generate(today: Day) -> DemoDataset {
        var factory = DemoDeviceFactory(today: today)
        let stories: [(inout DemoDeviceFactory) -> [DeviceRegistration]] = [
            LivingLabScheveningen.generate,
            SafetyRegionNetwork.generate,
            CityCameras.generate,
            CitySensors.generate,
            CityNetwork.generate,
            PoliceDevices.generate,
            TransportDevices.generate,
            TelecomDevices.generate,
            UnknownBrandDevices.generate,
        ]
        var registrations: [DeviceRegistration] = []
        for story in stories {
            registrations += story(&factory)
        }
        return DemoDataset(label: label, organisations: DemoOrganisations.all,
                           registrations: registrations.compactMap { cap($0, at: today) })
    }

    /// What the register would hold on `today`: later installations left out, later removals and moves not yet known.
    static func cap(_ registration: DeviceRegistration, at today: Day) -> DeviceRegistration? {
        var r = registration
        guard let installed = r.device.installed, installed <= today else { return nil }
        if let procured = r.device.procured, procured > today { r.device.procured = today }
        if let removed = r.device.removed, removed > today { r.device.removed = nil }
        r.placements = r.placements.filter { $0.from <= today }.map { placement in
            var p = placement
            if let to = p.to, to > today { p.to = nil }
            return p
        }
        return r
    }

    /// The districts the demo places devices in, with the polygons it draws points from.
    public static var districts: [DemoDistrict] { DemoDistrict.all }
}
