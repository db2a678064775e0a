import HerkomstCore

/// What reading one spreadsheet produced: the records of every good row, a problem for every bad one, and what
/// the reader recognised on the way (template, header line, columns it could not place).
public struct TabularReadResult: Sendable {
    public var records: [ImportRecord] = []
    public var problems: [InputProblem] = []
    public var template: TabularTemplate?
    /// The physical line (CSV) or row number (XLSX) of the header.
    public var headerLine: Int = 0
    /// Headers that name no register field; their values are kept as `ImportRecord.unmapped`.
    public var unmappedHeaders: [String] = []
    /// Data rows seen, empty rows not counted.
    public var dataRows: Int = 0
    /// For CSV: the encoding and delimiter found.
    public var dialect: CSVDialect?

    public init() {}
}

/// Feeds the rows of one sheet, in order, through header recognition, duplicate and width checks and the record
/// builder. Shared by the CSV and XLSX readers so both behave the same.
struct TabularSheetAssembler {
    let fileName: String
    let options: TabularReadOptions
    var element: String?
    var defaultOwner: String?
    /// Called for every good record; the default collects them in `result.records`.
    var onRecord: ((ImportRecord) throws -> Void)?
    /// Roughly how many rows the sheet has, when the reader can tell: room for them is made once, instead of
    /// growing (and copying) the records and the duplicate table again and again on a million-row file.
    var expectedRows: Int?

    private(set) var result = TabularReadResult()
    private var builder: TabularRecordBuilder?
    private var layout: TabularColumnLayout?
    private var firstNonEmptyRow: (cells: [String], line: Int)?
    private var rowsWithoutHeader = 0
    private var seenRows = TabularRowFingerprints()
    private var trimmedCells: [String] = []
    /// The records of one row, for `onRecord`.
    private var pendingRecords: [ImportRecord] = []
    private var sawFirstRow = false
    /// Set when the first cell shows that a converter read this UTF-8 text as Windows-1252.
    private var repairMisreadUTF8 = false

    /// A sheet's header must be within its first rows; title rows above it are skipped.
    static let headerSearchRows = 10

    init(fileName: String, options: TabularReadOptions, element: String? = nil) {
        self.fileName = fileName
        self.options = options
        self.element = element
    }

    var template: TabularTemplate? { layout?.template }
    private var headerCells: [String] = []

    /// The header of a column, once the header row is known (for messages about a cell).
    func headerName(at index: Int) -> String? {
        guard index < headerCells.count else { return nil }
        let name = headerCells[index].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    mutating func add(_ rawCells: [String], line: Int) throws {
        var cells = rawCells
        guard cells.contains(where: { !TabularText.isBlank($0) }) else { return }
        if !sawFirstRow {
            sawFirstRow = true
            stripByteOrderMark(&cells)
        }
        for i in cells.indices {
            if repairMisreadUTF8 { cells[i] = TabularMisreadRepair.repair(cells[i]) }
            if cells[i].utf8.first == UInt8(ascii: "'") { cells[i] = TabularFormulaGuard.restore(cells[i]) }
        }
        guard let layout else {
            try findHeader(cells, line: line)
            return
        }
        result.dataRows += 1
        if result.dataRows > options.limits.maxRows {
            throw InputProblem(file: fileName, line: line,
                               message: "meer dan \(options.limits.maxRows) regels; splits het bestand")
        }
        if cells.count > layout.headerCount, cells[layout.headerCount...].contains(where: { !TabularText.isBlank($0) }) {
            result.problems.append(InputProblem(file: fileName, line: line, field: nil,
                message: "regel heeft \(cells.count) velden, de kopregel \(layout.headerCount); staat er een scheidingsteken in een veld zonder aanhalingstekens?"))
            return
        }
        // Trimmed once here, for the duplicate check and the builder both; the buffer is reused row after row.
        trimmedCells.removeAll(keepingCapacity: true)
        for cell in cells { trimmedCells.append(TabularText.trimmed(cell)) }
        if let earlier = seenRows.firstLine(ofDuplicate: trimmedCells, line: line) {
            result.problems.append(InputProblem(file: fileName, line: line, field: nil,
                message: "dubbele regel: precies dezelfde inhoud als regel \(earlier)"))
            return
        }
        guard let builder else { return }
        if let onRecord {
            builder.build(trimmedCells, line: line, problems: &result.problems, records: &pendingRecords)
            defer { pendingRecords.removeAll(keepingCapacity: true) }
            for record in pendingRecords { try onRecord(record) }
        } else {
            builder.build(trimmedCells, line: line, problems: &result.problems, records: &result.records)
        }
    }

    /// A byte-order mark that a converter carried into the first cell, as such or misread as "ï»¿".
    private mutating func stripByteOrderMark(_ cells: inout [String]) {
        guard let first = cells.first else { return }
        if first.hasPrefix(TabularMisreadRepair.byteOrderMark) {
            cells[0] = String(first.dropFirst())
        } else if first.unicodeScalars.starts(with: TabularMisreadRepair.misreadByteOrderMark.unicodeScalars) {
            cells[0] = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(3)))
            repairMisreadUTF8 = true
        }
    }

    private mutating func findHeader(_ cells: [String], line: Int) throws {
        if firstNonEmptyRow == nil { firstNonEmptyRow = (cells, line) }
        if let found = TabularColumnLayout(header: cells, overrides: options.mapping) {
            guard !found.mappedFields.isDisjoint(with: TabularField.describing) else {
                throw InputProblem(file: fileName, line: line, field: nil,
                    message: "geen kolom die zegt wat het apparaat is: verwacht klasse, merk, fabrikant of model (gevonden: \(listed(cells))); noem de kolom anders of geef een koppelbestand met --mapping")
            }
            layout = found
            headerCells = cells
            let b = TabularRecordBuilder(fileName: fileName, layout: found, allowAbroad: options.allowAbroad)
            b.element = element
            b.defaultOwner = defaultOwner
            builder = b
            result.template = found.template
            result.headerLine = line
            if let expectedRows, expectedRows > 0 {
                let rows = min(expectedRows, options.limits.maxRows)
                // The table is written through when made: past two million rows it grows as rows come, so a
                // file whose first lines promise more rows than it has costs no more than that.
                seenRows = TabularRowFingerprints(capacity: min(rows, 1 << 21))
                if onRecord == nil { result.records.reserveCapacity(rows * found.groups.count) }
            }
            result.unmappedHeaders = (found.shared + found.groups.flatMap { $0 }).filter { $0.field == nil }.map(\.header)
            return
        }
        rowsWithoutHeader += 1
        if rowsWithoutHeader >= Self.headerSearchRows { throw noHeader() }
    }

    mutating func finish() throws -> TabularReadResult {
        if layout == nil { throw noHeader() }
        return result
    }

    private func noHeader() -> InputProblem {
        guard let first = firstNonEmptyRow else {
            return InputProblem(file: fileName, message: "bestand bevat geen gegevens")
        }
        return InputProblem(file: fileName, line: first.line, field: nil,
            message: "geen kopregel herkend in de eerste \(Self.headerSearchRows) regels (eerste regel: \(listed(first.cells))); verwacht kolommen als klasse, merk, model, serienummer, mac-adres, latitude, longitude — of geef een koppelbestand met --mapping")
    }

    private func listed(_ cells: [String]) -> String {
        let names = cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(12)
        return names.isEmpty ? "geen" : names.map { "'\(String($0.prefix(40)))'" }.joined(separator: ", ")
    }
}
