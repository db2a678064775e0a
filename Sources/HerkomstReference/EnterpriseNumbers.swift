import Foundation
import HerkomstCore

/// The IANA Private Enterprise Numbers: number → registrant. Reads Wireshark's `enterprises.tsv`
/// (`NUMBER<TAB>NAME`, `#` comments) and IANA's own `enterprise-numbers` text (number, then the organisation
/// indented by two spaces, then contact and e-mail indented further).
///
/// Read byte by byte and kept as sorted numbers with byte ranges of the file: `identify` reads the 60,000
/// entries on every run that has a sysObjectID, so that must cost milliseconds, not a second.
public struct EnterpriseNumbers: EnterpriseRegistry {
    private let numbers: [UInt32]
    private let ranges: [Range<Int>]
    private let text: Data
    public let asOf: String

    public init(names: [UInt32: String], asOf: String) {
        var text = Data()
        var numbers: [UInt32] = []
        var ranges: [Range<Int>] = []
        for (number, name) in names.sorted(by: { $0.key < $1.key }) {
            let start = text.count
            text.append(contentsOf: Array(name.utf8))
            numbers.append(number)
            ranges.append(start..<text.count)
        }
        self.init(numbers: numbers, ranges: ranges, text: text, asOf: asOf)
    }

    private init(numbers: [UInt32], ranges: [Range<Int>], text: Data, asOf: String) {
        self.numbers = numbers
        self.ranges = ranges
        self.text = text
        self.asOf = asOf
    }

    public var count: Int { numbers.count }

    public func organisation(forEnterprise number: UInt32) -> String? {
        var low = 0
        var high = numbers.count
        while low < high {
            let mid = (low + high) >> 1
            if numbers[mid] < number { low = mid + 1 } else { high = mid }
        }
        guard low < numbers.count, numbers[low] == number else { return nil }
        let range = ranges[low]
        return text.withUnsafeBytes { String(decoding: $0[range], as: UTF8.self) }
    }

    /// Parses either format; `asOf` is taken from the file's own date line when it has one.
    public static func parse(_ data: Data, file: String, asOf fallbackDate: String,
                             minimumCount: Int = 1000) throws -> EnterpriseNumbers {
        let data = Data(data)  // byte offsets below are from 0
        var numbers: [UInt32] = []
        var ranges: [Range<Int>] = []
        numbers.reserveCapacity(70_000)
        ranges.reserveCapacity(70_000)
        var date: String?
        var problem: InputProblem?
        data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            let lines = Lines(b)
            let iana = lines.looksLikeIANA
            var pending: UInt32?
            for (number, line) in lines.enumerated() {
                if number < 40, date == nil { date = lines.lastUpdated(in: line) }
                if line.isEmpty { continue }
                if !iana {
                    if b[line.lowerBound] == UInt8(ascii: "#") { continue }
                    guard let (value, end) = lines.leadingNumber(line), end > line.lowerBound else {
                        problem = InputProblem(file: file, line: number + 1, field: "nummer", message: "regel begint niet met een enterprise-nummer")
                        return
                    }
                    var name = lines.trimmed(end..<line.upperBound)
                    if let comment = lines.find(UInt8(ascii: "\t"), UInt8(ascii: "#"), in: name) { name = lines.trimmed(name.lowerBound..<comment) }
                    numbers.append(value)
                    ranges.append(name)
                } else if lines.isDigit(b[line.lowerBound]) {
                    let trimmed = lines.trimmed(line)
                    guard let (value, end) = lines.leadingNumber(trimmed), end == trimmed.upperBound else {
                        problem = InputProblem(file: file, line: number + 1, field: "nummer",
                                               message: "'\(String(decoding: UnsafeBufferPointer(rebasing: b[line]), as: UTF8.self))' is geen enterprise-nummer")
                        return
                    }
                    pending = value
                } else if let value = pending, lines.indent(of: line) == 2 {
                    numbers.append(value)
                    ranges.append(lines.trimmed(line))
                    pending = nil
                }
            }
        }
        if let problem { throw problem }
        guard numbers.count >= minimumCount else {
            throw InputProblem(file: file, message: "slechts \(numbers.count) nummers gevonden: geen volledig IANA-register")
        }
        // Both forms list numbers in ascending order; sort only a file that does not.
        if zip(numbers, numbers.dropFirst()).contains(where: { $0 >= $1 }) {
            var latest: [UInt32: Range<Int>] = [:]
            for (number, range) in zip(numbers, ranges) { latest[number] = range }
            numbers = latest.keys.sorted()
            ranges = numbers.map { latest[$0]! }
        }
        return EnterpriseNumbers(numbers: numbers, ranges: ranges, text: data, asOf: date ?? fallbackDate)
    }

    /// The lines of a buffer as byte ranges, without their line break.
    struct Lines: Sequence {
        let bytes: UnsafeBufferPointer<UInt8>
        let ranges: [Range<Int>]

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            var ranges: [Range<Int>] = []
            var start = 0
            let n = bytes.count
            while start < n {
                var end = start
                while end < n && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                var stop = end
                if stop > start && bytes[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
                ranges.append(start..<stop)
                start = end + 1
            }
            self.ranges = ranges
        }

        func makeIterator() -> IndexingIterator<[Range<Int>]> { ranges.makeIterator() }

        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

        /// IANA's text has organisations on lines indented by exactly two spaces, and no `number<TAB>name` lines.
        var looksLikeIANA: Bool {
            let hasIndentedOrganisation = ranges.contains { indent(of: $0) == 2 }
            let hasTable = ranges.prefix(200).contains { r in
                !r.isEmpty && isDigit(bytes[r.lowerBound]) && find(UInt8(ascii: "\t"), nil, in: r) != nil
            }
            return hasIndentedOrganisation && !hasTable
        }

        func indent(of line: Range<Int>) -> Int {
            var i = line.lowerBound
            while i < line.upperBound && bytes[i] == UInt8(ascii: " ") { i += 1 }
            return i == line.upperBound ? 0 : i - line.lowerBound
        }

        func leadingNumber(_ line: Range<Int>) -> (UInt32, Int)? {
            var value: UInt64 = 0
            var i = line.lowerBound
            while i < line.upperBound && isDigit(bytes[i]) && i - line.lowerBound < 11 {
                value = value * 10 + UInt64(bytes[i] - UInt8(ascii: "0"))
                i += 1
            }
            guard i > line.lowerBound, value <= UInt64(UInt32.max), i == line.upperBound || !isDigit(bytes[i]) else { return nil }
            return (UInt32(value), i)
        }

        func trimmed(_ range: Range<Int>) -> Range<Int> {
            var s = range.lowerBound, e = range.upperBound
            while s < e && (bytes[s] == 32 || bytes[s] == 9) { s += 1 }
            while e > s && (bytes[e - 1] == 32 || bytes[e - 1] == 9) { e -= 1 }
            return s..<e
        }

        /// The position of `first` (followed by `second`, if given) in the range.
        func find(_ first: UInt8, _ second: UInt8?, in range: Range<Int>) -> Int? {
            var i = range.lowerBound
            while i < range.upperBound {
                if bytes[i] == first, second.map({ i + 1 < range.upperBound && bytes[i + 1] == $0 }) ?? true { return i }
                i += 1
            }
            return nil
        }

        /// `(last updated 2024-08-23)` in Wireshark's and in IANA's header.
        func lastUpdated(in line: Range<Int>) -> String? {
            let marker = Array("last updated ".utf8)
            var i = line.lowerBound
            while i + marker.count + 10 <= line.upperBound {
                if bytes[i] == marker[0] && marker.indices.allSatisfy({ bytes[i + $0] == marker[$0] }) {
                    let start = i + marker.count
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + 10)]), as: UTF8.self)
                    return Day(text)?.description
                }
                i += 1
            }
            return nil
        }
    }
}
