import Foundation
import HerkomstCore

/// Reads device inventories from Excel workbooks (.xlsx): the first sheet or a named one, through the same column
/// recognition and checks as CSV. The archive is opened with `XLSXArchive`'s hardening.
public struct XLSXReader: Sendable {
    public var options: TabularReadOptions

    public init(options: TabularReadOptions = TabularReadOptions()) {
        self.options = options
    }

    /// The names of the workbook's sheets, in order.
    public func sheetNames(_ input: TabularInput) throws -> [String] {
        var archive = try XLSXArchive(input, limits: options.limits)
        return try XLSXWorkbookParts(archive: &archive, limits: options.limits).sheets.map(\.name)
    }

    public func read(_ input: TabularInput) throws -> TabularReadResult {
        try read(input, onRecord: nil)
    }

    /// Reads the input and hands each good record to `body` instead of collecting them.
    public func forEachRecord(in input: TabularInput, _ body: @escaping (ImportRecord) throws -> Void) throws -> TabularReadResult {
        try read(input, onRecord: body)
    }

    private func read(_ input: TabularInput, onRecord: ((ImportRecord) throws -> Void)?) throws -> TabularReadResult {
        var archive = try XLSXArchive(input, limits: options.limits)
        let parts = try XLSXWorkbookParts(archive: &archive, limits: options.limits)
        let sheet = try chooseSheet(parts.sheets, file: input.name)
        let sheetReader = XLSXSheetReader(file: input.name, part: sheet.path, parts: parts, limits: options.limits)

        var assembler = TabularSheetAssembler(fileName: input.name, options: options, element: sheet.name)
        assembler.onRecord = onRecord
        // Amsterdam's bulk template keeps the owner on its own sheet.
        if let details = parts.sheets.first(where: { ColumnSynonyms.normalise($0.name) == "uwgegevens" }),
           details != sheet {
            assembler.defaultOwner = try organisation(onDetailsSheet: details, archive: &archive, parts: parts, file: input.name)
        }
        let bytes = try archive.readXML(sheet.path)
        try sheetReader.forEachRow(bytes, columnName: { assembler.headerName(at: $0) }) { cells, row in
            try assembler.add(cells, line: row)
        }
        return try assembler.finish()
    }

    /// `--sheet NAME` (case-insensitive), else the data sheet of a known template, else the first sheet.
    private func chooseSheet(_ sheets: [XLSXWorkbookParts.Sheet], file: String) throws -> XLSXWorkbookParts.Sheet {
        if let wanted = options.sheet {
            let key = wanted.lowercased()
            guard let sheet = sheets.first(where: { $0.name.lowercased() == key }) else {
                throw InputProblem(file: file, field: "blad",
                    message: "werkblad '\(wanted)' bestaat niet; de werkmap heeft: \(sheets.map { "'\($0.name)'" }.joined(separator: ", "))")
            }
            return sheet
        }
        let hasDetails = sheets.contains { ColumnSynonyms.normalise($0.name) == "uwgegevens" }
        if hasDetails, let data = sheets.first(where: { ColumnSynonyms.normalise($0.name) == "sensorregistratie" }) {
            return data
        }
        return sheets[0]
    }

    /// "Naam organisatie/bedrijf" from a sheet of label/value rows.
    private func organisation(onDetailsSheet sheet: XLSXWorkbookParts.Sheet, archive: inout XLSXArchive,
                              parts: XLSXWorkbookParts, file: String) throws -> String? {
        let reader = XLSXSheetReader(file: file, part: sheet.path, parts: parts, limits: options.limits)
        var owner: String?
        try reader.forEachRow(try archive.readXML(sheet.path), columnName: { _ in nil }) { cells, _ in
            if cells.count >= 2, ColumnSynonyms.normalise(cells[0]) == "naamorganisatiebedrijf" {
                let value = cells[1].trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { owner = value }
            }
        }
        return owner
    }
}
