import Foundation
import HerkomstCore

/// The spreadsheet readers behind the import pipeline: `ImportReaders` hands `.csv` and `.xlsx` files here.
public enum TabularImport {
    public static func read(_ file: ImportFile, format: ImportFormat, options: ImportOptions) throws -> ReadResult {
        let tabular = TabularReadOptions(
            limits: TabularLimits(maxFileBytes: Int64(options.maximumFileSize)),
            mapping: try TabularMappingOverrides(names: options.mapping),
            sheet: options.sheet, allowAbroad: options.allowAbroad)
        let input = TabularInput.data(file.data, name: file.name)
        let result = format == .xlsx ? try XLSXReader(options: tabular).read(input)
                                     : try CSVReader(options: tabular).read(input)
        return ReadResult(records: result.records, problems: result.problems)
    }
}

extension TabularSheet {
    /// A sheet of plain text cells (such as `RegisterTable.rows`); empty strings become empty cells.
    public init(name: String, headers: [String], textRows: [[String]]) {
        self.init(name: name, headers: headers, rows: textRows.map { row in row.map { $0.isEmpty ? .empty : .text($0) } })
    }
}
