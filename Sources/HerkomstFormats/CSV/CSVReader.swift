import Foundation
import HerkomstCore

/// Reads device inventories from CSV: detects encoding and delimiter, parses with bounded memory, recognises the
/// columns and turns each row into an `ImportRecord` or an `InputProblem` with its line.
public struct CSVReader: Sendable {
    public var options: TabularReadOptions
    /// Bytes read at a time; small values exercise characters and quotes split over chunks (fuzzing, tests).
    var chunkSize = 1 << 20

    public init(options: TabularReadOptions = TabularReadOptions()) {
        self.options = options
    }

    /// Reads the whole input; problems with single rows are in the result, problems with the file are thrown.
    public func read(_ input: TabularInput) throws -> TabularReadResult {
        var assembler = TabularSheetAssembler(fileName: input.name, options: options)
        assembler.expectedRows = estimatedRows(input)
        let dialect = try parse(input, columnName: { assembler.headerName(at: $0) }) { cells, line in
            try assembler.add(cells, line: line)
        }
        var result = try assembler.finish()
        result.dialect = dialect
        return result
    }

    /// Reads the input and hands each good record to `body` instead of collecting them (for very large files).
    public func forEachRecord(in input: TabularInput, _ body: @escaping (ImportRecord) throws -> Void) throws -> TabularReadResult {
        var assembler = TabularSheetAssembler(fileName: input.name, options: options)
        assembler.onRecord = body
        let dialect = try parse(input, columnName: { assembler.headerName(at: $0) }) { cells, line in
            try assembler.add(cells, line: line)
        }
        var result = try assembler.finish()
        result.dialect = dialect
        return result
    }

    /// Parses the input into raw rows (cells and starting line), without interpreting them.
    public func forEachRow(in input: TabularInput, _ body: (inout [String], Int) throws -> Void) throws -> CSVDialect {
        try parse(input, columnName: { _ in nil }, body)
    }

    private func parse(_ input: TabularInput, columnName: (Int) -> String?,
                       _ body: (inout [String], Int) throws -> Void) throws -> CSVDialect {
        let file = input.name
        try input.checkSize(limit: options.limits.maxFileBytes)
        let encoding = try detectEncoding(input)
        var decoder = CSVTextDecoder(encoding: encoding.encoding)
        var chunks = try input.chunks(size: chunkSize)
        var skipBOM = encoding.bomLength
        var parser: CSVParser?
        var dialect = CSVDialect(encoding: encoding.encoding, hasByteOrderMark: encoding.bomLength > 0,
                                 delimiter: UInt8(ascii: ","))
        // Text decoded but not yet parsed: held until enough is there to detect the delimiter.
        var pending: [UInt8] = []
        pending.reserveCapacity(min(chunkSize, 1 << 20) + 64)
        do {
            while var chunk = try chunks.next() {
                if skipBOM > 0 {
                    let drop = min(skipBOM, chunk.count)
                    chunk = chunk.dropFirst(drop)
                    skipBOM -= drop
                }
                try decoder.decode(chunk, into: &pending)
                if parser == nil {
                    guard pending.count >= 64 << 10 else { continue }
                    dialect.delimiter = CSVDelimiterDetection.detect(Array(pending.prefix(64 << 10)), isComplete: false)
                    parser = makeParser(dialect.delimiter)
                }
                try pending.withUnsafeBufferPointer { try parser!.feed($0, emit: body) }
                pending.removeAll(keepingCapacity: true)
            }
            try decoder.finish()
            if parser == nil {
                dialect.delimiter = CSVDelimiterDetection.detect(pending, isComplete: true)
                parser = makeParser(dialect.delimiter)
            }
            try pending.withUnsafeBufferPointer { try parser!.feed($0, emit: body) }
            try parser!.finish(emit: body)
        } catch let error as CSVDecodingError {
            throw InputProblem(file: file, field: nil, message: "\(error.message) (bij byte \(error.byteOffset))")
        } catch let error as CSVParseError {
            throw problem(error, file: file, columnName: columnName)
        }
        return dialect
    }

    private func makeParser(_ delimiter: UInt8) -> CSVParser {
        CSVParser(delimiter: delimiter, maxFieldBytes: options.limits.maxFieldBytes, maxColumns: options.limits.maxColumns)
    }

    private func problem(_ error: CSVParseError, file: String, columnName: (Int) -> String?) -> InputProblem {
        switch error {
        case let .fieldTooLarge(line, column, limit):
            return InputProblem(file: file, line: line, field: columnName(column) ?? "kolom \(column + 1)",
                message: "veld is groter dan \(limit / 1024) KiB en is geweigerd (staat er een aanhalingsteken dat nooit wordt gesloten?)")
        case let .tooManyColumns(line, limit):
            return InputProblem(file: file, line: line, field: nil, message: "regel heeft meer dan \(limit) kolommen")
        case let .unterminatedQuote(line):
            return InputProblem(file: file, line: line, field: nil,
                message: "aanhalingsteken geopend op deze regel wordt nooit gesloten; het bestand eindigt midden in een veld")
        }
    }

    /// The number of lines the input will have, from the line length in its first 64 KiB; nil when that sample
    /// has too few lines to say (or the input cannot be read: parsing reports that).
    private func estimatedRows(_ input: TabularInput) -> Int? {
        guard let size = try? input.size(), var chunks = try? input.chunks(size: 64 << 10),
              let sample = try? chunks.next(), !sample.isEmpty else { return nil }
        // Line breaks that end some text: empty lines are no rows, and must not make a file of blank lines
        // look like millions of rows.
        var lines = 0
        var previous: UInt8 = 0x0A
        for byte in sample {
            if (byte == 0x0A || byte == 0x0D) && previous != 0x0A && previous != 0x0D { lines += 1 }
            previous = byte
        }
        guard lines >= 2 else { return nil }
        // Bounded by the row limit: a file beyond it is refused anyway.
        let estimate = Double(size) * Double(lines) / Double(sample.count)
        return Int(min(estimate * 1.05 + 16, Double(options.limits.maxRows + 1)))
    }

    /// Decides the encoding before parsing: a byte-order mark, UTF-16 without one, else UTF-8 if the whole file
    /// is valid UTF-8 (checked in one streaming pass), else Windows-1252. Binary files and ZIP archives are refused.
    private func detectEncoding(_ input: TabularInput) throws -> (encoding: CSVEncoding, bomLength: Int) {
        var chunks = try input.chunks()
        guard let first = try chunks.next() else { return (.utf8, 0) }
        if first.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw InputProblem(file: input.name, message: "dit is een ZIP-bestand (XLSX?), geen CSV; gebruik --format xlsx")
        }
        if let (encoding, length) = CSVEncodingDetection.byteOrderMark(first) {
            if encoding == .utf8 { return try validatedUTF8(input, bomLength: length) }
            return (encoding, length)
        }
        if let utf16 = CSVEncodingDetection.unmarkedUTF16(first) { return (utf16, 0) }
        return try validatedUTF8(input, bomLength: 0)
    }

    private func validatedUTF8(_ input: TabularInput, bomLength: Int) throws -> (encoding: CSVEncoding, bomLength: Int) {
        var validator = UTF8Validator()
        var chunks = try input.chunks()
        while let chunk = try chunks.next() {
            validator.feed(chunk)
            if validator.containsNUL {
                throw InputProblem(file: input.name, message: "bevat NUL-bytes: dit is geen tekstbestand (CSV)")
            }
            if !validator.isValid { break }
        }
        if validator.finish() { return (.utf8, bomLength) }
        if bomLength > 0 {
            throw InputProblem(file: input.name, message: "begint met een UTF-8-kenmerk (BOM) maar bevat ongeldige UTF-8")
        }
        // Not UTF-8: read as Windows-1252, but a NUL further on still means binary.
        var nulCheck = try input.chunks()
        while let chunk = try nulCheck.next() {
            if chunk.contains(0) {
                throw InputProblem(file: input.name, message: "bevat NUL-bytes: dit is geen tekstbestand (CSV)")
            }
        }
        return (.windows1252, 0)
    }
}
