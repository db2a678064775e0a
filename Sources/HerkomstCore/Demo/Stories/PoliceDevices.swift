/// The police unit's devices: number-plate cameras, mobile camera units that move between hotspots, PTZ cameras,
/// building cameras, recorders and the station network. Confidential or internal, never on the public map.
enum PoliceDevices {
    static func generate(_ factory: inout DemoDeviceFactory) -> [DeviceRegistration] {
        var random = DemoRandom(stream: "politie")
        let police = DemoOrganisations.police
        var result: [DeviceRegistration] = []

        for _ in 0..<40 {
            result.append(factory.make(street(DemoCameraModels.axisPlateVerifier, DemoPurposes.numberPlateRecognition,
                                              district: CityCameras.weightedDistrict(&random), mount: "portaal",
                                              note: "ANPR-camera.", movable: false, &factory, &random)))
        }
        for _ in 0..<16 {
            result.append(factory.make(street(DemoCameraModels.mobotixMove, DemoPurposes.mobileSurveillance,
                                              district: CityCameras.weightedDistrict(&random), mount: "mobiele cameramast",
                                              note: "Mobiele camera-unit.", movable: true, &factory, &random)))
        }
        for _ in 0..<12 {
            result.append(factory.make(street(DemoCameraModels.boschPTZ, DemoPurposes.publicSpaceSurveillance,
                                              district: random.pick([.centrum, .laak, .escamp]), mount: "camerapaal",
                                              note: "Uitkijkcamera meldkamer.", movable: false, &factory, &random)))
        }

        let sites = DemoBuilding.policeSites
        let buildingCameras = RackedEquipment(owner: police, idPrefix: "pol-cam", purpose: DemoPurposes.buildingSecurity,
                                              visibility: .intern, supplier: DemoOrganisations.securityInstaller)
        result += buildingCameras.make(DemoCameraModels.axisCompactDome, count: 18, sites: sites,
                                       since: DemoLifecycle.day(2015, 1, 1), removalChance: 0.3,
                                       note: "bewaking gebouw.", &factory, &random)
        result += buildingCameras.make(DemoCameraModels.boschDome, count: 12, sites: sites,
                                       since: DemoLifecycle.day(2015, 1, 1), removalChance: 0.3,
                                       note: "bewaking gebouw.", &factory, &random)
        let recorders = RackedEquipment(owner: police, idPrefix: "pol-nvr", purpose: DemoPurposes.recording,
                                        visibility: .vertrouwelijk, supplier: DemoOrganisations.securityInstaller)
        result += recorders.make(DemoCameraModels.boschRecorder, count: 6, sites: sites,
                                 since: DemoLifecycle.day(2016, 1, 1), removalChance: 0.3, note: "recorder.", &factory, &random)

        let n = DemoNetworkModels.self
        let network = RackedEquipment(owner: police, idPrefix: "pol-net", purpose: DemoPurposes.policeNetwork,
                                      visibility: .vertrouwelijk, supplier: nil, vital: true)
        result += network.make(n.ciscoCoreSwitch, count: 6, sites: sites, since: DemoLifecycle.day(2018, 1, 1),
                               removalChance: 0, note: "kernswitch.", &factory, &random)
        result += network.make(n.ciscoAccessSwitch, count: 12, sites: sites, since: DemoLifecycle.day(2019, 1, 1),
                               removalChance: 0, note: "toegangsswitch.", &factory, &random)
        result += network.make(n.juniperFirewall, count: 6, sites: sites, since: DemoLifecycle.day(2017, 1, 1),
                               removalChance: 0.2, note: "firewall.", &factory, &random)
        result += network.make(n.juniperAccessSwitch, count: 6, sites: sites, since: DemoLifecycle.day(2016, 1, 1),
                               removalChance: 0.3, note: "toegangsswitch.", &factory, &random)
        return result
    }

    private static func street(_ model: DemoModel, _ purpose: Purpose, district: DemoDistrict, mount: String, note: String,
                               movable: Bool, _ factory: inout DemoDeviceFactory, _ random: inout DemoRandom) -> DemoDeviceSpec {
        let installed = DemoLifecycle.installedSince2015(&random, today: factory.today)
        let removed = DemoLifecycle.endOfLife(after: installed, probability: 0.3, &random)
        var spec = DemoDeviceSpec(
            idPrefix: "pol-cam", model: model, owner: DemoOrganisations.police, purposes: [purpose],
            connectivity: movable ? [.mobiel] : [.bekabeld], visibility: .vertrouwelijk,
            installed: installed, removed: removed,
            site: .street(in: district, mount: mount, camera: true, &random), note: "\(note) Stadsdeel \(district.name).")
        spec.supplier = DemoOrganisations.securityInstaller
        if movable, let day = DemoLifecycle.moveDay(installed: installed, removed: removed, today: factory.today, &random) {
            let next = CityCameras.weightedDistrict(&random)
            spec.move = (day, .street(in: next, mount: mount, camera: true, &random))
        }
        return spec
    }
}
