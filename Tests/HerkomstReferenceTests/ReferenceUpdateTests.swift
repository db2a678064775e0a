import Foundation
import Testing
import HerkomstCore
@testable import HerkomstReference

@Suite("Installing newer reference data")
struct ReferenceUpdateTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("herkomst-ref-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ text: String, to directory: URL, as name: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func replacingTheDutchCountryListChangesTheVerdictForATPLinkRouter() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tplink = [Evidence(kind: .macAddress, value: "D0:37:45:01:02:03")]
        let shipped = try ReferenceData.loadShipped()
        let before = shipped.makeEngine().attribute(tplink)
        #expect(before.manufacturer?.id == "tp-link")
        #expect(before.highRisk == true)

        let list = """
        {"id": "nl-landen-offensief-cyberprogramma", "titel": "Testlijst zonder China", "bron": "https://example.org/lijst",
         "peildatum": "2030-01-01", "landen": ["RU", "IR", "KP"], "entiteiten": []}
        """
        let file = try write(list, to: directory, as: "lijst.json")
        let installer = ReferenceInstaller(directory: directory.appendingPathComponent("installed"), today: "2030-01-02")
        let dataset = try installer.install(.policy, from: file, index: shipped.index)
        #expect(dataset.asOf == "2030-01-01")

        let updated = try ReferenceData.load(installedIn: directory.appendingPathComponent("installed"))
        #expect(updated.policyLists.count == shipped.policyLists.count)
        let after = updated.makeEngine().attribute(tplink)
        #expect(after.highRisk == false)
        #expect(updated.referenceVersion != shipped.referenceVersion)
        #expect(updated.datasets.contains { $0.id == "policy:nl-landen-offensief-cyberprogramma" && $0.origin == "geïnstalleerd" })
        // Hikvision stays high-risk: the FCC list names the maker itself.
        #expect(updated.makeEngine().attribute([Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01")]).highRisk == true)
    }

    @Test func aPolicyListWithABadFieldIsRefusedNamingTheField() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let shipped = try ReferenceData.loadShipped()
        let installer = ReferenceInstaller(directory: directory.appendingPathComponent("installed"), today: "2030-01-02")
        let badCountry = try write(#"{"id": "x", "titel": "t", "bron": "b", "peildatum": "2030-01-01", "landen": ["China"]}"#,
                                   to: directory, as: "a.json")
        #expect { try installer.install(.policy, from: badCountry, index: shipped.index) } throws: { error in
            (error as? InputProblem)?.field == "landen[0]"
        }
        let unknownMaker = try write(#"{"id": "x", "titel": "t", "bron": "b", "peildatum": "2030-01-01", "entiteiten": [{"fabrikant": "acme", "naam": "Acme"}]}"#,
                                     to: directory, as: "b.json")
        #expect { try installer.install(.policy, from: unknownMaker, index: shipped.index) } throws: { error in
            (error as? InputProblem)?.field == "entiteiten[0].fabrikant"
        }
        let noDate = try write(#"{"id": "x", "titel": "t", "bron": "b"}"#, to: directory, as: "c.json")
        #expect { try installer.install(.policy, from: noDate, index: shipped.index) } throws: { error in
            (error as? InputProblem)?.field == "peildatum"
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("installed/installed.json").path))
    }

    @Test func aTruncatedOrMalformedOUIFileIsRefusedWithItsLine() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let shipped = try ReferenceData.loadShipped()
        let installer = ReferenceInstaller(directory: directory.appendingPathComponent("installed"), today: "2030-01-02")
        let malformed = try write("""
        Registry,Assignment,Organization Name,Organization Address
        MA-L,4CBD8F,"Hangzhou Hikvision Digital Technology Co.,Ltd.",No.555 Qianmo Road Hangzhou Zhejiang CN 310052
        MA-L,XYZ,Broken,Nowhere
        """, to: directory, as: "oui.csv")
        #expect { try installer.install(.maL, from: malformed, index: shipped.index) } throws: { error in
            let problem = error as? InputProblem
            return problem?.line == 3 && problem?.field == "Assignment"
        }
        let short = try write("""
        Registry,Assignment,Organization Name,Organization Address
        MA-L,4CBD8F,"Hangzhou Hikvision Digital Technology Co.,Ltd.",No.555 Qianmo Road Hangzhou Zhejiang CN 310052
        """, to: directory, as: "oui-short.csv")
        #expect { try installer.install(.maL, from: short, index: shipped.index) } throws: { error in
            (error as? InputProblem)?.message.contains("afgebroken download") == true
        }
        let notCSV = try write("<html>404</html>", to: directory, as: "oui.html")
        #expect { try installer.install(.maL, from: notCSV, index: shipped.index) } throws: { error in
            (error as? InputProblem)?.line == 1
        }
    }

    @Test func anInstalledOUIFileReplacesTheShippedOne() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let shipped = try ReferenceData.loadShipped()
        // A "newer" MA-L: the shipped registry with one block reassigned, as a later download might have it.
        var text = try String(contentsOf: shipped.fileURL(of: "ieee-ma-l")!, encoding: .utf8)
        text += "MA-L,FCFCFC,Axis Communications AB,Grustgatan 1 Lund  SE 22370 \n"
        let file = try write(text, to: directory, as: "oui.csv")
        let installed = directory.appendingPathComponent("installed")
        try ReferenceInstaller(directory: installed, today: "2030-01-02").install(.maL, from: file, index: shipped.index)
        #expect(shipped.makeEngine().attribute([Evidence(kind: .macAddress, value: "FC:FC:FC:00:00:01")]).manufacturer == nil)
        let updated = try ReferenceData.load(installedIn: installed)
        let a = updated.makeEngine().attribute([Evidence(kind: .macAddress, value: "FC:FC:FC:00:00:01")])
        #expect(a.manufacturer?.id == "axis")
        #expect(updated.verifyChecksums().allSatisfy { $0.matches })
    }

    @Test func enterpriseNumbersInIANATextForm() throws {
        let text = """
        PRIVATE ENTERPRISE NUMBERS

        (last updated 2025-06-01)

        Decimal
        | Organization
        | | Contact
        | | | Email
        | | | |
        0
          Reserved
            Internet Assigned Numbers Authority
              iana&iana.org
        2011
          HUAWEI Technology Co.,Ltd
            Jianwei Zhang
              zhangjianwei&huawei.com
        25506
          H3C
            Zhang Wei
              zw&h3c.com
        """
        let numbers = try EnterpriseNumbers.parse(Data(text.utf8), file: "enterprise-numbers", asOf: "onbekend", minimumCount: 2)
        #expect(numbers.count == 3)
        #expect(numbers.organisation(forEnterprise: 25506) == "H3C")
        #expect(numbers.organisation(forEnterprise: 2011) == "HUAWEI Technology Co.,Ltd")
        #expect(numbers.asOf == "2025-06-01")
        #expect(throws: InputProblem.self) {
            try EnterpriseNumbers.parse(Data(text.utf8), file: "enterprise-numbers", asOf: "onbekend")
        }
    }
}
