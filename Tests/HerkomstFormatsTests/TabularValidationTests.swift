import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

@Suite("Spreadsheet rows: every bad value refused with its line, column and reason")
struct TabularValidationTests {
    @Test("fouten.csv: swapped, latitude 91, impossible date, removed before installed, abroad, bad MAC, duplicate")
    func eachProblemNamed() throws {
        let result = try CSVReader().read(TabularFixtures.input("fouten.csv"))
        #expect(result.records.map(\.serialNumber) == ["SN-OK-1"])
        let byLine = Dictionary(grouping: result.problems, by: { $0.line ?? 0 })
        #expect(byLine.keys.sorted() == [3, 4, 5, 6, 7, 8, 9])
        for problem in result.problems { #expect(problem.file == "fouten.csv") }

        let swapped = try #require(byLine[3]?.first)
        #expect(swapped.field == "latitude")
        #expect(swapped.message.contains("lijken verwisseld"))

        let lat91 = try #require(byLine[4]?.first)
        #expect(lat91.field == "latitude")
        #expect(lat91.message.contains("91"))
        #expect(lat91.message.contains("tussen -90 en 90"))

        let date = try #require(byLine[5]?.first)
        #expect(date.field == "geplaatst")
        #expect(date.message.contains("2023-02-30"))
        #expect(date.message.contains("bestaat niet"))

        let order = try #require(byLine[6]?.first)
        #expect(order.field == "verwijderd")
        #expect(order.message.contains("vóór geplaatst"))

        let abroad = try #require(byLine[7]?.first)
        #expect(abroad.message.contains("buiten Nederland"))
        #expect(abroad.message.contains("--allow-abroad"))

        let mac = try #require(byLine[8]?.first)
        #expect(mac.field == "mac-adres")
        #expect(mac.message.contains("4C:BD:8F:12:34"))

        let duplicate = try #require(byLine[9]?.first)
        #expect(duplicate.message.contains("regel 2"))
    }

    @Test("--allow-abroad accepts the point in Paris, and nothing else changes")
    func allowAbroad() throws {
        let reader = CSVReader(options: TabularReadOptions(allowAbroad: true))
        let result = try reader.read(TabularFixtures.input("fouten.csv"))
        #expect(result.records.map(\.serialNumber).contains("SN-ABROAD"))
        #expect(result.records.first { $0.serialNumber == "SN-ABROAD" }?.point == GeoPoint(longitude: 2.2945, latitude: 48.8584))
        #expect(!result.problems.contains { $0.line == 7 })
        #expect(result.problems.contains { $0.line == 4 })
    }

    @Test("Half a coordinate pair, an unknown status and a row without identity are refused")
    func moreRowProblems() throws {
        let text = """
        klasse;merk;latitude;longitude;status;grondslag;richting
        camera;Bosch;52,1;;actief;;
        camera;Bosch;52,1;4,3;kapot;;
        ;;52,1;4,3;;;
        sensor;Libelium;52,1;4,3;;vitale belangen;400
        sensor;Libelium;52,1;4,3;;wat wij willen;
        """
        let result = try CSVReader().read(.bytes(Array(text.utf8), name: "meer.csv"))
        #expect(result.records.isEmpty)
        let messages = result.problems.map { "\($0.line ?? 0) \($0.field ?? "-"): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("2 longitude: ontbreekt") })
        #expect(messages.contains { $0.hasPrefix("3 status: onbekende status 'kapot'") })
        #expect(messages.contains { $0.hasPrefix("4 -: regel zegt niet welk apparaat") })
        #expect(messages.contains { $0.hasPrefix("5 richting:") })
        #expect(messages.contains { $0.hasPrefix("6 grondslag: onbekende grondslag 'wat wij willen'") })
        #expect(result.problems.count == 5)
    }

    @Test("A row wider than the header is refused; trailing empty cells are fine")
    func rowWidth() throws {
        let text = "merk,model\nAxis,P1465-LE,,\nAxis,P1465-LE,extra\n"
        let result = try CSVReader().read(.bytes(Array(text.utf8), name: "breed.csv"))
        #expect(result.records.count == 1)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.line == 3)
        #expect(result.problems.first?.message.contains("3 velden") == true)
    }
}
