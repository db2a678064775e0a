import Foundation
import HerkomstCore

/// Splits a text file into lines without trusting it: refuses binary content and absurdly long lines with the
/// line number, accepts LF and CRLF, and decodes each line as UTF-8 or, failing that, ISO 8859-1 (older agents
/// and exports are not always UTF-8).
struct TextLines: Sequence {
    struct Line {
        var number: Int
        var text: String
    }

    let lines: [Line]

    init(_ bytes: [UInt8], file: String, limits: ReaderLimits) throws {
        try limits.checkSize(of: bytes.count, file: file)
        var lines: [Line] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 1
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if end - start > limits.maximumLineLength {
                throw InputProblem(file: file, line: number, message:
                    "regel is langer dan \(limits.maximumLineLength) tekens; geen geldige regel van dit formaat")
            }
            var slice = bytes[start..<end]
            if slice.last == 0x0D { slice = slice.dropLast() }
            if let control = slice.first(where: { $0 < 0x20 && $0 != 0x09 }) {
                throw InputProblem(file: file, line: number, message:
                    "binaire inhoud (stuurteken 0x\(String(control, radix: 16))); dit is geen tekstbestand")
            }
            if !(start == bytes.count && slice.isEmpty) {
                let text = String(bytes: slice, encoding: .utf8)
                    ?? String(slice.map { Character(Unicode.Scalar($0)) })
                lines.append(Line(number: number, text: text))
            }
            start = end + 1
            number += 1
        }
        self.lines = lines
    }

    func makeIterator() -> IndexingIterator<[Line]> { lines.makeIterator() }
}
