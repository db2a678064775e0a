/// The safety region's network: Cisco from 2015, Huawei switches and routers from 2020 (installed on the telecom
/// supplier's advice, vital), replaced site by site early in 2023 — before end of life — by Cisco and Juniper.
enum SafetyRegionNetwork {
    static func generate(_ factory: inout DemoDeviceFactory) -> [DeviceRegistration] {
        var random = DemoRandom(stream: "veiligheidsregio-netwerk")
        var result: [DeviceRegistration] = []
        for (index, site) in DemoBuilding.safetyRegionSites.enumerated() {
            let huaweiInstalled = random.day(in: DemoLifecycle.day(2020, 2, 3)...DemoLifecycle.day(2020, 11, 27))
            let huaweiRemoved = random.day(in: DemoLifecycle.day(2023, 1, 9)...DemoLifecycle.day(2023, 3, 31))
            for role in roles(siteIndex: index) {
                let predecessor = factory.make(spec(role.legacy, at: site, installed:
                    random.day(in: DemoLifecycle.day(2015, 3, 1)...DemoLifecycle.day(2016, 12, 15)),
                    removed: huaweiInstalled, note: "Vervangen door Huawei-apparatuur in 2020."))
                let huaweiID = factory.nextID(prefix: prefix(role.huawei))
                var huawei = spec(role.huawei, at: site, installed: huaweiInstalled, removed: huaweiRemoved,
                                  note: huaweiNote(removed: huaweiRemoved, today: factory.today)
                                      + " Vervangt \(predecessor.device.id).")
                huawei.remoteMaintenance = true
                result.append(predecessor)
                result.append(factory.make(huawei))
                result.append(factory.make(spec(role.successor, at: site, installed: huaweiRemoved, removed: nil,
                    note: "Vervangt \(huaweiID) (Huawei \(role.huawei.name)) bij de vervanging van de Huawei-apparatuur begin 2023, vóór het einde van de levensduur.")))
            }
            result += cameras(at: site, &factory, &random)
        }
        result += firewalls(&factory, &random)
        return result
    }

    private struct Role {
        let legacy: DemoModel
        let huawei: DemoModel
        let successor: DemoModel
    }

    /// Head office and control room have a core; every site has a router and access switches.
    private static func roles(siteIndex: Int) -> [Role] {
        let n = DemoNetworkModels.self
        let core = Role(legacy: n.ciscoLegacySwitch, huawei: n.huaweiCoreSwitch, successor: n.ciscoCoreSwitch)
        let access = Role(legacy: n.ciscoLegacySwitch, huawei: n.huaweiAccessSwitch, successor: n.ciscoAccessSwitch)
        let poe = Role(legacy: n.ciscoLegacySwitch, huawei: n.huaweiPoESwitch, successor: n.ciscoAccessSwitch)
        let headRouter = Role(legacy: n.ciscoBranchRouter, huawei: n.huaweiHeadOfficeRouter, successor: n.juniperRouter)
        let branchRouter = Role(legacy: n.ciscoBranchRouter, huawei: n.huaweiBranchRouter, successor: n.juniperFirewall)
        switch siteIndex {
        case 0: return [headRouter, headRouter, core, core, access, access, access, poe]
        case 1: return [headRouter, core, access, poe, poe]
        default: return [branchRouter, siteIndex % 2 == 0 ? access : poe, poe]
        }
    }

    private static func prefix(_ model: DemoModel) -> String {
        model.deviceClass == .router ? "vrh-rt" : model.deviceClass == .firewall ? "vrh-fw" : "vrh-sw"
    }

    private static func spec(_ model: DemoModel, at site: DemoBuilding, installed: Day, removed: Day?,
                             note: String) -> DemoDeviceSpec {
        let region = DemoOrganisations.safetyRegion, telecom = DemoOrganisations.telecom
        var spec = DemoDeviceSpec(idPrefix: prefix(model), model: model, owner: region,
                                  purposes: [DemoPurposes.safetyRegionNetwork],
                                  visibility: site.name.hasPrefix("Kazerne") ? .intern : .vertrouwelijk,
                                  installed: installed, removed: removed, site: .building(site),
                                  note: "\(site.name). \(note)")
        spec.supplier = telecom
        spec.maintainer = telecom
        spec.vital = true
        spec.hostnamePrefix = prefix(model)
        return spec
    }

    private static func huaweiNote(removed: Day, today: Day) -> String {
        let installed = "In 2020 geplaatst op advies van de telecomleverancier (KPN Zakelijk)."
        guard removed <= today else { return installed }
        return installed + " Begin 2023 vervangen door Cisco/Juniper, vóór het einde van de levensduur."
    }

    private static func cameras(at site: DemoBuilding, _ factory: inout DemoDeviceFactory,
                                _ random: inout DemoRandom) -> [DeviceRegistration] {
        (0..<random.int(in: 2...4)).map { _ in
            let installed = DemoLifecycle.installedSince2015(&random, today: factory.today)
            let model = random.chance(0.75) ? random.pick(DemoCameraModels.axisCameras)
                                            : random.pick(DemoCameraModels.boschCameras)
            var spec = DemoDeviceSpec(
                idPrefix: "vrh-cam", model: model, owner: DemoOrganisations.safetyRegion,
                purposes: [DemoPurposes.buildingSecurity], visibility: .intern, installed: installed,
                removed: DemoLifecycle.endOfLife(after: installed, probability: 0.3, &random),
                site: DemoSite(point: site.point, district: site.district, address: site.address,
                               mount: "gevel", direction: Double(random.int(in: 0...359))),
                note: "\(site.name): bewaking van terrein en uitrukpoort.")
            spec.supplier = DemoOrganisations.securityInstaller
            return factory.make(spec)
        }
    }

    private static func firewalls(_ factory: inout DemoDeviceFactory, _ random: inout DemoRandom) -> [DeviceRegistration] {
        (0..<2).map { _ in
            factory.make(spec(DemoNetworkModels.ciscoFirewall, at: DemoBuilding.safetyRegionSites[0],
                              installed: random.day(in: DemoLifecycle.day(2017, 4, 1)...DemoLifecycle.day(2017, 6, 30)),
                              removed: nil, note: "Firewall naar internet en het landelijk netwerk."))
        }
    }
}
