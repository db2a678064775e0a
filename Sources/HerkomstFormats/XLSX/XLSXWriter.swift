import Foundation
import HerkomstCore
import ZIPFoundation

/// Writes a sheet as a minimal, valid Excel workbook: content types, package and workbook relationships, one
/// worksheet with inline strings, and styles for a bold header row and `yyyy-mm-dd` dates. Numbers and dates are
/// stored as numbers, text as text (formula-like text neutralised as in CSV), so the XLSX reader reads back exactly
/// what was written.
public struct XLSXWriter: Sendable {
    public init() {}

    public func write(_ sheet: TabularSheet) throws -> Data {
        try Self.zip(parts(sheet))
    }

    /// A ZIP archive of the given parts, deflated, with a fixed timestamp so equal sheets give equal files.
    static func zip(_ parts: [(String, [UInt8])]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, content) in parts {
            let data = Data(content)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_577_836_800),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    public func write(_ sheet: TabularSheet, to url: URL) throws {
        try write(sheet).write(to: url, options: .atomic)
    }

    private func parts(_ sheet: TabularSheet) -> [(String, [UInt8])] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let contentTypes = head + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """
        let packageRels = head + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """
        let workbook = head + """
        <workbook xmlns="\(main)" xmlns:r="\(rel)"><sheets>\
        <sheet name="\(Self.escape(Self.sheetName(sheet.name)))" sheetId="1" r:id="rId1"/>\
        </sheets></workbook>
        """
        let workbookRels = head + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(rel)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(rel)/styles" Target="styles.xml"/>\
        </Relationships>
        """
        // Style 0: default; 1: bold header; 2: date as yyyy-mm-dd (custom format 164).
        let styles = head + """
        <styleSheet xmlns="\(main)">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
        return [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRels.utf8)),
            ("xl/workbook.xml", Array(workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRels.utf8)),
            ("xl/styles.xml", Array(styles.utf8)),
            ("xl/worksheets/sheet1.xml", worksheet(sheet, namespace: main, head: head)),
        ]
    }

    private func worksheet(_ sheet: TabularSheet, namespace: String, head: String) -> [UInt8] {
        var out = Array((head + """
        <worksheet xmlns="\(namespace)"><sheetViews><sheetView workbookViewId="0">\
        <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
        <sheetData>
        """).utf8)
        out.reserveCapacity(out.count + sheet.rows.count * sheet.headers.count * 40)
        appendRow(sheet.headers.map { .text($0) }, number: 1, style: 1, to: &out)
        for (i, row) in sheet.rows.enumerated() { appendRow(row, number: i + 2, style: nil, to: &out) }
        out.append(contentsOf: "</sheetData></worksheet>".utf8)
        return out
    }

    private func appendRow(_ cells: [TabularSheet.Cell], number: Int, style: Int?, to out: inout [UInt8]) {
        out.append(contentsOf: "<row r=\"\(number)\">".utf8)
        for (column, cell) in cells.enumerated() {
            let reference = XLSXSheetReader.letters(column) + String(number)
            let styleAttribute = style.map { " s=\"\($0)\"" } ?? ""
            switch cell {
            case .empty:
                continue
            case .number(let n):
                out.append(contentsOf: "<c r=\"\(reference)\"\(styleAttribute)><v>\(TabularSheet.format(n))</v></c>".utf8)
            case .date(let d):
                out.append(contentsOf: "<c r=\"\(reference)\" s=\"2\"><v>\(TabularValueParsing.excelSerial(of: d))</v></c>".utf8)
            case .text(let t):
                let content = Self.escape(XLSXStringEscapes.encode(TabularFormulaGuard.neutralise(t)))
                out.append(contentsOf: "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(content)</t></is></c>".utf8)
            }
        }
        out.append(contentsOf: "</row>".utf8)
    }

    /// Excel refuses sheet names over 31 characters or with `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Blad1" : cleaned
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
