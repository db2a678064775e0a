import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

@Suite("XLSX: workbooks as Excel and others write them")
struct XLSXReaderTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A workbook with the given sheets (name, sheet XML), shared strings and styles, as Excel lays it out.
    static func workbook(sheets: [(String, String)], sharedStrings: [String] = [], styles: String? = nil,
                         sharedStringsXML: String? = nil, extra: [(String, [UInt8])] = []) throws -> Data {
        var parts: [(String, [UInt8])] = []
        var sheetList = ""
        var rels = ""
        for (i, (name, xml)) in sheets.enumerated() {
            sheetList += "<sheet name=\"\(name)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(rel)/worksheet\" Target=\"/xl/worksheets/sheet\(i + 1).xml\"/>"
            parts.append(("xl/worksheets/sheet\(i + 1).xml", Array(xml.utf8)))
        }
        rels += "<Relationship Id=\"rIdS\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        rels += "<Relationship Id=\"rIdT\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"
        let sst = sharedStringsXML ?? "<sst xmlns=\"\(main)\">" + sharedStrings.map { "<si>\($0)</si>" }.joined() + "</sst>"
        parts += [
            ("[Content_Types].xml", Array("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
            ("_rels/.rels", Array("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8)),
            ("xl/workbook.xml", Array("<?xml version=\"1.0\"?><x:workbook xmlns:x=\"\(main)\" xmlns:r=\"\(rel)\"><x:sheets>\(sheetList)</x:sheets></x:workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Array("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8)),
            ("xl/sharedStrings.xml", Array(sst.utf8)),
            ("xl/styles.xml", Array((styles ?? "<styleSheet xmlns=\"\(main)\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>").utf8)),
        ] + extra
        return try XLSXWriter.zip(parts)
    }

    static func sheet(_ rows: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>"
    }

    @Test("Shared and inline strings, rich text, numbers, booleans, date styles and sparse cells")
    func cellKinds() throws {
        let strings = ["<t>Merk</t>", "<t>Model</t>", "<r><t>Serie</t></r><r><t xml:space=\"preserve\">nummer</t></r>",
                       "<t>Geplaatst</t>", "<t>Latitude</t>", "<t>Longitude</t>", "<t>Internet</t>", "<t>Hikvision</t>",
                       "<t>regel 1_x000D_\nregel 2</t>", "<t>Opmerking</t>", "<t>Aantal_x005F_x0041_</t>"]
        let styles = """
        <styleSheet xmlns="\(Self.main)"><numFmts count="1"><numFmt numFmtId="165" formatCode="d\\-m\\-yyyy;@"/></numFmts>\
        <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="2"/></cellXfs></styleSheet>
        """
        let rows = """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
        <c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c>\
        <c r="H1" t="s"><v>9</v></c></row>
        <row r="3"><c r="A3" t="s"><v>7</v></c><c r="B3" t="inlineStr"><is><t>DS-2CD2143G2-I</t></is></c>\
        <c r="C3"><v>404765432101</v></c><c r="D3" s="1"><v>44270</v></c><c r="E3" s="3"><v>52.076700000000002</v></c>\
        <c r="F3"><v>4.3089</v></c><c r="G3" t="b"><v>1</v></c><c r="H3" t="s"><v>8</v></c></row>
        <row r="7"><c r="A7" t="str"><f>UPPER("axis")</f><v>AXIS</v></c><c r="C7" t="s"><v>10</v></c>\
        <c r="D7" s="2"><v>44271</v></c></row>
        """
        let data = try Self.workbook(sheets: [("Camera's", Self.sheet(rows))], sharedStrings: strings, styles: styles)
        let result = try XLSXReader().read(.data(data, name: "cameras.xlsx"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.records.count == 2)
        let first = result.records[0]
        #expect(first.origin.line == 3)
        #expect(first.brand == "Hikvision")
        #expect(first.model == "DS-2CD2143G2-I")
        #expect(first.serialNumber == "404765432101")
        #expect(first.installed == Day(year: 2021, month: 3, day: 15))
        #expect(first.point == GeoPoint(longitude: 4.3089, latitude: 52.0767))
        #expect(first.internetExposed == true)
        #expect(first.unmapped["Opmerking"] == "regel 1\r\nregel 2")
        let second = result.records[1]
        #expect(second.origin.line == 7)
        #expect(second.brand == "AXIS", "a formula's cached value is read, never the formula")
        #expect(second.serialNumber == "Aantal_x0041_")
        #expect(second.installed == Day(year: 2021, month: 3, day: 16))
        #expect(second.model == nil)
    }

    @Test("First sheet by default, a named sheet on request, a clear refusal for a missing one")
    func sheetChoice() throws {
        let inventory = Self.sheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>merk</t></is></c><c t=\"inlineStr\"><is><t>model</t></is></c></row><row r=\"2\"><c t=\"inlineStr\"><is><t>Axis</t></is></c><c t=\"inlineStr\"><is><t>M3106</t></is></c></row>")
        let other = Self.sheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>merk</t></is></c></row><row r=\"2\"><c t=\"inlineStr\"><is><t>Bosch</t></is></c></row>")
        let data = try Self.workbook(sheets: [("Camera's", inventory), ("Sensoren", other)])
        #expect(try XLSXReader().read(.data(data, name: "w.xlsx")).records.map(\.brand) == ["Axis"])
        let named = XLSXReader(options: TabularReadOptions(sheet: "sensoren"))
        #expect(try named.read(.data(data, name: "w.xlsx")).records.map(\.brand) == ["Bosch"])
        let missing = XLSXReader(options: TabularReadOptions(sheet: "Switches"))
        do {
            _ = try missing.read(.data(data, name: "w.xlsx"))
            Issue.record("expected a refusal")
        } catch let problem as InputProblem {
            #expect(problem.message.contains("'Switches' bestaat niet"))
            #expect(problem.message.contains("'Camera's', 'Sensoren'"))
        }
    }

    @Test("Amsterdam bulk workbook: data sheet chosen, owner taken from 'Uw gegevens'")
    func amsterdamWorkbook() throws {
        func text(_ s: String) -> String { "<c t=\"inlineStr\"><is><t>\(s)</t></is></c>" }
        let details = Self.sheet("<row r=\"1\">\(text("Naam organisatie/bedrijf"))\(text("Gemeente Amsterdam, Verkeer en Openbare Ruimte"))</row><row r=\"2\">\(text("E-mail"))\(text("sensoren@example.org"))</row>")
        let header = ["Referentie", "Kies soort / type sensor", "Latitude", "Longitude", "Wat meet de sensor?",
                      "Waarvoor meet u dat?", "Thema 1", "Worden er persoonsgegevens verwerkt?", "Wettelijke grondslag",
                      "Wanneer wordt de sensor verwijderd?"]
        let row = "<c t=\"inlineStr\"><is><t>VOR-17</t></is></c>\(text("Optische / camera sensor"))<c><v>52.37</v></c><c><v>4.89</v></c>\(text("Voertuigen"))\(text("Verkeerstellingen"))\(text("Mobiliteit: auto"))\(text("Nee"))<c/>\(text("31-12-2026"))"
        let data = try Self.workbook(sheets: [("Uw gegevens", details),
                                              ("Sensorregistratie", Self.sheet("<row r=\"1\">\(header.map(text).joined())</row><row r=\"2\">\(row)</row>"))])
        let result = try XLSXReader().read(.data(data, name: "bulk.xlsx"))
        #expect(result.template == .amsterdamBulk)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.records.first?.owner == "Gemeente Amsterdam, Verkeer en Openbare Ruimte")
        #expect(result.records.first?.externalIDs["amsterdam"] == "VOR-17")
        #expect(result.records.first?.deviceClass == .camera)
    }

    @Test("Problems in an XLSX name the sheet row and the column header")
    func rowProblems() throws {
        let data = try XLSXWriter().write(TabularSheet(name: "Blad1", headers: ["merk", "latitude", "longitude"],
            rows: [[.text("Axis"), .number(91), .number(4.3)], [.text("Bosch"), .number(52.1), .number(4.3)]]))
        let result = try XLSXReader().read(.data(data, name: "w.xlsx"))
        #expect(result.records.map(\.brand) == ["Bosch"])
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.line == 2)
        #expect(result.problems.first?.field == "latitude")
        #expect(result.problems.first?.file == "w.xlsx")
    }
}
