import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

@Suite("CSV parsing: quoting, lines, encodings")
struct CSVParserTests {
    /// Parses text into rows with their starting lines.
    func rows(_ text: String, delimiter: Character = ",", chunkSize: Int = 1 << 20) throws -> [([String], Int)] {
        var parser = CSVParser(delimiter: UInt8(ascii: delimiter.unicodeScalars.first!), maxFieldBytes: 1 << 16,
                               maxColumns: 100)
        var out: [([String], Int)] = []
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunkSize)
            try bytes[offset..<end].withUnsafeBufferPointer { try parser.feed($0) { row, line in out.append((row, line)) } }
            offset = end
        }
        try parser.finish { row, line in out.append((row, line)) }
        return out
    }

    @Test("RFC 4180: quoted delimiters, doubled quotes, line breaks inside quotes; lines count physical lines")
    func quoting() throws {
        let text = "a,b,c\r\n1,\"x, y\",\"he said \"\"hi\"\"\"\r\n2,\"two\r\nlines\",z\r\n\r\n3,,\"\"\n4,\"a\nb\nc\",end"
        for chunkSize in [1, 2, 3, 7, 1 << 20] {
            let parsed = try rows(text, chunkSize: chunkSize)
            #expect(parsed.map(\.0) == [["a", "b", "c"], ["1", "x, y", "he said \"hi\""], ["2", "two\r\nlines", "z"],
                                        ["3", "", ""], ["4", "a\nb\nc", "end"]], "chunk size \(chunkSize)")
            #expect(parsed.map(\.1) == [1, 2, 3, 6, 7], "chunk size \(chunkSize)")
        }
    }

    @Test("Lenient like Excel: a quote inside an unquoted field is text; a lone CR ends a line")
    func lenient() throws {
        let parsed = try rows("5\" pole,ok\r6,\"q\"x\n")
        #expect(parsed.map(\.0) == [["5\" pole", "ok"], ["6", "qx"]])
        #expect(parsed.map(\.1) == [1, 2])
    }

    @Test("An unclosed quote is reported at the line where its record starts")
    func unclosedQuote() throws {
        #expect(throws: CSVParseError.unterminatedQuote(line: 3)) {
            _ = try rows("a,b\n1,2\n3,\"never closed\n4,5\n")
        }
    }

    @Test("A field over the limit stops the parse at the record's line")
    func fieldLimit() throws {
        var parser = CSVParser(delimiter: UInt8(ascii: ","), maxFieldBytes: 10, maxColumns: 10)
        let bytes = Array("a,b\nok,\"0123456789ABC\"\n".utf8)
        #expect(throws: CSVParseError.fieldTooLarge(line: 2, column: 1, limit: 10)) {
            try bytes.withUnsafeBufferPointer { try parser.feed($0) { _, _ in } }
        }
    }

    @Test("Delimiter detection: semicolons with decimal commas, tabs, commas")
    func delimiters() {
        let dutch = Array("merk;lat;lon\nAxis;52,1;4,3\nBosch;52,2;4,4\n".utf8)
        #expect(CSVDelimiterDetection.detect(dutch, isComplete: true) == UInt8(ascii: ";"))
        let tabs = Array("merk\tmodel\tserie, nummer\nAxis\tP1465\tA,1\n".utf8)
        #expect(CSVDelimiterDetection.detect(tabs, isComplete: true) == 0x09)
        let commas = Array("brand,model,note\nAxis,P1465,\"a; b\"\n".utf8)
        #expect(CSVDelimiterDetection.detect(commas, isComplete: true) == UInt8(ascii: ","))
    }

    @Test("Encodings: UTF-8 with BOM, UTF-16 BE with BOM, Windows-1252 fallback, NUL bytes refused")
    func encodings() throws {
        let text = "merk;model;adres\nAxis;P1465;Café ’t Hoekje €\n"
        let reader = CSVReader()

        let bom = try reader.read(.bytes([0xEF, 0xBB, 0xBF] + Array(text.utf8), name: "bom.csv"))
        #expect(bom.dialect?.hasByteOrderMark == true)
        #expect(bom.records.first?.address == "Café ’t Hoekje €")
        #expect(bom.records.first?.brand == "Axis", "the BOM is not part of the first header")

        var be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let utf16 = try reader.read(.bytes(be, name: "be.txt"))
        #expect(utf16.dialect?.encoding == .utf16BigEndian)
        #expect(utf16.records.first?.address == "Café ’t Hoekje €")

        let cp1252 = try reader.read(.bytes(Array(text.data(using: .windowsCP1252)!), name: "ansi.csv"))
        #expect(cp1252.dialect?.encoding == .windows1252)
        #expect(cp1252.records.first?.address == "Café ’t Hoekje €")

        #expect(throws: InputProblem.self) {
            _ = try reader.read(.bytes(Array("merk;model\nAxis;P\0\0\0".utf8), name: "bin.csv"))
        }
        #expect(throws: InputProblem.self) {
            _ = try reader.read(.bytes([0x50, 0x4B, 0x03, 0x04, 0, 0], name: "werkmap.csv"))
        }
    }
}
