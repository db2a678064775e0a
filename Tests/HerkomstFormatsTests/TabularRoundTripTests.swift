import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

@Suite("Export → import round trip")
struct TabularRoundTripTests {
    @Test("CSV: what is written is read back exactly, formula-like text included")
    func csvRoundTrip() throws {
        let records = TabularTestData.records()
        let bytes = CSVWriter().write(TabularRegisterExport.sheet(records))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("'=HYPERLINK"), "formula neutralised in the file")
        #expect(text.contains(",'-vrh-sw-01,"))
        #expect(text.contains(",'@beheer,"))
        let result = try CSVReader().read(.bytes(bytes, name: "export.csv"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.unmappedHeaders.isEmpty)
        #expect(result.records.map(TabularTestData.content) == records.map(TabularTestData.content))
        #expect(result.records[0].origin.line == 2)
        // The first record's address has a line break, so the second record starts on line 4.
        #expect(result.records[1].origin.line == 4)
    }

    @Test("CSV with semicolons reads back the same")
    func semicolonRoundTrip() throws {
        let records = TabularTestData.records()
        let bytes = CSVWriter(delimiter: UInt8(ascii: ";")).write(TabularRegisterExport.sheet(records))
        let result = try CSVReader().read(.bytes(bytes, name: "export.csv"))
        #expect(result.dialect?.delimiter == UInt8(ascii: ";"))
        #expect(result.records.map(TabularTestData.content) == records.map(TabularTestData.content))
    }

    @Test("XLSX: what is written is read back exactly; numbers and dates are stored typed")
    func xlsxRoundTrip() throws {
        let records = TabularTestData.records()
        let data = try XLSXWriter().write(TabularRegisterExport.sheet(records))
        let result = try XLSXReader().read(.data(data, name: "export.xlsx"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.records.map(TabularTestData.content) == records.map(TabularTestData.content))
        #expect(result.records.map { $0.origin.line } == [2, 3, 4, 5])
        #expect(result.records[0].origin.element == "Apparaten")
        #expect(try XLSXReader().sheetNames(.data(data, name: "export.xlsx")) == ["Apparaten"])
    }

    @Test("An edited cell changes only that field")
    func editChangesOnlyTheEdit() throws {
        let records = TabularTestData.records()
        var text = String(decoding: CSVWriter().write(TabularRegisterExport.sheet(records)), as: UTF8.self)
        text = text.replacingOccurrences(of: "P3265-LVE", with: "P3268-LVE")
        let result = try CSVReader().read(.bytes(Array(text.utf8), name: "bewerkt.csv"))
        var expected = records.map(TabularTestData.content)
        expected[1].model = "P3268-LVE"
        #expect(result.records.map(TabularTestData.content) == expected)
    }
}
