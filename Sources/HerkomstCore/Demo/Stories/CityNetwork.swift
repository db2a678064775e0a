/// The city's office network: Cisco in the city hall, HPE-branded Comware switches (made by H3C) in the
/// district offices — Chinese-made equipment under an American brand.
enum CityNetwork {
    static func generate(_ factory: inout DemoDeviceFactory) -> [DeviceRegistration] {
        var random = DemoRandom(stream: "gemeente-netwerk")
        let n = DemoNetworkModels.self
        let hall = [DemoBuilding.cityHall], offices = Array(DemoBuilding.cityOffices.dropFirst())
        let gear = RackedEquipment(owner: DemoOrganisations.city, idPrefix: "dh-net", purpose: DemoPurposes.cityNetwork,
                                   visibility: .intern, supplier: DemoOrganisations.telecom, vital: true)
        var result: [DeviceRegistration] = []
        result += gear.make(n.ciscoCoreSwitch, count: 6, sites: hall, since: DemoLifecycle.day(2018, 1, 1),
                            removalChance: 0, note: "kernnetwerk.", &factory, &random)
        result += gear.make(n.ciscoBranchRouter, count: 2, sites: hall, since: DemoLifecycle.day(2017, 1, 1),
                            removalChance: 0.5, note: "WAN-router.", &factory, &random)
        result += gear.make(n.ciscoFirewall, count: 2, sites: hall, since: DemoLifecycle.day(2017, 1, 1),
                            removalChance: 0.5, note: "firewall.", &factory, &random)
        result += gear.make(n.hpe5900, count: 2, sites: hall, since: DemoLifecycle.day(2016, 1, 1),
                            removalChance: 0.3, note: "datacenterswitch.", &factory, &random)
        result += gear.make(n.hpe5130, count: 28, sites: offices, since: DemoLifecycle.day(2016, 1, 1),
                            removalChance: 0.3, note: "toegangsswitch.", &factory, &random)
        result += gear.make(n.hpe5510, count: 7, sites: offices, since: DemoLifecycle.day(2017, 1, 1),
                            removalChance: 0.2, note: "distributieswitch.", &factory, &random)
        result += gear.make(n.ciscoAccessSwitch, count: 14, sites: offices, since: DemoLifecycle.day(2021, 1, 1),
                            removalChance: 0, note: "toegangsswitch.", &factory, &random)
        return result
    }
}
