import Foundation
import Testing
import HerkomstCore
@testable import HerkomstReference

/// The shipped reference data, loaded once for the suite: the real IEEE registries, IANA numbers, catalogue,
/// policy lists and KEV.
@Suite("Shipped reference data")
struct ShippedReferenceTests {
    static let shipped = Result { try ReferenceData.loadShipped() }
    var data: ReferenceData { get throws { try Self.shipped.get() } }

    @Test func everyFileMatchesItsManifestChecksum() throws {
        let checks = try data.verifyChecksums()
        #expect(checks.count >= 7)
        for check in checks {
            #expect(check.matches, "checksum of \(check.dataset.file)")
            #expect(!check.dataset.source.isEmpty && !check.dataset.licence.isEmpty && !check.dataset.asOf.isEmpty)
        }
    }

    @Test func ieeeRegistriesHoldAllThreeBlockSizes() throws {
        let registry = try data.macRegistry()
        #expect(registry.entryCount > 40_000)
        let hikvision = registry.lookup(MACAddress("4C:BD:8F:00:00:01")!)
        #expect(hikvision?.registry == "MA-L")
        #expect(hikvision?.organisation == "Hangzhou Hikvision Digital Technology Co.,Ltd.")
        #expect(hikvision?.country == "CN")
        // 40:2C:76 is an MA-L that the IEEE itself holds and subdivided: the MA-M block wins.
        let scale = registry.lookup(MACAddress("40:2C:76:10:00:01")!)
        #expect(scale?.registry == "MA-M")
        #expect(scale?.organisation == "Shanghai Dahua Scale Factory")
        let bosch = registry.lookup(MACAddress("00:01:31:0A:0B:0C")!)
        #expect(bosch?.organisation == "Bosch Security Systems, Inc.")
        #expect(bosch?.country == "US")
    }

    @Test func enterpriseNumbersAndCatalogueIdentity() throws {
        let numbers = try data.enterpriseRegistry()
        #expect(numbers.count > 50_000)
        #expect(numbers.organisation(forEnterprise: 2011) == "HUAWEI Technology Co.,Ltd")
        #expect(try data.index.manufacturerID(forName: numbers.organisation(forEnterprise: 25506)!) == "h3c")
        #expect(try data.index.manufacturerID(forName: numbers.organisation(forEnterprise: 3902)!) == "zte")
        #expect(try data.index.manufacturerID(forName: numbers.organisation(forEnterprise: 368)!) == "axis")
        #expect(try data.index.manufacturerID(forName: "Shanghai Dahua Scale Factory") == nil)
    }

    @Test func catalogueCoversTheMakersTheIssueNames() throws {
        let ids = Set(try data.catalogue.manufacturers.map(\.id))
        for id in ["hikvision", "dahua", "uniview", "huawei", "huawei-device", "zte", "h3c", "tp-link", "ruijie", "bdcom",
                   "dcn", "fiberhome", "hytera", "tiandy", "xiongmai", "kaspersky", "axis", "bosch", "mobotix", "hanwha",
                   "vivotek", "avigilon", "genetec", "milestone", "cisco", "juniper", "aruba", "hpe", "fortinet",
                   "palo-alto", "nokia", "ericsson", "siemens", "schneider", "espressif", "libelium"] {
            #expect(ids.contains(id), "\(id) in the catalogue")
        }
        let index = try data.index
        for brand in ["EZVIZ", "HiLook", "HiWatch", "Prama", "IMOU", "Lorex", "Amcrest", "Uniarch"] {
            #expect(index.manufacturerID(forName: brand) != nil, "\(brand) resolves to a maker")
        }
        #expect(index.owners(of: "hikvision").map(\.id) == ["cetc"])
        #expect(index.owners(of: "h3c").map(\.id) == ["unisplendour", "tsinghua-unigroup"])
        for relation in try data.catalogue.brands where relation.source == nil {
            #expect(relation.note != nil, "unverified relation \(relation.brand) says why")
        }
    }

    @Test func noSpellingNamesTwoManufacturers() throws {
        var owner: [String: String] = [:]
        for maker in try data.catalogue.manufacturers {
            for spelling in [maker.name, maker.id] + maker.aliases {
                let key = NameIdentity.key(spelling)
                if let other = owner[key], other != maker.id {
                    Issue.record("'\(spelling)' names both \(other) and \(maker.id)")
                }
                owner[key] = maker.id
            }
        }
    }

    @Test func kevIsMatchedOnMakerByIdentity() throws {
        let kev = try data.kev()
        #expect(kev.version == "2025.08.25")
        #expect(kev.count == 1404)
        #expect(!kev.entries(forMaker: "hikvision").isEmpty)
        // Dahua's own entries, and Amcrest's: Amcrest cameras are Dahua-made.
        #expect(kev.entries(forMaker: "dahua").filter { $0.vendorProject == "Dahua" }.count == 2)
        #expect(kev.entries(forMaker: "dahua").contains { $0.vendorProject == "Amcrest" })
        // "Hewlett Packard (HP)" in KEV is HPE in the catalogue.
        #expect(!kev.entries(forMaker: "hpe").isEmpty)
        #expect(kev.entries(forMaker: "cisco", product: "IOS XE").allSatisfy { $0.vendorProject == "Cisco" })
        #expect(!kev.entries(forMaker: "cisco", product: "IOS XE").isEmpty)
        #expect(kev.entries(forMaker: "cisco", product: "IOS XE").count < kev.entries(forMaker: "cisco").count)
        #expect(kev.entries(forMaker: "bosch").isEmpty)
    }

    @Test func policyListsAreDatedAndSourced() throws {
        let lists = try data.policyLists
        let dutch = try #require(lists.first { $0.id == "nl-landen-offensief-cyberprogramma" })
        #expect(Set(dutch.countries) == ["CN", "RU", "IR", "KP"])
        #expect(dutch.source.hasPrefix("https://"))
        let fcc = try #require(lists.first { $0.id == "us-fcc-covered-list" })
        #expect(Set(fcc.entities.map(\.manufacturer)).isSuperset(of: ["huawei", "zte", "hytera", "hikvision", "dahua", "kaspersky"]))
        #expect(lists.allSatisfy { Day($0.asOf) != nil })
    }

    @Test func referenceVersionNamesEveryDataSet() throws {
        let version = try data.referenceVersion
        #expect(version.contains("ieee-ma-l@2025-11-30"))
        #expect(version.contains("iana-pen@2024-08-23"))
        #expect(version.contains("nl-landen-offensief-cyberprogramma@"))
    }
}
