/// Network gear, recorders and building cameras at an organisation's sites: the shape the city, police, transport and telecom
/// stories share.
struct RackedEquipment {
    let owner: Organisation
    let idPrefix: String
    let purpose: Purpose
    let visibility: Visibility
    var supplier: Organisation?
    var vital = false

    /// `count` units of `model` over `sites`, installed from `since` on, with the given chance of having been removed.
    func make(_ model: DemoModel, count: Int, sites: [DemoBuilding], since: Day, removalChance: Double, note: String,
              _ factory: inout DemoDeviceFactory, _ random: inout DemoRandom) -> [DeviceRegistration] {
        (0..<count).map { i in
            let site = sites[i % sites.count]
            let installed = random.day(in: since...max(since, factory.today))
            var place = DemoSite.building(site)
            if model.deviceClass == .camera {
                place.mount = "gevel"
                place.direction = Double(random.int(in: 0...359))
            }
            var spec = DemoDeviceSpec(
                idPrefix: idPrefix, model: model, owner: owner, purposes: [purpose], visibility: visibility,
                installed: installed, removed: DemoLifecycle.endOfLife(after: installed, probability: removalChance, &random),
                site: place, note: "\(site.name): \(note)")
            spec.supplier = supplier
            spec.maintainer = supplier
            spec.vital = vital
            spec.hostnamePrefix = idPrefix
            return factory.make(spec)
        }
    }
}
