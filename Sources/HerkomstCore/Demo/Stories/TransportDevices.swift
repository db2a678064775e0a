/// HTM: cameras at tram and bus stops (Axis, Uniview), at the depots (Dahua, Mobotix, and HiLook — a Hikvision
/// brand under another name), passenger counters, recorders, and the network of depots and traffic control.
enum TransportDevices {
    static func generate(_ factory: inout DemoDeviceFactory) -> [DeviceRegistration] {
        var random = DemoRandom(stream: "htm")
        let htm = DemoOrganisations.transport, c = DemoCameraModels.self
        var result: [DeviceRegistration] = []

        for i in 0..<110 {
            let model = i < 60 ? random.pick(c.axisCameras) : random.pick(c.univiewCameras)
            result.append(factory.make(stop(model, DemoPurposes.passengerSafety, note: "Camera bij halte.", &factory, &random)))
        }
        for _ in 0..<20 {
            var spec = stop(DemoSensorModels.xovisCounter, DemoPurposes.crowdCounting, note: "Reizigerstelling bij halte.",
                            &factory, &random)
            spec.site.direction = nil
            result.append(factory.make(spec))
        }

        let depots = Array(DemoBuilding.transportSites.dropFirst())
        let depotCameras = RackedEquipment(owner: htm, idPrefix: "htm-cam", purpose: DemoPurposes.buildingSecurity,
                                           visibility: .intern, supplier: DemoOrganisations.securityInstaller)
        result += depotCameras.make(c.dahuaBullet, count: 36, sites: depots, since: DemoLifecycle.day(2016, 1, 1),
                                    removalChance: 0.3, note: "bewaking remiseterrein.", &factory, &random)
        result += depotCameras.make(c.dahuaDome, count: 24, sites: depots, since: DemoLifecycle.day(2016, 1, 1),
                                    removalChance: 0.3, note: "bewaking werkplaats.", &factory, &random)
        result += depotCameras.make(c.hiLookTurret, count: 8, sites: depots, since: DemoLifecycle.day(2018, 1, 1),
                                    removalChance: 0.2, note: "bewaking fietsenstalling personeel.", &factory, &random)
        result += depotCameras.make(c.hiLookBullet, count: 6, sites: depots, since: DemoLifecycle.day(2018, 1, 1),
                                    removalChance: 0.2, note: "bewaking hekwerk.", &factory, &random)
        result += depotCameras.make(c.mobotixDual, count: 12, sites: depots, since: DemoLifecycle.day(2015, 1, 1),
                                    removalChance: 0.3, note: "bewaking inrit.", &factory, &random)

        let sites = DemoBuilding.transportSites
        let recorders = RackedEquipment(owner: htm, idPrefix: "htm-nvr", purpose: DemoPurposes.recording,
                                        visibility: .intern, supplier: DemoOrganisations.securityInstaller)
        result += recorders.make(c.dahuaRecorder, count: 6, sites: depots, since: DemoLifecycle.day(2016, 1, 1),
                                 removalChance: 0.3, note: "recorder.", &factory, &random)
        result += recorders.make(c.univiewRecorder, count: 4, sites: sites, since: DemoLifecycle.day(2017, 1, 1),
                                 removalChance: 0.3, note: "recorder haltecamera's.", &factory, &random)
        result += recorders.make(c.axisRecorder, count: 4, sites: sites, since: DemoLifecycle.day(2019, 1, 1),
                                 removalChance: 0.2, note: "recorder haltecamera's.", &factory, &random)

        let n = DemoNetworkModels.self
        let network = RackedEquipment(owner: htm, idPrefix: "htm-net", purpose: DemoPurposes.transportNetwork,
                                      visibility: .intern, supplier: DemoOrganisations.telecom, vital: true)
        result += network.make(n.hpe5130, count: 10, sites: sites, since: DemoLifecycle.day(2016, 1, 1),
                               removalChance: 0.3, note: "toegangsswitch.", &factory, &random)
        result += network.make(n.ciscoAccessSwitch, count: 10, sites: sites, since: DemoLifecycle.day(2020, 1, 1),
                               removalChance: 0, note: "toegangsswitch.", &factory, &random)
        result += network.make(n.juniperAccessSwitch, count: 6, sites: sites, since: DemoLifecycle.day(2017, 1, 1),
                               removalChance: 0.2, note: "toegangsswitch.", &factory, &random)
        return result
    }

    private static func stop(_ model: DemoModel, _ purpose: Purpose, note: String,
                             _ factory: inout DemoDeviceFactory, _ random: inout DemoRandom) -> DemoDeviceSpec {
        let district = CityCameras.weightedDistrict(&random)
        let installed = DemoLifecycle.installedSince2015(&random, today: factory.today)
        var spec = DemoDeviceSpec(
            idPrefix: model.deviceClass == .camera ? "htm-cam" : "htm-sen", model: model,
            owner: DemoOrganisations.transport, purposes: [purpose], visibility: .openbaar, installed: installed,
            removed: DemoLifecycle.endOfLife(after: installed, probability: 0.3, &random),
            site: .street(in: district, mount: "abri", camera: true, &random), note: "\(note) Stadsdeel \(district.name).")
        spec.supplier = DemoOrganisations.securityInstaller
        return spec
    }
}
