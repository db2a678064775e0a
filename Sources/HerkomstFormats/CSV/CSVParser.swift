/// Why the bytes are not a well-formed CSV, with the physical line where the record starts.
enum CSVParseError: Error, Equatable {
    case fieldTooLarge(line: Int, column: Int, limit: Int)
    case tooManyColumns(line: Int, limit: Int)
    case unterminatedQuote(line: Int)
}

/// An RFC 4180 parser over UTF-8 bytes, fed in chunks. Quoted fields may hold delimiters, doubled quotes and
/// line breaks; every record reports the physical line it starts on, so messages point where a person looks.
/// Lenient where Excel is: a quote inside an unquoted field is text, and text after a closing quote is kept.
/// A field longer than the limit stops the parse at once, without collecting the rest of it.
struct CSVParser {
    let delimiter: UInt8
    let maxFieldBytes: Int
    let maxColumns: Int

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        /// Just saw a quote inside a quoted field: either an escaped quote or the end of the quotes.
        case quoteInQuoted
    }

    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var row: [String] = []
    /// The cells of the record before, whose strings a cell with the same text reuses.
    private var previousRow: [String] = []
    /// The physical line the parser is on (1-based).
    private var line = 1
    /// The line the current record started on.
    private var recordLine = 1
    private var previousWasCR = false
    private var recordHasContent = false

    init(delimiter: UInt8, maxFieldBytes: Int, maxColumns: Int) {
        self.delimiter = delimiter
        self.maxFieldBytes = maxFieldBytes
        self.maxColumns = maxColumns
        field.reserveCapacity(256)
    }

    /// Parses a chunk and hands every complete record to `emit` with its starting line.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, emit: (inout [String], Int) throws -> Void) throws {
        let quote = UInt8(ascii: "\"")
        let cr: UInt8 = 0x0D
        let lf: UInt8 = 0x0A
        var i = 0
        let n = chunk.count
        while i < n {
            let byte = chunk[i]
            // A line feed right after a carriage return ends nothing new: CRLF is one break.
            if byte == lf && previousWasCR {
                previousWasCR = false
                if state == .quoted { try append(byte) }
                i += 1
                continue
            }
            previousWasCR = byte == cr
            switch state {
            case .fieldStart, .unquoted:
                if byte == delimiter {
                    try endField()
                    state = .fieldStart
                } else if byte == lf || byte == cr {
                    line += 1
                    try endRecord(emit: emit)
                    recordLine = line
                } else if byte == quote && state == .fieldStart {
                    state = .quoted
                    recordHasContent = true
                } else {
                    state = .unquoted
                    recordHasContent = true
                    // Copy the run of ordinary bytes in one go: the common case, and the fast one.
                    let j = Self.endOfRun(in: chunk, from: i + 1, stoppingAt: delimiter, lf, cr)
                    try append(UnsafeBufferPointer(rebasing: chunk[i..<j]))
                    i = j
                    continue
                }
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                } else {
                    if byte == lf || byte == cr { line += 1 }
                    // A line break is taken alone (lines are counted); any other run up to the next quote or break at once.
                    let j = byte == lf || byte == cr ? i + 1 : Self.endOfRun(in: chunk, from: i + 1, stoppingAt: quote, lf, cr)
                    try append(UnsafeBufferPointer(rebasing: chunk[i..<j]))
                    i = j
                    continue
                }
            case .quoteInQuoted:
                if byte == quote {
                    try append(quote)
                    state = .quoted
                } else if byte == delimiter {
                    try endField()
                    state = .fieldStart
                } else if byte == lf || byte == cr {
                    line += 1
                    try endRecord(emit: emit)
                    recordLine = line
                } else {
                    // Text after the closing quote ("abc"def): keep it, as spreadsheets do.
                    try append(byte)
                    state = .unquoted
                }
            }
            i += 1
        }
    }

    /// The index of the first of three stop bytes at or after `start`, or the end of the chunk.
    private static func endOfRun(in chunk: UnsafeBufferPointer<UInt8>, from start: Int,
                                 stoppingAt a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        var j = start
        while j < chunk.count {
            let byte = chunk[j]
            if byte == a || byte == b || byte == c { break }
            j += 1
        }
        return j
    }

    /// Call after the last chunk: emits the last record (a file need not end with a line break).
    mutating func finish(emit: (inout [String], Int) throws -> Void) throws {
        if state == .quoted { throw CSVParseError.unterminatedQuote(line: recordLine) }
        try endRecord(emit: emit)
    }

    private mutating func append(_ byte: UInt8) throws {
        guard field.count < maxFieldBytes else {
            throw CSVParseError.fieldTooLarge(line: recordLine, column: row.count, limit: maxFieldBytes)
        }
        field.append(byte)
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard field.count + bytes.count <= maxFieldBytes else {
            throw CSVParseError.fieldTooLarge(line: recordLine, column: row.count, limit: maxFieldBytes)
        }
        field.append(contentsOf: bytes)
    }

    private mutating func endField() throws {
        guard row.count < maxColumns else { throw CSVParseError.tooManyColumns(line: recordLine, limit: maxColumns) }
        let column = row.count
        if field.isEmpty {
            row.append("")
        } else if field.count > 15, column < previousRow.count, Self.equal(previousRow[column], field) {
            // Same text as the cell above (an owner, a model name): share that string instead of allocating one
            // more. Text of up to 15 bytes is stored inside the String itself, so it costs no allocation anyway.
            row.append(previousRow[column])
        } else {
            row.append(String(decoding: field, as: UTF8.self))
        }
        field.removeAll(keepingCapacity: true)
        recordHasContent = true
    }

    private static func equal(_ text: String, _ bytes: [UInt8]) -> Bool {
        var text = text
        guard text.utf8.count == bytes.count else { return false }
        return text.withUTF8 { stored in
            bytes.withUnsafeBufferPointer { new in
                // Eight bytes at a time: this runs for every long cell of a file.
                var i = 0
                let n = new.count
                while i + 8 <= n {
                    let a = UnsafeRawPointer(stored.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    let b = UnsafeRawPointer(new.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if a != b { return false }
                    i += 8
                }
                while i < n {
                    if stored[i] != new[i] { return false }
                    i += 1
                }
                return true
            }
        }
    }

    private mutating func endRecord(emit: (inout [String], Int) throws -> Void) throws {
        state = .fieldStart
        // An empty physical line is no record at all.
        guard recordHasContent || !row.isEmpty || !field.isEmpty else { return }
        try endField()
        try emit(&row, recordLine)
        swap(&row, &previousRow)
        row.removeAll(keepingCapacity: true)
        recordHasContent = false
    }
}
