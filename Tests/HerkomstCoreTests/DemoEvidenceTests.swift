import Foundation
import Testing
import HerkomstCore

@Suite("Demo data: realistic evidence and capping at today")
struct DemoEvidenceTests {
    let dataset = DemoData.generate(today: Day(year: 2025, month: 6, day: 30)!)

    private func registrations(brand: String) -> [DeviceRegistration] {
        dataset.registrations.filter { $0.device.brand == brand }
    }

    private func values(_ kind: EvidenceKind, brand: String) -> [String] {
        registrations(brand: brand).flatMap(\.evidence).filter { $0.kind == kind }.map(\.value)
    }

    private func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    @Test("model numbers follow each maker's grammar")
    func modelGrammar() {
        let grammar: [String: String] = [
            "Hikvision": #"^DS-(2CD|2DE|96|77)[0-9A-Z]{2,8}-[A-Z0-9/]+$"#,
            "HiLook": #"^IPC-[TB]\d{3}H$"#,
            "Dahua": #"^(IPC-H(FW|DBW)\d{4}[A-Z0-9-]*|SD\d{2}[0-9A-Z-]+|NVR\d{4}-[0-9A-Z-]+)$"#,
            "Uniview": #"^(IPC\d{3,4}[A-Z0-9-]+|NVR\d{3}-[0-9A-Z]+)$"#,
            "Axis": #"^[MPQS]\d{4}(-\d)?(-[A-Z]+(-\d)?)?( Mk II)?$"#,
            "Huawei": #"^(S\d{4}-[0-9A-Z-]+|AR\d{3,4})$"#,
            "Cisco": #"^(C9[23]00L?-|WS-C2960X-|ISR4\d{3}/K9|C8300-|ASA55\d{2}-X)"#,
            "Juniper": #"^(EX\d{4}-\d{2}P|MX\d{3}|SRX\d{3})$"#,
            "HPE": #"^5\d{3}(AF)?-\d{2}G-[0-9A-Z+-]+( (EI|HI))?$"#,
        ]
        for (brand, pattern) in grammar {
            let models = Set(registrations(brand: brand).compactMap(\.device.model))
            #expect(!models.isEmpty, "no models of \(brand)")
            for model in models {
                #expect(matches(model, pattern), "\(brand) model \(model) breaks the grammar")
            }
        }
    }

    @Test("banners and sysDescr strings in the makers' own words")
    func banners() {
        #expect(values(.httpServer, brand: "Hikvision").contains("App-webs/"))
        #expect(values(.httpServer, brand: "Hikvision").contains("DNVRS-Webs"))
        #expect(values(.wwwAuthenticate, brand: "Hikvision").contains { $0.contains("realm=\"IP Camera(") })
        #expect(values(.httpServer, brand: "Bosch").allSatisfy { $0 == "VCS-VideoJet-Webserver" })
        #expect(values(.wwwAuthenticate, brand: "Dahua").allSatisfy { $0.hasPrefix("Digest realm=\"DH_") })

        let huawei = values(.sysDescr, brand: "Huawei")
        #expect(!huawei.isEmpty)
        #expect(huawei.allSatisfy { matches($0, #"Huawei Versatile Routing Platform Software[\s\S]*VRP \(R\) software,\s?Version 5\.170 \((S|AR)\d{3,4} V[23]00R\d{3}C\d{2}SPC\d{3}\)"#) })
        #expect(values(.sshBanner, brand: "Huawei").allSatisfy { $0 == "SSH-2.0-HUAWEI-1.5" })

        let comware = values(.sysDescr, brand: "HPE")
        #expect(!comware.isEmpty)
        #expect(comware.allSatisfy { matches($0, #"^HPE Comware Platform Software, Software Version 7\.1\.0\d\d, Release \d{4}P\d{2}\r\nHPE .* Switch"#) })

        let cisco = values(.sysDescr, brand: "Cisco")
        #expect(cisco.contains { $0.hasPrefix("Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(") })
        #expect(cisco.contains { matches($0, #"^Cisco IOS Software \[(Gibraltar|Amsterdam|Bengaluru|Cupertino|Dublin)\], "#) })
        #expect(values(.sysDescr, brand: "Juniper").allSatisfy { matches($0, #"^Juniper Networks, Inc\. [a-z0-9-]+ .*, kernel JUNOS \d{2}\.\d"#) })
        #expect(values(.sysDescr, brand: "Axis").allSatisfy { matches($0, #"^; AXIS [A-Z]\d{4}.*; \d+\.\d+\.\d+(\.\d+)?; "#) })
    }

    @Test("sysObjectIDs sit under each maker's enterprise number")
    func enterpriseNumbers() {
        let enterprise: [String: String] = [
            "Huawei": "1.3.6.1.4.1.2011.", "Cisco": "1.3.6.1.4.1.9.", "Juniper": "1.3.6.1.4.1.2636.",
            "HPE": "1.3.6.1.4.1.25506.", "Axis": "1.3.6.1.4.1.368", "Dahua": "1.3.6.1.4.1.1004849",
        ]
        for (brand, prefix) in enterprise {
            let oids = values(.sysObjectID, brand: brand)
            #expect(!oids.isEmpty, "no sysObjectID for \(brand)")
            #expect(oids.allSatisfy { $0.hasPrefix(prefix) }, "\(brand): \(Set(oids))")
        }
    }

    @Test("evidence was observed while the device was there")
    func observationDates() {
        for registration in dataset.registrations {
            let device = registration.device
            for item in registration.evidence {
                guard let at = item.observedAt else {
                    Issue.record("\(device.id): evidence without time")
                    continue
                }
                let seen = Day(at)
                #expect(seen >= device.installed!)
                if let removed = device.removed { #expect(seen < removed, "\(device.id) seen \(seen), removed \(removed)") }
                #expect(item.source?.contains("illustratief") == true)
            }
        }
    }

    @Test("purposes carry legal grounds and data categories; network gear and police devices are not public")
    func purposesAndVisibility() {
        let devices = dataset.registrations.map(\.device)
        for device in devices where device.brand != nil {
            #expect(!device.purposes.isEmpty, "\(device.id) has no purpose")
            #expect(device.purposes.allSatisfy { $0.legalGround != nil && !$0.dataCategories.isEmpty })
        }
        let surveillance = devices.filter { $0.purposes.contains { $0.description.hasPrefix("Cameratoezicht") } }
        #expect(!surveillance.isEmpty)
        #expect(surveillance.allSatisfy { $0.purposes.allSatisfy { $0.personalData && $0.dataCategories.contains("beeldmateriaal") } })
        let networkClasses: Set<DeviceClass> = [.switch, .router, .firewall]
        #expect(devices.filter { networkClasses.contains($0.deviceClass) }.allSatisfy { $0.visibility != .openbaar })
        #expect(devices.filter { $0.owner == "politie-den-haag" }.allSatisfy { $0.visibility != .openbaar })
        let cityCameras = devices.filter { $0.owner == "gemeente-den-haag" && $0.deviceClass == .camera && $0.brand != nil }
        #expect(cityCameras.allSatisfy { $0.visibility == .openbaar })
    }

    @Test("an earlier today caps the data: nothing after it is known")
    func cappedAtToday() {
        let today = Day(year: 2022, month: 6, day: 30)!
        let early = DemoData.generate(today: today)
        let full = dataset.registrations.count
        #expect(early.registrations.count < full)
        for registration in early.registrations {
            let device = registration.device
            #expect(device.installed! <= today)
            #expect(device.removed.map { $0 <= today } ?? true)
            #expect(registration.placements.allSatisfy { $0.from <= today && ($0.to.map { $0 <= today } ?? true) })
            #expect(registration.placements.last?.to == device.removed)
            #expect(Validation.check(device).isEmpty)
            #expect(registration.evidence.allSatisfy { Day($0.observedAt!) <= today })
        }
        let earlyDevices: [Device] = early.registrations.map(\.device)
        let lab = earlyDevices.filter { (device: Device) -> Bool in
            device.brand == "Hikvision" && device.deviceClass == .camera && device.owner == "gemeente-den-haag"
        }
        #expect(lab.count == 142)
        #expect(lab.contains { $0.removed == nil })
        #expect(lab.contains { $0.removed != nil })
        // In mid-2022 the safety region still ran its Huawei network.
        let huawei = earlyDevices.filter { $0.brand == "Huawei" && $0.owner == "veiligheidsregio-haaglanden" }
        #expect(!huawei.isEmpty && huawei.allSatisfy { $0.status(on: today) == .actief })
    }

    @Test("before 2015 the register is empty")
    func beforeTheRegister() {
        let empty = DemoData.generate(today: Day(year: 2014, month: 6, day: 30)!)
        #expect(empty.registrations.isEmpty)
        #expect(!empty.organisations.isEmpty)
    }
}
