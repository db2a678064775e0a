import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

@Suite("Spreadsheet templates of other registers")
struct TabularTemplateTests {
    @Test("Amsterdam bulk template: recognised, sensor types to classes, Dutch legal ground wording")
    func amsterdamBulk() throws {
        let result = try CSVReader().read(TabularFixtures.input("amsterdam-bulk-sensorregistratie.csv"))
        #expect(result.template == .amsterdamBulk)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let records = result.records
        #expect(records.count == 3)
        #expect(records.map(\.deviceClass) == [.camera, .sensor, .sensor])
        #expect(records.map { $0.externalIDs["amsterdam"] } == ["AMS-GV-001", "AMS-GV-002", "AMS-GV-003"])
        #expect(records[0].unmapped["Kies soort / type sensor"] == "Optische / camera sensor")
        #expect(records[0].point == GeoPoint(longitude: 4.8952, latitude: 52.3702))
        #expect(records[0].purpose == Purpose(description: "Drukte meten voor crowd management", legalGround: .publiekeTaak,
                                              personalData: true, dataCategories: ["Aantal passanten"]))
        #expect(records[0].removed == Day(year: 2026, month: 12, day: 31))
        #expect(records[0].unmapped["Thema 1"] == "Veiligheid")
        #expect(records[0].unmapped["Privacyverklaring"] == "https://www.amsterdam.nl/privacy/")
        #expect(records[2].purpose?.dataCategories == ["Fijnstof PM2.5", "PM10"])
        #expect(records[1].unmapped["Opmerking (niet verplicht)"] == "Op lantaarnpaal")
    }

    @Test("Amsterdam web-form export: one record per filled sensor slot, no personal data kept")
    func amsterdamWebForm() throws {
        let result = try CSVReader().read(TabularFixtures.input("amsterdam-webformulier.csv"))
        #expect(result.template == .amsterdamWebForm)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let records = result.records
        #expect(records.count == 2)
        #expect(records.map { $0.externalIDs["amsterdam"] } == ["2024-0815.0", "2024-0815.1"])
        #expect(records.allSatisfy { $0.owner == "Voorbeeld Parkeren B.V." })
        #expect(records.allSatisfy { $0.origin.line == 2 })
        #expect(records[0].deviceClass == .camera)
        #expect(records[1].deviceClass == .sensor)
        #expect(records[0].address == "Ingang parkeergarage, 1017 CT 25A")
        #expect(records[0].purpose?.legalGround == .overeenkomst)
        #expect(records[0].removed == Day(year: 2027, month: 12, day: 31))
        let everything = records.flatMap { Array($0.unmapped.values) }
        #expect(!everything.contains("Jan"))
        #expect(!everything.contains("Vries"))
        #expect(!everything.contains("info@voorbeeldparkeren.nl"))
        #expect(!everything.contains("0201234567"))
        #expect(!everything.contains("Nieuw"), "the submission's status is not the device's")
        #expect(records.allSatisfy { $0.status == nil })
    }

    @Test("SensRNet inventory template: recognised, RD coordinates, free-text legal ground kept")
    func sensRNet() throws {
        let result = try CSVReader().read(TabularFixtures.input("sensrnet-inventarisatie.csv"))
        #expect(result.template == .sensRNet)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let records = result.records
        #expect(records.map(\.deviceClass) == [.sensor, .camera])
        #expect(records.map(\.manufacturer) == ["Sensirion", "Viscando"])
        #expect(records.map(\.model) == ["SPS30", "ViSense"])
        #expect(records.map(\.supplier) == ["Civity", "Viscando"])
        #expect(records[0].connectivity == [.lora])
        #expect(records[1].connectivity == [.bekabeld])
        #expect(records[0].address == "Vredenburg t.h.v. Muziekpaleis")
        #expect(records[0].installed == Day(year: 2021, month: 4, day: 12))
        let utrecht = try #require(records[0].point)
        #expect(abs(utrecht.latitude - 52.0919) < 0.0001)
        #expect(abs(utrecht.longitude - 5.1114) < 0.0001)
        #expect(records[0].purpose?.legalGround == nil)
        #expect(records[0].unmapped["Wettelijke grondslag"] == "https://www.utrecht.nl/privacy")
        #expect(records[1].purpose?.legalGround == .publiekeTaak)
        #expect(records[0].unmapped["Naam apparaat"] == "Meetstation Vredenburg")
    }
}
