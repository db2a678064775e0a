/// The city's sensors: air quality (SODAQ — Dutch, some with an Espressif Wi-Fi module —, Bosch, Libelium),
/// sound, crowd counting, parking (Nedap), water level, solar radiation, and the traffic-light controllers.
enum CitySensors {
    private struct Batch {
        let model: DemoModel
        let count: Int
        let purpose: Purpose
        let connectivity: [Connectivity]
        let mount: String
        var districts: [DemoDistrict] = DemoDistrict.all
        var espressifModule = false
    }

    private static let batches: [Batch] = {
        let s = DemoSensorModels.self, p = DemoPurposes.self
        return [
            Batch(model: s.sodaqAirWifi, count: 90, purpose: p.airQuality, connectivity: [.wifi], mount: "lantaarnpaal",
                  espressifModule: true),
            Batch(model: s.sodaqAirCellular, count: 60, purpose: p.airQuality, connectivity: [.mobiel], mount: "lantaarnpaal"),
            Batch(model: s.boschClimo, count: 20, purpose: p.airQuality, connectivity: [.mobiel], mount: "mast"),
            Batch(model: s.libeliumEnvironment, count: 40, purpose: p.airQuality, connectivity: [.lora], mount: "lantaarnpaal"),
            Batch(model: s.soramaSound, count: 30, purpose: p.sound, connectivity: [.bekabeld], mount: "gevel",
                  districts: [.centrum, .scheveningen, .laak]),
            Batch(model: s.libeliumSmartCities, count: 30, purpose: p.sound, connectivity: [.lora], mount: "lantaarnpaal"),
            Batch(model: s.xovisCounter, count: 25, purpose: p.crowdCounting, connectivity: [.bekabeld], mount: "gevel",
                  districts: [.centrum, .scheveningen]),
            Batch(model: s.xovisCounterNew, count: 15, purpose: p.crowdCounting, connectivity: [.bekabeld], mount: "gevel",
                  districts: [.centrum, .laak]),
            Batch(model: DemoCameraModels.axisPeopleCounter, count: 20, purpose: p.crowdCounting,
                  connectivity: [.bekabeld], mount: "gevel", districts: [.centrum]),
            Batch(model: s.nedapParking, count: 380, purpose: p.parking, connectivity: [.lora], mount: "wegdek"),
            Batch(model: s.nedapParkingFlush, count: 140, purpose: p.parking, connectivity: [.lora], mount: "wegdek"),
            Batch(model: s.nedapDataCollector, count: 18, purpose: p.parking, connectivity: [.bekabeld, .mobiel],
                  mount: "lantaarnpaal"),
            Batch(model: s.vanEssenDiver, count: 40, purpose: p.waterLevel, connectivity: [.mobiel], mount: "peilbuis"),
            Batch(model: s.teltonikaRouter, count: 10, purpose: p.waterLevel, connectivity: [.mobiel], mount: "kast"),
            Batch(model: s.kippZonenPyranometer, count: 8, purpose: p.weather, connectivity: [.bekabeld], mount: "dak"),
            Batch(model: s.siemensTrafficController, count: 70, purpose: p.trafficControl, connectivity: [.bekabeld],
                  mount: "kast"),
        ]
    }()

    /// LoRa devices, and devices read through a modem or logger (no MAC block of their own), have no IP address.
    private static func hasOwnIPInterface(_ batch: Batch) -> Bool {
        !batch.connectivity.contains(.lora) && (!batch.model.maker.macBlocks.isEmpty || batch.espressifModule)
    }

    static func generate(_ factory: inout DemoDeviceFactory) -> [DeviceRegistration] {
        var random = DemoRandom(stream: "gemeente-sensoren")
        var result: [DeviceRegistration] = []
        for batch in batches {
            for _ in 0..<batch.count {
                let district = random.pick(batch.districts)
                let installed = DemoLifecycle.installedSince2015(&random, today: factory.today)
                let removed = DemoLifecycle.endOfLife(after: installed, probability: 0.3, &random)
                var spec = DemoDeviceSpec(
                    idPrefix: batch.model.deviceClass == .controller ? "dh-vri" : batch.model.deviceClass == .gateway ? "dh-gw" : "dh-sen",
                    model: batch.model, owner: DemoOrganisations.city, purposes: [batch.purpose],
                    connectivity: batch.connectivity, visibility: .openbaar, installed: installed, removed: removed,
                    site: .street(in: district, mount: batch.mount, camera: false, &random),
                    note: "\(batch.purpose.description). Stadsdeel \(district.name).")
                spec.networked = hasOwnIPInterface(batch)
                if batch.espressifModule { spec.macBlocksOverride = DemoMaker.espressifModule }
                spec.supplier = DemoOrganisations.sensorIntegrator
                spec.maintainer = DemoOrganisations.sensorIntegrator
                spec.vendorCloud = batch.model.maker.brand == "SODAQ" || batch.model.maker.brand == "Libelium"
                if random.chance(0.04),
                   let day = DemoLifecycle.moveDay(installed: installed, removed: removed, today: factory.today, &random) {
                    spec.move = (day, .street(in: district, mount: batch.mount, camera: false, &random))
                }
                result.append(factory.make(spec))
            }
        }
        return result
    }
}
