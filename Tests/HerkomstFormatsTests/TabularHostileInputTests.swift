import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

/// Issue 4's hostile set for spreadsheets: each refused with a clear message, quickly, without reading it all.
@Suite("Hostile spreadsheets are refused fast")
struct TabularHostileInputTests {
    /// Runs `body`, expects an `InputProblem`, and that it came within `seconds`.
    func refusal(within seconds: Double = 5, _ body: () throws -> Void) -> InputProblem? {
        let start = Date()
        do {
            try body()
            Issue.record("expected a refusal")
            return nil
        } catch let problem as InputProblem {
            let elapsed = Date().timeIntervalSince(start)
            #expect(elapsed < seconds, "refused after \(elapsed) s")
            return problem
        } catch {
            Issue.record("expected an InputProblem, got \(error)")
            return nil
        }
    }

    @Test("A CSV with one 50 MB field is refused at that field's line, in a fraction of the time to read it")
    func hugeField() throws {
        let folder = try TabularFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("groot-veld.csv")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        handle.write(Data("merk;model;opmerking\nAxis;P1465;kort\nBosch;FLEXIDOME;\"".utf8))
        let block = Data(repeating: UInt8(ascii: "A"), count: 1 << 20)
        for _ in 0..<50 { handle.write(block) }
        handle.write(Data("\"\n".utf8))
        try handle.close()

        let problem = refusal { _ = try CSVReader().read(.file(url)) }
        #expect(problem?.file == "groot-veld.csv")
        #expect(problem?.line == 3)
        #expect(problem?.field == "opmerking")
        #expect(problem?.message.contains("64 KiB") == true)
    }

    @Test("A file over the configured size limit is refused before it is read")
    func fileTooLarge() throws {
        let folder = try TabularFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("te-groot.csv")
        var text = "merk;model\n"
        for i in 0..<2_000 { text += "Axis;P\(i)\n" }
        try Data(text.utf8).write(to: url)
        let reader = CSVReader(options: TabularReadOptions(limits: TabularLimits(maxFileBytes: 10_000)))
        let problem = refusal { _ = try reader.read(.file(url)) }
        #expect(problem?.file == "te-groot.csv")
        #expect(problem?.message.contains("de grens is") == true)
        let xlsx = XLSXReader(options: TabularReadOptions(limits: TabularLimits(maxFileBytes: 100)))
        let data = try XLSXWriter().write(TabularSheet(name: "a", headers: ["merk"], rows: [[.text("Axis")]]))
        #expect(refusal { _ = try xlsx.read(.data(data, name: "klein.xlsx")) }?.message.contains("de grens is") == true)
    }

    @Test("A row with latitude 91 is refused with line and field")
    func latitude91() throws {
        let result = try CSVReader().read(.bytes(Array("merk;latitude;longitude\nAxis;91;4,3\n".utf8), name: "lat.csv"))
        #expect(result.records.isEmpty)
        #expect(result.problems == [InputProblem(file: "lat.csv", line: 2, field: "latitude",
                                                 message: "breedtegraad 91 ligt niet tussen -90 en 90")])
    }

    @Test("A zip bomb XLSX (sheet of 50 MB zeros, ratio > 1000:1) is refused by its declared ratio")
    func zipBomb() throws {
        let zeros = [UInt8](repeating: 0x20, count: 50 << 20)
        let data = try XLSXReaderTests.workbook(sheets: [("Blad1", XLSXReaderTests.sheet(""))],
                                                extra: [("xl/media/padding.xml", zeros)])
        #expect(data.count < 1 << 20)
        let problem = refusal { _ = try XLSXReader().read(.data(data, name: "bom.xlsx")) }
        #expect(problem?.field == "xl/media/padding.xml")
        #expect(problem?.message.contains("compressieverhouding") == true)
    }

    @Test("An XLSX whose entry lies about its size is stopped while extracting")
    func lyingSizes() throws {
        let padding = String(repeating: " ", count: 2 << 20)
        let sheet = XLSXReaderTests.sheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>merk</t></is></c></row>") + padding
        var bytes = [UInt8](try XLSXReaderTests.workbook(sheets: [("Blad1", sheet)]))
        // Rewrite the declared uncompressed size of the sheet entry, in its local and central headers, to 4 KiB.
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        var patched = 0
        for i in 0..<(bytes.count - 46) {
            let signature = UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
            let (sizeOffset, nameOffset): (Int, Int)
            switch signature {
            case 0x0403_4B50: (sizeOffset, nameOffset) = (22, 30)
            case 0x0201_4B50: (sizeOffset, nameOffset) = (24, 46)
            default: continue
            }
            guard i + nameOffset + name.count <= bytes.count, Array(bytes[(i + nameOffset)..<(i + nameOffset + name.count)]) == name else { continue }
            let fake: UInt32 = 4096
            for k in 0..<4 { bytes[i + sizeOffset + k] = UInt8((fake >> (8 * UInt32(k))) & 0xFF) }
            patched += 1
        }
        #expect(patched == 2)
        let problem = refusal { _ = try XLSXReader().read(.bytes(bytes, name: "leugen.xlsx")) }
        #expect(problem?.field == "xl/worksheets/sheet1.xml")
        #expect(problem?.message.contains("groter uit dan het archief opgeeft") == true)
    }

    @Test("Entry names with ../ or an absolute path refuse the whole archive", arguments: ["../../etc/cron.d/x", "/tmp/x.xml", "xl/../../x.xml", "C:\\Windows\\x.xml"])
    func traversal(name: String) throws {
        let data = try XLSXReaderTests.workbook(sheets: [("Blad1", XLSXReaderTests.sheet(""))], extra: [(name, Array("x".utf8))])
        let problem = refusal { _ = try XLSXReader().read(.data(data, name: "pad.xlsx")) }
        #expect(problem?.field == name)
        #expect(problem?.message.contains("gevaarlijke naam") == true)
    }

    @Test("Nested archives are refused, by name and by content")
    func nestedArchives() throws {
        let byName = try XLSXReaderTests.workbook(sheets: [("Blad1", XLSXReaderTests.sheet(""))],
                                                  extra: [("xl/embeddings/oleObject1.xlsx", Array("PK".utf8))])
        #expect(refusal { _ = try XLSXReader().read(.data(byName, name: "nest.xlsx")) }?.message.contains("ander archief") == true)
        let inner = [UInt8](try XLSXWriter().write(TabularSheet(name: "a", headers: ["merk"])))
        // A sheet part that is itself a ZIP archive, under an innocent name.
        let parts = try XLSXWriter.zip([("xl/workbook.xml", Array("<workbook xmlns:r=\"r\"><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
                                    ("xl/_rels/workbook.xml.rels", Array("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>".utf8)),
                                    ("xl/worksheets/sheet1.xml", inner)])
        #expect(refusal { _ = try XLSXReader().read(.data(parts, name: "nest2.xlsx")) }?.message.contains("ZIP-archief") == true)
    }

    @Test("Too many entries are refused")
    func tooManyEntries() throws {
        let extra = (0..<40).map { ("xl/media/image\($0).png", Array("x".utf8)) }
        let data = try XLSXReaderTests.workbook(sheets: [("Blad1", XLSXReaderTests.sheet(""))], extra: extra)
        let reader = XLSXReader(options: TabularReadOptions(limits: TabularLimits(maxArchiveEntries: 30)))
        #expect(refusal { _ = try reader.read(.data(data, name: "veel.xlsx")) }?.message.contains("meer dan 30 onderdelen") == true)
    }

    @Test("XML with a DOCTYPE (billion laughs, external entity) is refused before parsing")
    func doctype() throws {
        let laughs = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\
        <worksheet xmlns="\(XLSXReaderTests.main)"><sheetData><row r="1"><c t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>
        """
        let external = """
        <?xml version="1.0"?><!doctype x [<!entity xxe SYSTEM "file:///etc/passwd">]><sst xmlns="\(XLSXReaderTests.main)"><si><t>&xxe;</t></si></sst>
        """
        let a = try XLSXReaderTests.workbook(sheets: [("Blad1", laughs)])
        let problemA = refusal { _ = try XLSXReader().read(.data(a, name: "lol.xlsx")) }
        #expect(problemA?.field == "xl/worksheets/sheet1.xml")
        #expect(problemA?.message.contains("DOCTYPE") == true)
        let b = try XLSXReaderTests.workbook(sheets: [("Blad1", XLSXReaderTests.sheet(""))], sharedStringsXML: external)
        let problemB = refusal { _ = try XLSXReader().read(.data(b, name: "xxe.xlsx")) }
        #expect(problemB?.field == "xl/sharedStrings.xml")
        // The scanner refuses a DTD on its own too, should a part ever reach it unchecked.
        var scanner = XLSXXMLScanner(Array(external.utf8))
        #expect(throws: XLSXXMLError.self) { while try scanner.next() != nil {} }
        #expect(TabularXMLSafety.firstDeclaration(Array(external.utf8))?.1 == "DOCTYPE")
    }

    @Test("Truncated, mismatched or too deeply nested XML is refused with the part's name")
    func brokenXML() throws {
        let deep = String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)
        for xml in ["<worksheet><sheetData><row>", "<worksheet></sheetData>", deep, "<worksheet a=1/>", "<w>&bogus;</w>"] {
            let data = try XLSXReaderTests.workbook(sheets: [("Blad1", xml)])
            let problem = refusal { _ = try XLSXReader().read(.data(data, name: "kapot.xlsx")) }
            #expect(problem?.field == "xl/worksheets/sheet1.xml", "\(xml.prefix(30))")
        }
        #expect(refusal { _ = try XLSXReader().read(.bytes(Array("no zip at all".utf8), name: "nep.xlsx")) }?
            .message.contains("geen leesbaar ZIP-archief") == true)
    }

    @Test("Fuzzer finding: an archive whose offsets point past its end is refused, uploaded or from disk")
    func offsetsPastTheEnd() throws {
        let url = TabularFixtures.url("fuzz-zip-offset-past-end.xlsx")
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(refusal { _ = try XLSXReader().read(.bytes(bytes, name: "fuzz.xlsx")) }?.file == "fuzz.xlsx")
        #expect(refusal { _ = try XLSXReader().read(.file(url)) } != nil)
    }

    @Test("An XLSX cell over the field limit is refused with its row and header")
    func hugeXLSXCell() throws {
        // Varied text, so the part compresses like real text and the size limit, not the ratio, is what refuses it.
        var seed: UInt32 = 12_345
        let big = String((0..<70_000).map { _ -> Character in
            seed = seed &* 1_103_515_245 &+ 12_345
            return Character(Unicode.Scalar(UInt8(97 + (seed >> 16) % 26)))
        })
        let data = try XLSXWriter().write(TabularSheet(name: "a", headers: ["merk", "opmerking"],
                                                       rows: [[.text("Axis"), .text("kort")], [.text("Bosch"), .text(big)]]))
        let problem = refusal { _ = try XLSXReader().read(.data(data, name: "cel.xlsx")) }
        #expect(problem?.line == 3)
        #expect(problem?.field == "opmerking")
    }
}
