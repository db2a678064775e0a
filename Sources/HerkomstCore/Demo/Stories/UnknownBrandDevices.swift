/// Devices found on the networks whose brand nobody recorded: a randomised (locally administered) MAC address or
/// none at all, and banners that name no maker. Unknown is a state of its own, never "not high-risk".
enum UnknownBrandDevices {
    static func generate(_ factory: inout DemoDeviceFactory) -> [DeviceRegistration] {
        var random = DemoRandom(stream: "onbekend-merk")
        let owners = [DemoOrganisations.city, DemoOrganisations.transport, DemoOrganisations.police,
                      DemoOrganisations.safetyRegion]
        let classes: [DeviceClass] = [.camera, .camera, .camera, .sensor, .accesspoint, .overig, .gateway]
        return (0..<45).map { i in
            let owner = owners[i % owners.count]
            let deviceClass = random.pick(classes)
            let district = CityCameras.weightedDistrict(&random)
            let installed = random.day(in: DemoLifecycle.day(2017, 1, 1)...max(DemoLifecycle.day(2017, 1, 1), factory.today))
            var spec = DemoDeviceSpec(
                unknownBrandWithPrefix: "onb", deviceClass: deviceClass, owner: owner,
                visibility: owner.kind == .politie ? .vertrouwelijk : .intern, installed: installed,
                site: .street(in: district, mount: "onbekend", camera: deviceClass == .camera, &random),
                note: "Merk onbekend: aangetroffen bij een netwerkinventarisatie, niet in de administratie. Stadsdeel \(district.name).")
            spec.macKnown = random.chance(0.7)
            return factory.make(spec)
        }
    }
}
