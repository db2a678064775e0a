import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

@Suite("Spreadsheets in the import pipeline")
struct TabularImportTests {
    @Test("Every column of the register's own export table is recognised; derived herkomst_ columns are left out")
    func registerTableColumns() throws {
        let header = RegisterTable.internalColumns
        let values: [String: String] = [
            "id": "app-1", "klasse": "camera", "merk": "Hikvision", "model": "DS-2CD2143G2-I", "mac": "4C:BD:8F:00:00:01; 4C:BD:8F:00:00:02",
            "ip": "10.0.0.1", "eigenaar": "gemeente-den-haag", "grondslag": "publiekeTaak", "persoonsgegevens": "ja",
            "gegevenscategorieen": "beeld; kenteken", "zichtbaarheid": "openbaar", "vitaal": "nee",
            "internet_blootgesteld": "ja", "geplaatst": "2021-03-15", "latitude": "52.0767", "longitude": "4.3089",
            "richting": "22.5", "herkomst_fabrikant": "Hangzhou Hikvision", "herkomst_land": "CN", "herkomst_hoog_risico": "ja",
        ]
        let sheet = TabularSheet(name: "Apparaten", headers: header, textRows: [header.map { values[$0] ?? "" }])
        let result = try CSVReader().read(.bytes(CSVWriter().write(sheet), name: "export.csv"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.unmappedHeaders.isEmpty, "\(result.unmappedHeaders)")
        let record = try #require(result.records.first)
        #expect(record.externalIDs["herkomst"] == "app-1")
        #expect(record.macAddresses.count == 2)
        #expect(record.purpose == Purpose(description: "", legalGround: .publiekeTaak, personalData: true,
                                          dataCategories: ["beeld", "kenteken"]))
        #expect(record.internetExposed == true)
        #expect(record.vital == false)
        #expect(record.direction == 22.5)
        #expect(record.unmapped.isEmpty, "attribution columns are not imported: \(record.unmapped)")
    }

    @Test("TabularImport reads CSV and XLSX files with the pipeline's options")
    func pipelineAdapter() throws {
        var options = ImportOptions()
        options.mapping = ["Camera-nr": "extern id"]
        options.allowAbroad = true
        let csv = Data("Camera-nr;Merk;Latitude;Longitude\nC-1;Axis;48,85;2,29\n".utf8)
        let read = try TabularImport.read(ImportFile(name: "a.csv", data: csv), format: .csv, options: options)
        #expect(read.problems.isEmpty)
        #expect(read.records.first?.externalIDs["extern"] == "C-1")
        #expect(read.records.first?.point == GeoPoint(longitude: 2.29, latitude: 48.85))

        let xlsx = try XLSXWriter().write(TabularSheet(name: "Blad1", headers: ["merk", "model"], rows: [[.text("Bosch"), .text("X")]]))
        let fromXLSX = try TabularImport.read(ImportFile(name: "b.xlsx", data: xlsx), format: .xlsx, options: ImportOptions())
        #expect(fromXLSX.records.map(\.brand) == ["Bosch"])

        options.mapping = ["Camera-nr": "cameranummer"]
        #expect(throws: InputProblem.self) {
            _ = try TabularImport.read(ImportFile(name: "a.csv", data: csv), format: .csv, options: options)
        }
        var small = ImportOptions()
        small.maximumFileSize = 10
        #expect(throws: InputProblem.self) {
            _ = try TabularImport.read(ImportFile(name: "a.csv", data: csv), format: .csv, options: small)
        }
    }
}
