/// Living Lab Scheveningen: 142 Hikvision cameras along the boulevard and the harbour, installed 2019–2021 and
/// removed 2022–2023, most of them replaced by Axis or Bosch; the lab's other cameras and sensors are of
/// non-Chinese makers. These are the only Hikvision-made cameras the city ever owns in the demo.
enum LivingLabScheveningen {
    static let hikvisionCameraCount = 142
    static let idPrefix = "dh-lls-cam"

    private static let boulevard = (GeoPoint(longitude: 4.2715, latitude: 52.1058),
                                    GeoPoint(longitude: 4.2850, latitude: 52.1165))
    private static let harbour = (GeoPoint(longitude: 4.2625, latitude: 52.0985),
                                  GeoPoint(longitude: 4.2730, latitude: 52.0960))

    static func generate(_ factory: inout DemoDeviceFactory) -> [DeviceRegistration] {
        var random = DemoRandom(stream: "living-lab-scheveningen")
        let today = factory.today
        let city = DemoOrganisations.city, installer = DemoOrganisations.securityInstaller
        var result: [DeviceRegistration] = []

        var hikvision: [DeviceRegistration] = []
        for _ in 0..<hikvisionCameraCount {
            let model = pickHikvision(&random)
            let installed = random.day(in: DemoLifecycle.day(2019, 3, 1)...DemoLifecycle.day(2021, 10, 31))
            let removed = random.day(in: DemoLifecycle.day(2022, 2, 1)...DemoLifecycle.day(2023, 11, 30))
            let onBoulevard = random.chance(0.56)
            var spec = DemoDeviceSpec(
                idPrefix: idPrefix, model: model, owner: city, purposes: [DemoPurposes.livingLab],
                visibility: .openbaar, installed: installed, removed: removed,
                site: labSite(onBoulevard: onBoulevard, &random),
                note: "Living Lab Scheveningen, \(onBoulevard ? "boulevard" : "haven")."
                    + (removed <= today ? " Verwijderd bij de uitfasering van Hikvision-camera's (2022–2023)." : ""))
            spec.supplier = installer
            spec.maintainer = installer
            spec.internetExposed = random.chance(0.02)
            if random.chance(0.05), let day = DemoLifecycle.moveDay(installed: installed, removed: removed, today: today, &random) {
                spec.move = (day, labSite(onBoulevard: !onBoulevard, &random))
            }
            hikvision.append(factory.make(spec))
        }
        result += hikvision
        result += replacements(of: hikvision, &factory, &random)
        result += recorders(&factory, &random)
        result += otherCameras(&factory, &random)
        result += sensors(&factory, &random)
        return result
    }

    private static func pickHikvision(_ random: inout DemoRandom) -> DemoModel {
        let roll = random.unit()
        let models = DemoCameraModels.self
        switch roll {
        case ..<0.40: return models.hikvisionDome
        case ..<0.65: return models.hikvisionBullet
        case ..<0.80: return models.hikvisionTurret
        case ..<0.92: return models.hikvisionVarifocal
        default: return models.hikvisionPTZ
        }
    }

    private static func labSite(onBoulevard: Bool, camera: Bool = true, _ random: inout DemoRandom) -> DemoSite {
        let (a, b) = onBoulevard ? boulevard : harbour
        var point: GeoPoint
        repeat {
            point = DemoGeometry.along(a, b, at: random.unit(), spread: 0.0004, &random)
        } while !DemoDistrict.scheveningen.contains(point)
        return DemoSite(point: point, district: .scheveningen,
                        address: onBoulevard ? "Strandweg, Scheveningen" : "Dr. Lelykade, Scheveningen",
                        mount: random.pick(["lichtmast", "gevel", "camerapaal"]),
                        direction: camera ? Double(random.int(in: 0...359)) : nil)
    }

    /// About two in three removed Hikvision cameras got a successor on the same spot, the same day.
    private static func replacements(of removed: [DeviceRegistration], _ factory: inout DemoDeviceFactory,
                                     _ random: inout DemoRandom) -> [DeviceRegistration] {
        removed.compactMap { old in
            guard random.chance(0.68), let day = old.device.removed, let last = old.placements.last,
                  let point = last.point else { return nil }
            let model = random.chance(0.7) ? random.pick(DemoCameraModels.axisCameras)
                                           : random.pick(DemoCameraModels.boschCameras)
            var spec = DemoDeviceSpec(
                idPrefix: idPrefix, model: model, owner: DemoOrganisations.city, purposes: [DemoPurposes.livingLab],
                visibility: .openbaar, installed: day,
                site: DemoSite(point: point, district: .scheveningen, address: last.address, mount: last.mount,
                               direction: last.direction),
                note: "Living Lab Scheveningen. Vervangt \(old.device.id) (Hikvision \(old.device.model ?? "")).")
            spec.supplier = DemoOrganisations.securityInstaller
            spec.maintainer = DemoOrganisations.securityInstaller
            return factory.make(spec)
        }
    }

    private static func recorders(_ factory: inout DemoDeviceFactory, _ random: inout DemoRandom) -> [DeviceRegistration] {
        let office = DemoBuilding.cityOffices[1]
        var result: [DeviceRegistration] = []
        for _ in 0..<3 {
            var spec = DemoDeviceSpec(
                idPrefix: "dh-lls-nvr", model: DemoCameraModels.hikvisionRecorder, owner: DemoOrganisations.city,
                purposes: [DemoPurposes.recording], visibility: .intern,
                installed: random.day(in: DemoLifecycle.day(2019, 2, 15)...DemoLifecycle.day(2019, 2, 28)),
                removed: random.day(in: DemoLifecycle.day(2023, 12, 1)...DemoLifecycle.day(2023, 12, 20)),
                site: .building(office), note: "Recorder van de Living Lab-camera's.")
            spec.supplier = DemoOrganisations.securityInstaller
            result.append(factory.make(spec))
        }
        for _ in 0..<3 {
            var spec = DemoDeviceSpec(
                idPrefix: "dh-lls-nvr", model: DemoCameraModels.boschRecorder, owner: DemoOrganisations.city,
                purposes: [DemoPurposes.recording], visibility: .intern,
                installed: random.day(in: DemoLifecycle.day(2022, 1, 10)...DemoLifecycle.day(2022, 1, 31)),
                site: .building(office), note: "Recorder van het Living Lab na de uitfasering van Hikvision.")
            spec.supplier = DemoOrganisations.securityInstaller
            result.append(factory.make(spec))
        }
        return result
    }

    private static func otherCameras(_ factory: inout DemoDeviceFactory, _ random: inout DemoRandom) -> [DeviceRegistration] {
        (0..<32).map { i in
            let model = i < 24 ? random.pick(DemoCameraModels.axisCameras) : random.pick(DemoCameraModels.mobotixCameras)
            let installed = random.day(in: DemoLifecycle.day(2019, 3, 1)...DemoLifecycle.day(2021, 10, 31))
            var spec = DemoDeviceSpec(
                idPrefix: idPrefix, model: model, owner: DemoOrganisations.city, purposes: [DemoPurposes.livingLab],
                visibility: .openbaar, installed: installed,
                removed: DemoLifecycle.endOfLife(after: installed, probability: 0.3, &random),
                site: labSite(onBoulevard: random.chance(0.6), &random), note: "Living Lab Scheveningen.")
            spec.supplier = DemoOrganisations.securityInstaller
            spec.maintainer = DemoOrganisations.securityInstaller
            return factory.make(spec)
        }
    }

    private static func sensors(_ factory: inout DemoDeviceFactory, _ random: inout DemoRandom) -> [DeviceRegistration] {
        let plan: [(DemoModel, Purpose, Int, [Connectivity])] = [
            (DemoSensorModels.xovisCounter, DemoPurposes.crowdCounting, 20, [.bekabeld]),
            (DemoSensorModels.soramaSound, DemoPurposes.sound, 12, [.bekabeld]),
            (DemoSensorModels.libeliumSmartCities, DemoPurposes.airQuality, 10, [.lora]),
        ]
        var result: [DeviceRegistration] = []
        for (model, purpose, count, connectivity) in plan {
            for _ in 0..<count {
                let installed = random.day(in: DemoLifecycle.day(2019, 6, 1)...DemoLifecycle.day(2021, 10, 31))
                var spec = DemoDeviceSpec(
                    idPrefix: "dh-lls-sen", model: model, owner: DemoOrganisations.city, purposes: [purpose],
                    connectivity: connectivity, visibility: .openbaar, installed: installed,
                    removed: DemoLifecycle.endOfLife(after: installed, probability: 0.2, &random),
                    site: labSite(onBoulevard: random.chance(0.7), camera: false, &random),
                    note: "Living Lab Scheveningen.")
                spec.networked = connectivity != [.lora]
                spec.supplier = DemoOrganisations.sensorIntegrator
                spec.maintainer = DemoOrganisations.sensorIntegrator
                result.append(factory.make(spec))
            }
        }
        return result
    }
}
