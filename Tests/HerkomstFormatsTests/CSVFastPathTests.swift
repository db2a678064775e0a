import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

/// The byte-level fast paths of the CSV read path must answer exactly as the general code they shortcut.
@Suite("CSV fast paths agree with the general code")
struct CSVFastPathTests {
    @Test("Decimal numbers read without the C library give the same Double, bit for bit")
    func numbersAsTheCLibrary() {
        var state: UInt64 = 0x5DEE_CE66_D1CE_4E5B
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<20_000 {
            let whole = String(next() % 1_000_000_000)
            let fraction = String(String(next()).prefix(Int(next() % 12)))
            let negative = next() % 4 == 0
            let dutch = (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "," + fraction)
            let english = dutch.replacingOccurrences(of: ",", with: ".")
            let expected = Double(english)
            #expect(TabularValueParsing.number(dutch)?.bitPattern == expected?.bitPattern, "\(dutch)")
            #expect(TabularValueParsing.number(english)?.bitPattern == expected?.bitPattern, "\(english)")
        }
        // Beyond what a Double holds exactly, and other shapes: the general path, same answers as before.
        #expect(TabularValueParsing.number("123456789012345678") == 123_456_789_012_345_678)
        #expect(TabularValueParsing.number("0,1234567890123456789") == 0.1234567890123456789)
        #expect(TabularValueParsing.number("5.") == 5)
        #expect(TabularValueParsing.number(",5") == 0.5)
        #expect(TabularValueParsing.number("-0")?.sign == .minus)
        #expect(TabularValueParsing.number("-") == nil)
        #expect(TabularValueParsing.number(",") == nil)
    }

    @Test("MAC addresses read on bytes are accepted and refused as Core's parser does")
    func macAddressesAsCore() {
        for text in ["4C:BD:8F:12:34:56", "4c-bd-8f-12-34-56", "4cbd.8f12.3456", "4CBD8F123456", "4C BD 8F 12 34 56",
                     "4C:BD:8F:12:34", "4C:BD:8F:12:34:567", "4C:BD:8F:12:34:5G", "", "::::", "4C:BD:8F:12:34:56:78",
                     "0000000000000", "4C_BD_8F_12_34_56", "4C:BD:8F:12:34:56\n"] {
            #expect(TabularValueParsing.macAddress(text) == MACAddress(text), "\(text.debugDescription)")
        }
    }

    @Test("ISO dates take the short way to the same day or the same reason")
    func isoDates() {
        #expect(TabularValueParsing.day("2024-02-29") == .day(Day(year: 2024, month: 2, day: 29)!))
        #expect(TabularValueParsing.day("2023-02-29") == .invalid("datum '2023-02-29' bestaat niet"))
        #expect(TabularValueParsing.day("0000-01-01") == .invalid("datum '0000-01-01' bestaat niet"))
        #expect(TabularValueParsing.day("2021-1a-01") == .invalid("'2021-1a-01' is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ"))
    }

    @Test("A long cell equal to the one above shares its text; one that differs only at the end does not")
    func repeatedLongCells() throws {
        var parser = CSVParser(delimiter: UInt8(ascii: ";"), maxFieldBytes: 1 << 16, maxColumns: 10)
        let text = "gemeente-den-haag-noord;a\ngemeente-den-haag-noord;b\ngemeente-den-haag-noorD;c\n"
            + "gemeente-den-haag-zuid!;d\n\"gemeente-den-haag-zuid!\";e\nkort;f\ngemeente-den-haag-zuid!;g\n"
        var rows: [[String]] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { try parser.feed($0) { row, _ in rows.append(row) } }
        try parser.finish { row, _ in rows.append(row) }
        #expect(rows.map { $0[0] } == ["gemeente-den-haag-noord", "gemeente-den-haag-noord", "gemeente-den-haag-noorD",
                                        "gemeente-den-haag-zuid!", "gemeente-den-haag-zuid!", "kort",
                                        "gemeente-den-haag-zuid!"])
        #expect(rows.map { $0[1] } == ["a", "b", "c", "d", "e", "f", "g"])
    }

    @Test("Duplicate rows among thousands: each copy names the first line, whether the reader knew the size or not")
    func duplicatesAtScale() throws {
        var lines = ["merk;model;serienummer"]
        for i in 0..<3_000 { lines.append("Axis;P1455-LE;SN\(i)") }
        lines.append("Axis;P1455-LE;SN17")          // line 3002: copy of line 19
        lines.append(" Axis ;P1455-LE; SN2999")     // line 3003: copy of line 3001, other spaces
        lines.append("Axis;P1455-LE;SN17;")         // line 3004: a trailing empty cell changes nothing
        lines.append("Axis;P1455-LE;SN1;7")         // line 3005: other cells, no copy (and a cell too many)
        lines.append("AxisP;1455-LE;SN17")          // line 3006: same bytes, other cells: no copy
        let input = TabularInput.bytes(Array(lines.joined(separator: "\n").utf8), name: "veel.csv")

        var streamed: [ImportRecord] = []
        let results = [try CSVReader().read(input), try CSVReader().forEachRecord(in: input) { streamed.append($0) }]
        for result in results {
            let duplicates = result.problems.filter { $0.message.hasPrefix("dubbele regel") }
            #expect(duplicates.map(\.line) == [3002, 3003, 3004])
            #expect(duplicates.map(\.message) == ["dubbele regel: precies dezelfde inhoud als regel 19",
                                                  "dubbele regel: precies dezelfde inhoud als regel 3001",
                                                  "dubbele regel: precies dezelfde inhoud als regel 19"])
        }
        #expect(results[0].records.count == 3_001)
        #expect(streamed.count == 3_001)
        #expect(streamed.last?.brand == "AxisP")
    }
}
