/// The telecom supplier's own managed routers at city, police and transport sites. Some are Huawei: still in use,
/// which is what the council's question about other Chinese equipment (2022) is after.
enum TelecomDevices {
    static func generate(_ factory: inout DemoDeviceFactory) -> [DeviceRegistration] {
        var random = DemoRandom(stream: "telecom")
        let gear = RackedEquipment(owner: DemoOrganisations.telecom, idPrefix: "kpn-rt",
                                   purpose: DemoPurposes.managedConnection, visibility: .intern,
                                   supplier: DemoOrganisations.telecom)
        let n = DemoNetworkModels.self
        var result: [DeviceRegistration] = []
        result += gear.make(n.huaweiBranchRouter, count: 10, sites: Array(DemoBuilding.cityOffices.dropFirst()),
                            since: DemoLifecycle.day(2019, 1, 1), removalChance: 0.1,
                            note: "beheerde internetaansluiting (managed CPE).", &factory, &random)
        result += gear.make(n.ciscoBranchRouter, count: 8, sites: DemoBuilding.policeSites + DemoBuilding.transportSites,
                            since: DemoLifecycle.day(2017, 1, 1), removalChance: 0.2,
                            note: "beheerde internetaansluiting (managed CPE).", &factory, &random)
        return result
    }
}
