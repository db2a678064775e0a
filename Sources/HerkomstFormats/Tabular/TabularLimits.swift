/// The bounds a spreadsheet import stays within, so that a hostile or broken file is refused early and with
/// bounded memory instead of exhausting the machine. Defaults fit a register of a few million rows.
public struct TabularLimits: Sendable, Hashable {
    /// Largest input file (CSV as stored, XLSX compressed).
    public var maxFileBytes: Int64
    /// Largest single cell. A cell beyond this is almost always a broken quote or an attack.
    public var maxFieldBytes: Int
    /// Most columns in one row.
    public var maxColumns: Int
    /// Most data rows in one sheet.
    public var maxRows: Int
    /// XLSX: most entries in the archive (a real workbook has a few dozen).
    public var maxArchiveEntries: Int
    /// XLSX: largest uncompressed size of one entry, declared or counted while extracting.
    public var maxEntryUncompressedBytes: Int64
    /// XLSX: largest uncompressed size of all entries read, together.
    public var maxTotalUncompressedBytes: Int64
    /// XLSX: highest compression ratio of an entry (uncompressed : compressed), declared or counted.
    public var maxCompressionRatio: Int64

    public init(maxFileBytes: Int64 = 512 << 20, maxFieldBytes: Int = 64 << 10, maxColumns: Int = 1_000,
                maxRows: Int = 5_000_000, maxArchiveEntries: Int = 1_000,
                maxEntryUncompressedBytes: Int64 = 1 << 30, maxTotalUncompressedBytes: Int64 = 2 << 30,
                maxCompressionRatio: Int64 = 100) {
        self.maxFileBytes = maxFileBytes
        self.maxFieldBytes = maxFieldBytes
        self.maxColumns = maxColumns
        self.maxRows = maxRows
        self.maxArchiveEntries = maxArchiveEntries
        self.maxEntryUncompressedBytes = maxEntryUncompressedBytes
        self.maxTotalUncompressedBytes = maxTotalUncompressedBytes
        self.maxCompressionRatio = maxCompressionRatio
    }
}

/// How a spreadsheet is read: limits, the user's column mapping, which sheet, and whether points abroad are fine.
public struct TabularReadOptions: Sendable {
    public var limits: TabularLimits
    /// `--mapping FILE`: header → field, overriding the built-in synonyms.
    public var mapping: TabularMappingOverrides
    /// XLSX `--sheet NAME`; nil reads the first sheet (or a recognised template's data sheet).
    public var sheet: String?
    /// `--allow-abroad`: accept coordinates outside the Netherlands.
    public var allowAbroad: Bool

    public init(limits: TabularLimits = TabularLimits(), mapping: TabularMappingOverrides = TabularMappingOverrides(),
                sheet: String? = nil, allowAbroad: Bool = false) {
        self.limits = limits
        self.mapping = mapping
        self.sheet = sheet
        self.allowAbroad = allowAbroad
    }
}
