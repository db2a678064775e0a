import HerkomstCore

/// The text encodings a CSV from a Dutch office arrives in.
public enum CSVEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// Excel's "CSV (gescheiden door lijstscheidingsteken)" on Windows: bytes that are not valid UTF-8.
    case windows1252 = "Windows-1252"
}

/// Encoding and delimiter of a CSV file, as detected.
public struct CSVDialect: Sendable, Hashable {
    public var encoding: CSVEncoding
    public var hasByteOrderMark: Bool
    public var delimiter: UInt8

    public var delimiterName: String {
        switch delimiter {
        case UInt8(ascii: ";"): "puntkomma"
        case UInt8(ascii: ","): "komma"
        case 0x09: "tab"
        case UInt8(ascii: "|"): "verticale streep"
        default: "'\(Character(Unicode.Scalar(delimiter)))'"
        }
    }
}

/// Why bytes could not be turned into text.
struct CSVDecodingError: Error {
    let message: String
    let byteOffset: Int64
}

/// Turns chunks of the file's bytes into UTF-8, whatever the encoding; keeps the bytes of a character that is
/// split over two chunks until the next one arrives.
struct CSVTextDecoder {
    let encoding: CSVEncoding
    private var pending: [UInt8] = []
    private var offset: Int64 = 0
    private var highSurrogate: UInt16?

    init(encoding: CSVEncoding) {
        self.encoding = encoding
    }

    /// Appends the UTF-8 of `chunk` to `out`. UTF-8 input passes through unchanged (it was validated before).
    mutating func decode(_ chunk: ArraySlice<UInt8>, into out: inout [UInt8]) throws {
        defer { offset += Int64(chunk.count) }
        switch encoding {
        case .utf8:
            out.append(contentsOf: chunk)
        case .windows1252:
            out.reserveCapacity(out.count + chunk.count + chunk.count / 8)
            for byte in chunk {
                if byte < 0x80 { out.append(byte) } else { appendUTF8(Windows1252.scalar(byte), to: &out) }
            }
        case .utf16LittleEndian, .utf16BigEndian:
            let base = offset - Int64(pending.count)
            var bytes = pending
            bytes.append(contentsOf: chunk)
            let usable = bytes.count & ~1
            pending = Array(bytes[usable...])
            var i = 0
            while i < usable {
                let unit = encoding == .utf16LittleEndian
                    ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                    : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                try take(unit, at: base + Int64(i), into: &out)
                i += 2
            }
        }
    }

    private mutating func take(_ unit: UInt16, at position: Int64, into out: inout [UInt8]) throws {
        if let high = highSurrogate {
            guard (0xDC00...0xDFFF).contains(unit) else {
                throw CSVDecodingError(message: "ongeldige UTF-16: losse hoge surrogaat", byteOffset: position)
            }
            highSurrogate = nil
            let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
            appendUTF8(Unicode.Scalar(value)!, to: &out)
            return
        }
        switch unit {
        case 0xD800...0xDBFF: highSurrogate = unit
        case 0xDC00...0xDFFF:
            throw CSVDecodingError(message: "ongeldige UTF-16: losse lage surrogaat", byteOffset: position)
        case 0:
            throw CSVDecodingError(message: "bevat NUL-tekens: dit lijkt geen tekstbestand", byteOffset: position)
        default:
            appendUTF8(Unicode.Scalar(unit)!, to: &out)
        }
    }

    /// Call at the end of the input: a half character left over means the file was cut off.
    func finish() throws {
        if !pending.isEmpty || highSurrogate != nil {
            throw CSVDecodingError(message: "bestand eindigt midden in een UTF-16-teken (afgebroken?)", byteOffset: offset)
        }
    }

    private func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: UTF8.encode(scalar)!)
    }
}

/// Finds the encoding: a byte-order mark decides; without one, UTF-16 shows as zero bytes between ASCII, and
/// anything that is not valid UTF-8 is taken as Windows-1252 (what Excel writes on a Dutch Windows PC).
enum CSVEncodingDetection {
    static func byteOrderMark(_ prefix: ArraySlice<UInt8>) -> (CSVEncoding, Int)? {
        let p = Array(prefix.prefix(3))
        if p.count >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { return (.utf8, 3) }
        if p.count >= 2, p[0] == 0xFF, p[1] == 0xFE { return (.utf16LittleEndian, 2) }
        if p.count >= 2, p[0] == 0xFE, p[1] == 0xFF { return (.utf16BigEndian, 2) }
        return nil
    }

    /// UTF-16 without a byte-order mark: text that is mostly ASCII has a zero in every other byte.
    static func unmarkedUTF16(_ prefix: ArraySlice<UInt8>) -> CSVEncoding? {
        let sample = Array(prefix.prefix(512))
        guard sample.count >= 8 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (i, b) in sample.enumerated() where b == 0 { if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 } }
        let half = sample.count / 2
        if oddZeros > half * 7 / 10 && evenZeros == 0 { return .utf16LittleEndian }
        if evenZeros > half * 7 / 10 && oddZeros == 0 { return .utf16BigEndian }
        return nil
    }
}

/// Streaming UTF-8 validation, so the encoding can be decided before parsing without holding the file.
struct UTF8Validator {
    private(set) var isValid = true
    private(set) var containsNUL = false
    /// Continuation bytes still expected for the current character.
    private var expected = 0
    /// Allowed range of the next continuation byte (tighter after E0, ED, F0, F4).
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF

    mutating func feed(_ chunk: ArraySlice<UInt8>) {
        guard isValid else { return }
        chunk.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            while i < n {
                let b = buffer[i]
                if expected == 0 {
                    if b < 0x80 {
                        if b == 0 { containsNUL = true }
                        i += 1
                        continue
                    }
                    switch b {
                    case 0xC2...0xDF: expected = 1; lower = 0x80; upper = 0xBF
                    case 0xE0: expected = 2; lower = 0xA0; upper = 0xBF
                    case 0xE1...0xEC, 0xEE...0xEF: expected = 2; lower = 0x80; upper = 0xBF
                    case 0xED: expected = 2; lower = 0x80; upper = 0x9F
                    case 0xF0: expected = 3; lower = 0x90; upper = 0xBF
                    case 0xF1...0xF3: expected = 3; lower = 0x80; upper = 0xBF
                    case 0xF4: expected = 3; lower = 0x80; upper = 0x8F
                    default: isValid = false; return
                    }
                } else {
                    guard b >= lower && b <= upper else { isValid = false; return }
                    expected -= 1
                    lower = 0x80
                    upper = 0xBF
                }
                i += 1
            }
        }
    }

    /// True when the input ended on a whole character.
    mutating func finish() -> Bool {
        if expected != 0 { isValid = false }
        return isValid
    }
}

/// Windows-1252: Latin-1 with typographic characters (€, „, ’, …) in 0x80–0x9F. The five unassigned bytes map to
/// the C1 controls, as browsers do.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(high[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }
}
