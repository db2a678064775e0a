/// The city's cameras outside the Living Lab: public-space surveillance in every district (Axis, Bosch, Mobotix,
/// and Dahua and Uniview — Chinese, but not Hikvision), traffic cameras, environmental-zone number-plate cameras,
/// and the recorders behind them.
enum CityCameras {
    /// Where the city watches most: the centre first.
    static let districtWeights: [(DemoDistrict, Double)] = [
        (.centrum, 0.30), (.scheveningen, 0.12), (.laak, 0.12), (.escamp, 0.14), (.segbroek, 0.08),
        (.loosduinen, 0.06), (.haagseHout, 0.08), (.leidschenveenYpenburg, 0.10),
    ]

    static func generate(_ factory: inout DemoDeviceFactory) -> [DeviceRegistration] {
        var random = DemoRandom(stream: "gemeente-cameras")
        var result: [DeviceRegistration] = []
        for _ in 0..<420 {
            result.append(factory.make(camera(pickSurveillanceModel(&random), purpose: DemoPurposes.publicSpaceSurveillance,
                                              district: weightedDistrict(&random), note: "Cameratoezicht.",
                                              &factory, &random)))
        }
        for _ in 0..<60 {
            let model = random.chance(0.6) ? DemoCameraModels.axisPTZ : DemoCameraModels.boschPTZ
            result.append(factory.make(camera(model, purpose: DemoPurposes.trafficManagement,
                                              district: weightedDistrict(&random), note: "Verkeerscamera.",
                                              &factory, &random)))
        }
        for _ in 0..<30 {
            var spec = camera(DemoCameraModels.axisPlateVerifier, purpose: DemoPurposes.environmentalZone,
                              district: random.chance(0.7) ? .centrum : .laak, note: "Milieuzone-camera.",
                              &factory, &random)
            spec.installed = max(spec.installed, DemoLifecycle.day(2016, 1, 1))
            spec.move = nil
            result.append(factory.make(spec))
        }
        result += recorders(&factory, &random)
        return result
    }

    static func weightedDistrict(_ random: inout DemoRandom) -> DemoDistrict {
        var roll = random.unit()
        for (district, weight) in districtWeights {
            if roll < weight { return district }
            roll -= weight
        }
        return districtWeights[0].0
    }

    private static func pickSurveillanceModel(_ random: inout DemoRandom) -> DemoModel {
        let m = DemoCameraModels.self
        switch random.unit() {
        case ..<0.45: return random.pick(m.axisCameras)
        case ..<0.70: return random.pick(m.boschCameras)
        case ..<0.80: return random.pick(m.mobotixCameras)
        case ..<0.92: return random.pick(m.dahuaCameras)
        default: return random.pick(m.univiewCameras)
        }
    }

    private static func camera(_ model: DemoModel, purpose: Purpose, district: DemoDistrict, note: String,
                               _ factory: inout DemoDeviceFactory, _ random: inout DemoRandom) -> DemoDeviceSpec {
        let installed = DemoLifecycle.installedSince2015(&random, today: factory.today)
        let removed = DemoLifecycle.endOfLife(after: installed, probability: 0.35, &random)
        var spec = DemoDeviceSpec(
            idPrefix: "dh-cam", model: model, owner: DemoOrganisations.city, purposes: [purpose],
            visibility: .openbaar, installed: installed, removed: removed,
            site: .street(in: district, mount: random.pick(["lichtmast", "gevel", "camerapaal"]), camera: true, &random),
            note: "\(note) Stadsdeel \(district.name).")
        spec.supplier = DemoOrganisations.securityInstaller
        spec.maintainer = DemoOrganisations.securityInstaller
        if random.chance(0.05),
           let day = DemoLifecycle.moveDay(installed: installed, removed: removed, today: factory.today, &random) {
            spec.move = (day, .street(in: district, mount: "camerapaal", camera: true, &random))
        }
        return spec
    }

    private static func recorders(_ factory: inout DemoDeviceFactory, _ random: inout DemoRandom) -> [DeviceRegistration] {
        let m = DemoCameraModels.self
        let plan: [(DemoModel, Int)] = [(m.boschRecorder, 12), (m.axisRecorder, 10), (m.dahuaRecorder, 6), (m.univiewRecorder, 4)]
        var result: [DeviceRegistration] = []
        for (model, count) in plan {
            for _ in 0..<count {
                let installed = DemoLifecycle.installedSince2015(&random, today: factory.today)
                var spec = DemoDeviceSpec(
                    idPrefix: "dh-nvr", model: model, owner: DemoOrganisations.city, purposes: [DemoPurposes.recording],
                    visibility: .intern, installed: installed,
                    removed: DemoLifecycle.endOfLife(after: installed, probability: 0.4, &random),
                    site: .building(random.pick(DemoBuilding.cityOffices)), note: "Recorder cameratoezicht.")
                spec.supplier = DemoOrganisations.securityInstaller
                result.append(factory.make(spec))
            }
        }
        return result
    }
}
