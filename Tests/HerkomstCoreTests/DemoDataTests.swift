import Foundation
import Testing
import HerkomstCore

@Suite("Demo data of The Hague")
struct DemoDataTests {
    let today = Day(year: 2025, month: 6, day: 30)!
    let dataset: DemoDataset

    init() {
        dataset = DemoData.generate(today: today)
    }

    var devices: [Device] { dataset.registrations.map(\.device) }

    private func day(_ text: String) -> Day { Day(text)! }

    private func isHikvisionMade(_ device: Device) -> Bool {
        let labels: Set<String> = ["hikvision", "hilook", "ezviz", "hiwatch"]
        if let brand = device.brand?.lowercased(), labels.contains(brand) { return true }
        return device.macAddresses.contains { DemoRegistryNames.registrant(of: $0)?.contains("Hikvision") == true }
    }

    @Test("generating twice gives identical output")
    func deterministic() {
        let again = DemoData.generate(today: today)
        #expect(again.label == dataset.label)
        #expect(again.organisations == dataset.organisations)
        #expect(again.registrations.count == dataset.registrations.count)
        for (a, b) in zip(again.registrations, dataset.registrations) {
            #expect(a.device == b.device)
            #expect(a.placements == b.placements)
            #expect(a.evidence == b.evidence)
        }
    }

    @Test("about 2,500 devices with unique ids, MAC and IP addresses")
    func sizeAndIdentity() {
        #expect(devices.count >= 2_000)
        #expect(devices.count <= 3_000)
        #expect(Set(devices.map(\.id)).count == devices.count)
        let macs = devices.flatMap(\.macAddresses)
        #expect(Set(macs).count == macs.count)
        let ips = devices.flatMap(\.ipAddresses)
        #expect(Set(ips).count == ips.count)
    }

    @Test("the organisations of the story, with their slugs and kinds")
    func organisations() {
        let bySlug = Dictionary(uniqueKeysWithValues: dataset.organisations.map { ($0.slug, $0) })
        #expect(bySlug["gemeente-den-haag"]?.kind == .gemeente)
        #expect(bySlug["veiligheidsregio-haaglanden"]?.kind == .veiligheidsregio)
        #expect(bySlug["politie-den-haag"]?.name == "Politie eenheid Den Haag")
        #expect(bySlug["politie-den-haag"]?.kind == .politie)
        #expect(bySlug["htm"]?.name == "HTM Personenvervoer")
        #expect(bySlug["htm"]?.kind == .vervoerder)
        #expect(bySlug["kpn-zakelijk"]?.kind == .leverancier)
        let referenced = devices.flatMap { [$0.owner, $0.operatorOrganisation, $0.supplier, $0.maintainer].compactMap { $0 } }
        #expect(Set(referenced).isSubset(of: Set(bySlug.keys)))
        for slug in ["gemeente-den-haag", "veiligheidsregio-haaglanden", "politie-den-haag", "htm", "kpn-zakelijk"] {
            #expect(devices.contains { $0.owner == slug }, "no device owned by \(slug)")
        }
    }

    @Test("labelled as illustrative in the dataset and in every device")
    func labelled() {
        #expect(dataset.label == "Illustratieve demogegevens — niet echt")
        #expect(devices.allSatisfy { $0.note?.contains(dataset.label) == true })
    }

    @Test("exactly 142 Hikvision Living Lab cameras: installed 2019–2021, removed 2022–2023")
    func livingLabHikvision() {
        let lab = devices.filter {
            $0.owner == "gemeente-den-haag" && $0.deviceClass == .camera && $0.brand == "Hikvision"
                && $0.note?.contains("Living Lab Scheveningen") == true
        }
        #expect(lab.count == 142)
        for camera in lab {
            #expect((2019...2021).contains(camera.installed!.year), "\(camera.id) installed \(camera.installed!)")
            #expect((2022...2023).contains(camera.removed?.year ?? 0), "\(camera.id) removed \(String(describing: camera.removed))")
            #expect(camera.status(on: day("2021-12-31")) == .actief)
            #expect(camera.status(on: today) == .verwijderd)
        }
        let placements = dataset.registrations.filter { lab.map(\.id).contains($0.device.id) }.flatMap(\.placements)
        #expect(placements.allSatisfy { $0.district == "Scheveningen" })
    }

    /// The API filter `merk=Hikvision&organisatie=gemeente-den-haag&klasse=camera&peildatum=2021-12-31` must
    /// find the lab's 142 and nothing else, whatever the label says (HiLook, EZVIZ) or the MAC reveals.
    @Test("no other Hikvision-made camera of the city")
    func noOtherCityHikvision() {
        let cityHikvision = devices.filter {
            $0.owner == "gemeente-den-haag" && $0.deviceClass == .camera && isHikvisionMade($0)
        }
        #expect(cityHikvision.count == 142)
        #expect(cityHikvision.filter { $0.existed(on: day("2021-12-31")) }.count == 142)
        #expect(cityHikvision.allSatisfy { $0.removed! <= day("2023-12-31") })
        #expect(cityHikvision.allSatisfy { $0.brand == "Hikvision" })
    }

    @Test("the lab's other cameras and sensors are of non-Chinese makers")
    func livingLabOthers() {
        let others = devices.filter {
            $0.note?.contains("Living Lab Scheveningen") == true && $0.brand != "Hikvision"
                && [.camera, .sensor].contains($0.deviceClass)
        }
        #expect(others.count >= 100)
        let chinese: Set<String> = ["Hikvision", "HiLook", "Dahua", "Uniview", "Huawei", "HPE"]
        #expect(others.allSatisfy { !chinese.contains($0.brand ?? "") })
        let registrants = others.flatMap(\.macAddresses).compactMap(DemoRegistryNames.registrant(of:))
        #expect(!registrants.contains { $0.hasPrefix("Hangzhou") || $0.hasPrefix("Zhejiang") || $0.hasPrefix("HUAWEI") })
    }

    @Test("the safety region's Huawei gear: installed 2020, removed by 2023-03-31, replaced by non-Chinese gear")
    func safetyRegionHuawei() {
        let region = devices.filter { $0.owner == "veiligheidsregio-haaglanden" }
        let huawei = region.filter { $0.brand == "Huawei" }
        #expect(huawei.count >= 20)
        #expect(Set(huawei.map(\.deviceClass)) == [.switch, .router])
        for device in huawei {
            #expect(device.installed?.year == 2020)
            let removed = device.removed!
            #expect(removed >= day("2023-01-01") && removed <= day("2023-03-31"), "\(device.id) removed \(removed)")
            #expect(device.vital)
            #expect(device.supplier == "kpn-zakelijk")
            #expect(device.note?.contains("op advies van de telecomleverancier") == true)
            #expect(device.status(on: day("2021-06-30")) == .actief)
            #expect(device.status(on: day("2024-01-01")) != .actief)

            let successors = region.filter { $0.note?.contains("Vervangt \(device.id) ") == true }
            #expect(successors.count == 1, "\(device.id) has \(successors.count) successors")
            guard let successor = successors.first else { continue }
            #expect(["Cisco", "Juniper"].contains(successor.brand ?? ""))
            #expect(successor.installed == removed)
            #expect(successor.vital)
            let registrants = successor.macAddresses.compactMap(DemoRegistryNames.registrant(of:))
            #expect(!registrants.isEmpty && registrants.allSatisfy { ["Cisco Systems, Inc", "Juniper Networks"].contains($0) })
        }
        #expect(region.filter { $0.brand == "Huawei" && $0.status(on: day("2024-01-01")) == .actief }.isEmpty)
    }

    @Test("every required maker and kind of device is there")
    func makersAndKinds() {
        let brands = Dictionary(grouping: devices, by: { $0.brand ?? "" }).mapValues(\.count)
        for brand in ["Hikvision", "HiLook", "Dahua", "Uniview", "Axis", "Bosch", "Mobotix", "Huawei", "Cisco", "Juniper",
                      "HPE", "Libelium", "SODAQ", "Nedap", "Siemens", "Kipp & Zonen", "Xovis", "Sorama"] {
            #expect((brands[brand] ?? 0) >= 1, "no device of \(brand)")
        }
        for deviceClass in [DeviceClass.camera, .nvr, .sensor, .switch, .router, .firewall, .gateway, .controller] {
            #expect(devices.contains { $0.deviceClass == deviceClass }, "no \(deviceClass)")
        }
        let sensorPurposes = Set(devices.filter { $0.deviceClass == .sensor }.flatMap(\.purposes).map(\.description))
        for purpose in ["Luchtkwaliteit meten", "Geluidsoverlast meten", "Drukte meten", "Bezetting van parkeervakken",
                        "Waterstand en grondwater meten"] {
            #expect(sensorPurposes.contains(purpose), "no sensor for \(purpose)")
        }
        #expect(devices.contains { $0.brand == "Axis" && $0.owner == "htm" })
        #expect(devices.contains { $0.brand == "Bosch" && $0.owner == "politie-den-haag" })
        #expect(devices.contains { $0.brand == "Dahua" && $0.owner == "gemeente-den-haag" })
    }

    @Test("every MAC address lies in a real IEEE block of the device's maker")
    func macAddressesInMakersBlocks() {
        var checked = 0
        for device in devices {
            for mac in device.macAddresses where !mac.isLocallyAdministered {
                #expect(!mac.isMulticast)
                guard let brand = device.brand else {
                    Issue.record("\(device.id): a universal MAC \(mac) on a device without brand")
                    continue
                }
                let registrant = DemoRegistryNames.registrant(of: mac)
                #expect(registrant != nil, "\(device.id): \(mac) is not in the registry table")
                #expect(DemoRegistryNames.registrantsByBrand[brand]?.contains(registrant ?? "") == true,
                        "\(device.id): \(brand) with a MAC of \(registrant ?? "nobody")")
                checked += 1
            }
        }
        #expect(checked > 1_000)
        // A Dutch maker with a Chinese Wi-Fi module: the MAC says Espressif, the label says SODAQ.
        #expect(devices.contains { d in
            d.brand == "SODAQ" && d.macAddresses.contains { DemoRegistryNames.registrant(of: $0) == "Espressif Inc." }
        })
    }

    @Test("every device and placement passes validation")
    func validates() {
        for registration in dataset.registrations {
            #expect(Validation.check(registration.device).isEmpty, "\(registration.device.id): \(Validation.check(registration.device))")
            for placement in registration.placements {
                #expect(Validation.check(placement).isEmpty, "\(placement.deviceID): \(Validation.check(placement))")
                #expect(placement.deviceID == registration.device.id)
            }
            #expect(!registration.evidence.isEmpty || registration.device.brand == nil)
        }
    }

    @Test("every placement lies in the Netherlands, in The Hague and in its own district")
    func placementsInDistricts() {
        let districts = Dictionary(uniqueKeysWithValues: DemoData.districts.map { ($0.name, $0) })
        #expect(Set(districts.keys) == ["Centrum", "Scheveningen", "Segbroek", "Loosduinen", "Escamp", "Laak",
                                        "Haagse Hout", "Leidschenveen-Ypenburg"])
        var used: Set<String> = []
        for placement in dataset.registrations.flatMap(\.placements) {
            guard let point = placement.point, let name = placement.district, let district = districts[name] else {
                Issue.record("\(placement.deviceID): placement without point or known district")
                continue
            }
            #expect((3.2...7.3).contains(point.longitude) && (50.7...53.6).contains(point.latitude))
            #expect((4.18...4.43).contains(point.longitude) && (52.02...52.13).contains(point.latitude),
                    "\(placement.deviceID) at \(point) is outside The Hague")
            #expect(district.contains(point), "\(placement.deviceID) at \(point) is outside \(name)")
            used.insert(name)
        }
        #expect(used == Set(districts.keys))
    }

    @Test("placements follow the device's life; some devices moved once")
    func placementTimeline() {
        for registration in dataset.registrations {
            let device = registration.device, placements = registration.placements
            #expect((1...2).contains(placements.count), "\(device.id) has \(placements.count) placements")
            #expect(placements.first?.from == device.installed)
            #expect(placements.last?.to == device.removed)
            if placements.count == 2 {
                #expect(placements[0].to == placements[1].from)
                #expect(placements[0].point != placements[1].point)
            }
        }
        #expect(dataset.registrations.filter { $0.placements.count == 2 }.count >= 20)
        #expect(devices.allSatisfy { $0.installed! >= day("2015-01-01") && $0.installed! <= today })
    }

    @Test("devices of unknown brand exist and their evidence names no maker")
    func unknownBrand() {
        let unknown = dataset.registrations.filter { $0.device.brand == nil }
        #expect(unknown.count >= 20)
        #expect(unknown.contains { $0.device.macAddresses.isEmpty })
        #expect(unknown.contains { !$0.device.macAddresses.isEmpty })
        for registration in unknown {
            #expect(registration.device.model == nil)
            let universal = registration.device.macAddresses.filter { !$0.isLocallyAdministered }
            #expect(universal.isEmpty)
            #expect(!registration.evidence.contains { [.brandLabel, .modelString, .sysObjectID].contains($0.kind) })
        }
    }
}
