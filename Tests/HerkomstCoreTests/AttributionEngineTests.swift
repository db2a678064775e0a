import Foundation
import Testing
@testable import HerkomstCore

/// A tiny MAC registry in the IEEE's own shape: blocks by prefix length, most specific first.
struct TableMACRegistry: MACRegistry {
    var blocks: [(bits: Int, prefix: UInt64, organisation: String, country: String?)]

    func lookup(_ mac: MACAddress) -> MACRegistryEntry? {
        for bits in [36, 28, 24] {
            if let block = blocks.first(where: { $0.bits == bits && $0.prefix == mac.prefix(bits: bits) }) {
                let registry = bits == 24 ? "MA-L" : bits == 28 ? "MA-M" : "MA-S"
                return MACRegistryEntry(registry: registry, assignment: String(block.prefix, radix: 16, uppercase: true),
                                        organisation: block.organisation, country: block.country, asOf: "2022-08-27")
            }
        }
        return nil
    }

    /// As the shipped index answers: the blocks of registrants with the same distinctive name, when they agree.
    func registrant(named name: String) -> Registrant? {
        guard let key = NameIdentity.distinctiveKey(name) else { return nil }
        let same = blocks.filter { NameIdentity.distinctiveKey($0.organisation) == key }
        guard let first = same.first, let country = first.country, same.allSatisfy({ $0.country == country }) else { return nil }
        return Registrant(organisation: first.organisation, country: country, registrations: same.count, asOf: "2022-08-27")
    }
}

struct TableEnterpriseRegistry: EnterpriseRegistry {
    var names: [UInt32: String]
    var asOf: String { "2024-08-23" }
    func organisation(forEnterprise number: UInt32) -> String? { names[number] }
}

/// A small catalogue with the real spellings of the registries, enough to exercise every rule.
enum Fixture {
    static let catalogue = VendorCatalogue(
        version: "test",
        manufacturers: [
            Manufacturer(id: "cetc", name: "China Electronics Technology Group Corporation", country: "CN", role: .holding),
            Manufacturer(id: "hikvision", name: "Hangzhou Hikvision Digital Technology Co., Ltd.",
                         aliases: ["Hikvision", "Hangzhou Hikvision Digital Technology Co.,Ltd."], parent: "cetc", country: "CN"),
            Manufacturer(id: "dahua", name: "Zhejiang Dahua Technology Co., Ltd.", aliases: ["Dahua"], country: "CN"),
            Manufacturer(id: "unisplendour", name: "Unisplendour Corporation Limited", country: "CN", role: .holding),
            Manufacturer(id: "h3c", name: "New H3C Technologies Co., Ltd.", aliases: ["H3C"], parent: "unisplendour", country: "CN"),
            Manufacturer(id: "hpe", name: "Hewlett Packard Enterprise Company", aliases: ["HPE", "HP", "Hewlett-Packard"], country: "US"),
            Manufacturer(id: "axis", name: "Axis Communications AB", aliases: ["Axis"], country: "SE"),
            Manufacturer(id: "espressif", name: "Espressif Systems (Shanghai) Co., Ltd.", aliases: ["Espressif Inc."],
                         country: "CN", role: .component),
            Manufacturer(id: "nedap", name: "Nedap N.V.", aliases: ["Nedap"], country: "NL"),
            Manufacturer(id: "tp-link", name: "TP-Link Technologies Co., Ltd.", aliases: ["TP-LINK TECHNOLOGIES CO.,LTD."], country: "CN"),
        ],
        brands: [
            BrandRelation(brand: "HiLook", maker: "hikvision", source: "productlabel"),
            BrandRelation(brand: "HPE", aliases: ["HP"], maker: "h3c", onlyWithEvidenceOfMaker: true, source: "persbericht 2015"),
        ],
        modelGrammars: [
            ModelGrammar(maker: "hikvision", prefixes: ["DS-2CD"], deviceClass: .camera, weight: 0.65, family: "DS-2CD"),
            ModelGrammar(maker: "h3c", prefixes: ["5900AF"], deviceClass: .switch, weight: 0.6, family: "HP Comware"),
            ModelGrammar(maker: "h3c", prefixes: ["5130"], deviceClass: .switch, onlyWithBrands: ["HP", "HPE"], weight: 0.55,
                         family: "HP Comware, alleen met HP-merk"),
        ],
        signatures: [
            Signature(maker: "h3c", phrase: "Comware", fields: [.sysDescr], weight: 0.75),
            Signature(maker: "h3c", phrase: "HP Comware", fields: [.sysDescr], brand: "HP", weight: 0.8),
            Signature(maker: "hpe", phrase: "Hewlett-Packard", fields: [.sysDescr], weight: 0.6),
            Signature(maker: "axis", phrase: "AXIS", fields: [.sysDescr, .httpServer], weight: 0.65),
        ],
        enterpriseAssignments: [
            EnterpriseAssignment(oidPrefix: "1.3.6.1.4.1.1004849", maker: "dahua", weight: 0.7, source: "waargenomen",
                                 note: "Dahua-firmware"),
            EnterpriseAssignment(oidPrefix: "1.3.6.1.4.1.8072.3.2.10", maker: nil, weight: 0, source: "net-snmp",
                                 note: "generieke net-snmp-agent"),
        ],
        classKeywords: [ClassKeyword(phrase: "network camera", deviceClass: .camera), ClassKeyword(phrase: "switch", deviceClass: .switch)]
    )

    static let macs = TableMACRegistry(blocks: [
        (24, 0x4CBD8F, "Hangzhou Hikvision Digital Technology Co.,Ltd.", "CN"),
        (24, 0x402C76, "IEEE Registration Authority", "US"),
        (28, 0x402C761, "Shanghai Dahua Scale Factory", "CN"),
        (24, 0x240AC4, "Espressif Inc.", "CN"),
        (24, 0x00408C, "Axis Communications AB", "SE"),
        (24, 0xD03745, "TP-LINK TECHNOLOGIES CO.,LTD.", "CN"),
        (24, 0xA86D5F, "Raisecom Technology CO., LTD", "CN"),
        (24, 0x000E5E, "Raisecom Technology", "CN"),
        (24, 0x001B48, "Shenzhen Lantech Electronics Co., Ltd.", "CN"),
        (24, 0x286046, "Lantech Communications Global, Inc.", "TW"),
    ])

    static let offensiveCountries = PolicyList(id: "nl-landen", title: "Landen met een offensief cyberprogramma",
                                               source: "https://www.nctv.nl/", asOf: "2022-07-04",
                                               countries: ["CN", "RU", "IR", "KP"])
    static let covered = PolicyList(id: "fcc", title: "FCC Covered List", source: "https://www.fcc.gov/supplychain/coveredlist",
                                    asOf: "2022-09-20", entities: [PolicyEntity(manufacturer: "hikvision", name: "Hikvision")])

    static func engine(policies: [PolicyList] = [offensiveCountries, covered]) -> AttributionEngine {
        AttributionEngine(reference: AttributionReference(
            catalogue: catalogue, policyLists: policies, macRegistry: macs,
            enterpriseRegistry: TableEnterpriseRegistry(names: [25506: "H3C", 368: "Axis Communications AB", 11: "Hewlett-Packard",
                                                                8072: "net-snmp", 50001: "Scildon",
                                                                8886: "Beijing Raisecom Scientific & Technology Development Co., Ltd.",
                                                                37072: "Lantech Communications Global, Inc."])))
    }
}

@Suite("Attribution engine")
struct AttributionEngineTests {
    let engine = Fixture.engine()

    @Test func hikvisionMACNamesTheIEEEEntryAndIsHighRisk() {
        let a = engine.attribute([Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01")])
        #expect(a.manufacturer?.id == "hikvision")
        #expect(a.countryOfOrigin == "CN")
        #expect(a.parent?.id == "cetc")
        #expect(a.highRisk == true)
        #expect(Set(a.riskBasis.map(\.listID)) == ["nl-landen", "fcc"])
        #expect(a.evidence.first?.reference?.hasPrefix("IEEE MA-L 4C-BD-8F") == true)
        #expect(a.evidence.first?.weight == 0.6)
    }

    @Test func maMBlockOfAScaleFactoryIsNotDahuaTechnology() {
        let a = engine.attribute([Evidence(kind: .macAddress, value: "40:2C:76:10:00:01")])
        #expect(a.manufacturer?.id != "dahua")
        #expect(a.manufacturer?.name == "Shanghai Dahua Scale Factory")
        #expect(a.evidence.first?.reference?.hasPrefix("IEEE MA-M 40-2C-76-1") == true)
        // Outside the catalogue it counts for less than a catalogued maker.
        #expect(a.confidence < 0.5)
    }

    @Test func namesAreMatchedByIdentityNeverBySubstring() {
        #expect(NameIdentity.key("Zhejiang Dahua Technology Co., Ltd.") == NameIdentity.key("ZHEJIANG DAHUA TECHNOLOGY CO.,LTD"))
        #expect(NameIdentity.key("Zhongxing Telecom Co.,ltd. (abbr. ZTE)") == "zhongxing telecom")
        #expect(engine.index.resolve(name: "Shanghai Dahua Scale Factory") == nil)
        #expect(engine.index.resolve(name: "Dahua Scale") == nil)
        #expect(engine.index.manufacturerID(forName: "dahua") == "dahua")
    }

    @Test("a registrant's distinctive name drops places, trades and legal forms, and is never short")
    func distinctiveNames() {
        #expect(NameIdentity.distinctiveKey("Beijing Raisecom Scientific & Technology Development Co., Ltd.") == "raisecom")
        #expect(NameIdentity.distinctiveKey("Raisecom Technology CO., LTD") == "raisecom")
        #expect(NameIdentity.distinctiveKey("Chengdu Maipu Electric Industrial Co., Ltd.") == "maipu")
        #expect(NameIdentity.distinctiveKey("Shanghai Dahua Scale Factory") == "dahua scale factory")
        #expect(NameIdentity.distinctiveKey("GCOM Technologies Co.,Ltd.") == nil, "four letters: too common a name")
        #expect(NameIdentity.distinctiveKey("General Electric Company") == nil)
    }

    @Test("an enterprise number outside the catalogue takes its country from the IEEE registrant of the same name")
    func enterpriseRegistrantCountryFromIEEE() {
        let a = engine.attribute([Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.8886.6.1")])
        #expect(a.manufacturer?.name == "Beijing Raisecom Scientific & Technology Development Co., Ltd.")
        #expect(a.countryOfOrigin == "CN")
        #expect(a.highRisk == true, "China is on the list of countries with an offensive cyber programme")
        #expect(a.evidence.first?.finding.contains("land CN volgens het IEEE-register: Raisecom Technology CO., LTD, 2 blokken") == true)
        // The same organisation by MAC and by enterprise number is one candidate, not two in conflict.
        let both = engine.attribute([Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.8886.6.1"),
                                     Evidence(kind: .macAddress, value: "A8:6D:5F:00:00:01")])
        #expect(both.conflicts.isEmpty)
        #expect(both.confidence > a.confidence)
        // Two registrants named Lantech, in China and in Taiwan: the name alone says no country.
        let lantech = engine.attribute([Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.37072.1")])
        #expect(lantech.manufacturer?.name == "Lantech Communications Global, Inc.")
        #expect(lantech.countryOfOrigin == nil)
        #expect(lantech.highRisk == nil)
    }

    @Test("a manufacturer field outside the catalogue is the IEEE registrant of that name, weaker than a catalogued maker")
    func manufacturerFieldFoundInTheRegistry() {
        let a = engine.attribute([Evidence(kind: .onvifManufacturer, value: "RAISECOM")])
        #expect(a.manufacturer?.name == "Raisecom Technology CO., LTD")
        #expect(a.countryOfOrigin == "CN")
        #expect(a.confidence < engine.attribute([Evidence(kind: .onvifManufacturer, value: "Hikvision")]).confidence)
        #expect(engine.attribute([Evidence(kind: .onvifManufacturer, value: "General")]).manufacturer == nil)
    }

    @Test func locallyAdministeredAndMulticastMACsAreNoEvidence() {
        let local = engine.attribute([Evidence(kind: .macAddress, value: "06:11:22:33:44:55")])
        #expect(local.manufacturer == nil)
        #expect(local.highRisk == nil)
        #expect(local.countryOfOrigin == nil)
        #expect(local.evidence.first?.weight == 0)
        #expect(local.evidence.first?.finding.contains("lokaal beheerd") == true)
        let multicast = engine.attribute([Evidence(kind: .macAddress, value: "01:00:5E:00:00:01")])
        #expect(multicast.manufacturer == nil)
        #expect(multicast.evidence.first?.finding.contains("multicast") == true)
    }

    @Test func componentMakersBlockIsWeakAndNeverTheVerdict() {
        let moduleOnly = engine.attribute([Evidence(kind: .macAddress, value: "24:0A:C4:12:34:56")])
        #expect(moduleOnly.manufacturer == nil)
        #expect(moduleOnly.highRisk == nil)
        #expect(moduleOnly.evidence.first?.weight == 0.15)

        let sensor = engine.attribute([
            Evidence(kind: .macAddress, value: "24:0A:C4:12:34:56"),
            Evidence(kind: .brandLabel, value: "Nedap"),
        ])
        #expect(sensor.manufacturer?.id == "nedap")
        #expect(sensor.countryOfOrigin == "NL")
        #expect(sensor.highRisk == false)
        #expect(sensor.conflicts.isEmpty)
    }

    @Test func brandLabelsResolveToTheirMaker() {
        let a = engine.attribute([Evidence(kind: .brandLabel, value: "HiLook")])
        #expect(a.manufacturer?.id == "hikvision")
        #expect(a.brand == "HiLook")
        #expect(a.highRisk == true)
    }

    @Test func hpeWithAComwareModelIsH3CButHPEAloneIsHPE() {
        let comware = engine.attribute([Evidence(kind: .brandLabel, value: "HPE"), Evidence(kind: .modelString, value: "5900AF-48G-4X")])
        #expect(comware.manufacturer?.id == "h3c")
        #expect(comware.brand == "HPE")
        #expect(comware.countryOfOrigin == "CN")
        #expect(comware.parent?.id == "unisplendour")
        #expect(comware.deviceClass == .switch)
        #expect(comware.model == "5900AF-48G-4X")
        #expect(comware.conflicts.isEmpty)

        let bareNumber = engine.attribute([Evidence(kind: .brandLabel, value: "HP"), Evidence(kind: .modelString, value: "5130-24G-4SFP+ EI")])
        #expect(bareNumber.manufacturer?.id == "h3c")

        let hpeOnly = engine.attribute([Evidence(kind: .brandLabel, value: "HPE")])
        #expect(hpeOnly.manufacturer?.id == "hpe")
        #expect(hpeOnly.countryOfOrigin == "US")
        #expect(hpeOnly.highRisk == false)

        // A bare number without an HP label is not taken for a Comware model.
        let numberOnly = engine.attribute([Evidence(kind: .modelString, value: "5130-24G")])
        #expect(numberOnly.manufacturer == nil)
    }

    @Test func comwareSysDescrWithHPEnterpriseNumberIsH3C() {
        let a = engine.attribute([
            Evidence(kind: .sysDescr, value: "HP Comware Platform Software, Software Version 7.1.045 Copyright (c) 2010-2014 Hewlett-Packard Development Company, L.P."),
            Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.11.2.3.7.11.160"),
        ])
        #expect(a.manufacturer?.id == "h3c")
        #expect(a.brand == "HP")
        #expect(a.conflicts.isEmpty)
    }

    @Test func twoStrongSignalsForDifferentMakersAreReportedAsConflict() {
        let a = engine.attribute([
            Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01"),
            Evidence(kind: .sysDescr, value: "; AXIS P5534-E; PTZ Dome Network Camera; 5.40.9.2"),
            Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.368.1.1"),
        ])
        #expect(a.manufacturer?.id == "axis")
        #expect(a.conflicts.count == 1)
        #expect(a.conflicts.first?.contains("Hikvision") == true)
        #expect(a.confidence < 0.9)
        #expect(a.deviceClass == .camera)
    }

    @Test func enterpriseNumbersVendorsUseWithoutOwningThem() {
        let dahua = engine.attribute([Evidence(kind: .sysObjectID, value: ".1.3.6.1.4.1.1004849.2.1")])
        #expect(dahua.manufacturer?.id == "dahua")
        #expect(dahua.evidence.first?.reference?.contains("1.3.6.1.4.1.1004849") == true)

        let generic = engine.attribute([Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.8072.3.2.10")])
        #expect(generic.manufacturer == nil)
        #expect(generic.highRisk == nil)
        #expect(generic.evidence.first?.weight == 0)
    }

    @Test func unknownEvidenceGivesAnHonestUnknown() {
        let a = engine.attribute([
            Evidence(kind: .httpServer, value: "lighttpd/1.4.59"),
            Evidence(kind: .cpe, value: "cpe:/a:lighttpd:lighttpd:1.4.59"),
            Evidence(kind: .brandLabel, value: "Acme Vision"),
        ])
        #expect(a.manufacturer == nil)
        #expect(a.parent == nil)
        #expect(a.countryOfOrigin == nil)
        #expect(a.highRisk == nil)
        #expect(a.confidence == 0)
        #expect(a.brand == "Acme Vision")
        #expect(a.evidence.count == 3)
        #expect(a.evidence.allSatisfy { $0.weight == 0 })
    }

    @Test func sameEvidenceInAnyOrderGivesTheSameVerdict() {
        let evidence = [
            Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01"),
            Evidence(kind: .modelString, value: "DS-2CD2185FWD-I"),
            Evidence(kind: .sysDescr, value: "; AXIS P5534-E; PTZ Dome Network Camera"),
            Evidence(kind: .brandLabel, value: "HiLook"),
        ]
        let first = engine.attribute(evidence)
        #expect(engine.attribute(evidence) == first)
        for permutation in [evidence.reversed(), [evidence[2], evidence[0], evidence[3], evidence[1]]] {
            let other = engine.attribute(Array(permutation))
            #expect(other.manufacturer == first.manufacturer)
            #expect(other.confidence == first.confidence)
            #expect(other.highRisk == first.highRisk)
            #expect(other.model == first.model)
            #expect(Set(other.conflicts) == Set(first.conflicts))
        }
    }

    @Test func replacingAPolicyListChangesTheVerdict() {
        let tplink = [Evidence(kind: .macAddress, value: "D0:37:45:01:02:03")]
        #expect(engine.attribute(tplink).highRisk == true)
        let withoutChina = PolicyList(id: "nl-landen", title: "Landen (zonder CN)", source: "test", asOf: "2030-01-01",
                                      countries: ["RU", "IR", "KP"])
        let other = Fixture.engine(policies: [withoutChina, Fixture.covered])
        #expect(other.attribute(tplink).highRisk == false)
        // Hikvision stays high-risk through the entity list.
        let hikvision = other.attribute([Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01")])
        #expect(hikvision.highRisk == true)
        #expect(hikvision.riskBasis.map(\.listID) == ["fcc"])
    }

    @Test func manyInterfaceMACsFromOneBlockCountAsOneFinding() {
        let one = engine.attribute([Evidence(kind: .macAddress, value: "00:40:8C:00:00:01")])
        let many = engine.attribute((1...20).map { Evidence(kind: .macAddress, value: String(format: "00:40:8C:00:00:%02X", $0)) })
        #expect(one.confidence == many.confidence)
        #expect(many.evidence.count == 20)
    }
}
