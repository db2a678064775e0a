import Foundation
import HerkomstCore

/// Splits a text file into numbered lines, refusing binary content and absurd line lengths with the line number,
/// so that line-based readers (SNMP walks) never see garbage.
struct TextLines {
    let data: Data
    let file: String
    let maximumLineLength: Int

    /// Calls `body` with each line (without its line ending) and its 1-based number.
    func forEach(_ body: (String, Int) throws -> Void) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            var lineNumber = 1
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
                throw InputProblem(file: file, line: 1, message: "bestand is UTF-16; sla het op als UTF-8")
            }
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A {
                    let b = bytes[end]
                    // Control characters other than tab and CR mean this is not a text file.
                    if b < 0x20 && b != 0x09 && b != 0x0D || b == 0x7F {
                        throw InputProblem(file: file, line: lineNumber,
                                           message: "binaire inhoud (byte 0x\(String(b, radix: 16)) op positie "
                                           + "\(end - start + 1)); dit is geen tekstbestand")
                    }
                    end += 1
                    if end - start > maximumLineLength {
                        throw InputProblem(file: file, line: lineNumber,
                                           message: "regel is langer dan \(ReaderLimits.describe(maximumLineLength))")
                    }
                }
                var lineEnd = end
                if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
                // Walks are UTF-8 by convention; agents that answer in Latin-1 still give readable text.
                let line = String(bytes: slice, encoding: .utf8) ?? latin1String(slice)
                try body(line, lineNumber)
                lineNumber += 1
                start = end + 1
            }
        }
    }
}

/// ISO 8859-1: each byte is the Unicode scalar of the same number.
func latin1String<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
    var text = ""
    text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
    return text
}
