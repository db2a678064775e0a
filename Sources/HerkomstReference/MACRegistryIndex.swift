import Foundation
import HerkomstCore

/// The IEEE MA-L, MA-M and MA-S registries as sorted prefix arrays: a lookup is at most three binary searches,
/// most specific block first, so a 28- or 36-bit block inside an MA-L that the IEEE subdivided wins.
public struct MACRegistryIndex: MACRegistry {
    /// One registry (one prefix length). Organisation names stay byte ranges of the file until an entry is
    /// looked up, and the country is two bytes: reading a registry is one pass over its bytes, and a lookup
    /// allocates only the name it returns.
    struct Table: Sendable {
        var registry: String
        var bits: Int
        var prefixes: [UInt64] = []
        var data = Data()
        /// Per prefix (same order): the organisation's bytes in `data`, trimmed.
        var organisations: [Range<Int>] = []
        /// Per prefix: the ISO country code as two ASCII bytes (`C` << 8 | `N`), 0 when the address names none.
        var countries: [UInt16] = []

        func entry(at index: Int) -> (organisation: String, country: String?) {
            let range = organisations[index]
            let name = data.withUnsafeBytes { raw in
                String(decoding: UnsafeRawBufferPointer(rebasing: raw[range]), as: UTF8.self)
            }
            let code = countries[index]
            let country = code == 0 ? nil : String(decoding: [UInt8(code >> 8), UInt8(code & 0xFF)], as: UTF8.self)
            // Doubled quotes (rare) are undone; a byte check first keeps Foundation out of the common case.
            let unescaped = name.utf8.contains(UInt8(ascii: "\"")) ? name.replacingOccurrences(of: "\"\"", with: "\"") : name
            return (unescaped, country)
        }
    }

    let tables: [Table]
    public let asOf: String

    /// Parses the three IEEE CSV files (`Registry,Assignment,Organization Name,Organization Address`).
    /// Throws an `InputProblem` naming the file and line of the first malformed row.
    public init(maL: Data, maM: Data, maS: Data, asOf: String,
                names: (maL: String, maM: String, maS: String) = ("oui.csv", "mam.csv", "oui36.csv")) throws {
        // Most specific first.
        tables = [
            try Self.table(maS, registry: "MA-S", bits: 36, file: names.maS),
            try Self.table(maM, registry: "MA-M", bits: 28, file: names.maM),
            try Self.table(maL, registry: "MA-L", bits: 24, file: names.maL),
        ]
        self.asOf = asOf
    }

    public var entryCount: Int { tables.reduce(0) { $0 + $1.prefixes.count } }

    /// The registered blocks of one size (24, 28 or 36 bits), sorted; for benchmarks and checks.
    public func blocks(bits: Int) -> [UInt64] { tables.first { $0.bits == bits }?.prefixes ?? [] }

    public func lookup(_ mac: MACAddress) -> MACRegistryEntry? {
        guard let (t, row) = position(of: mac) else { return nil }
        let table = tables[t]
        let key = table.prefixes[row]
        let digits = table.bits / 4
        var hex = String(key, radix: 16, uppercase: true)
        if hex.count < digits { hex = String(repeating: "0", count: digits - hex.count) + hex }
        let (organisation, country) = table.entry(at: row)
        return MACRegistryEntry(registry: table.registry, assignment: hex, organisation: organisation,
                                country: country, asOf: asOf)
    }

    public func block(of mac: MACAddress) -> MACBlock? {
        guard let (t, row) = position(of: mac) else { return nil }
        return MACBlock(bits: tables[t].bits, prefix: tables[t].prefixes[row])
    }

    /// Table and row of the most specific block holding `mac`.
    func position(of mac: MACAddress) -> (table: Int, row: Int)? {
        for (t, table) in tables.enumerated() {
            let key = mac.prefix(bits: table.bits)
            var low = 0
            var high = table.prefixes.count
            while low < high {
                let mid = (low + high) >> 1
                if table.prefixes[mid] < key { low = mid + 1 } else { high = mid }
            }
            if low < table.prefixes.count, table.prefixes[low] == key { return (t, low) }
        }
        return nil
    }

    static func table(_ data: Data, registry: String, bits: Int, file: String) throws -> Table {
        let digits = bits / 4
        var prefixes: [UInt64] = []
        var organisations: [Range<Int>] = []
        var countries: [UInt16] = []
        prefixes.reserveCapacity(data.count / 80)
        organisations.reserveCapacity(data.count / 80)
        countries.reserveCapacity(data.count / 80)
        var problem: InputProblem?
        var sawHeader = false
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            CSVRows.forEach(in: bytes) { row, line in
                if !sawHeader {
                    guard row.count >= 3, CSVRows.string(row[0], in: bytes).hasSuffix("Registry"),
                          CSVRows.equals(row[1], "Assignment", in: bytes) else {
                        problem = InputProblem(file: file, line: line, field: "kop",
                                               message: "geen IEEE-registerbestand: de eerste regel moet 'Registry,Assignment,Organization Name,Organization Address' zijn")
                        return false
                    }
                    sawHeader = true
                    return true
                }
                guard row.count >= 3 else {
                    problem = InputProblem(file: file, line: line, message: "te weinig kolommen (\(row.count), verwacht 4)")
                    return false
                }
                guard CSVRows.equals(row[0], registry, in: bytes) else {
                    problem = InputProblem(file: file, line: line, field: "Registry",
                                           message: "'\(CSVRows.string(row[0], in: bytes))' hoort niet in dit bestand (verwacht \(registry))")
                    return false
                }
                guard let prefix = hexPrefix(row[1], digits: digits, in: bytes) else {
                    problem = InputProblem(file: file, line: line, field: "Assignment",
                                           message: "'\(CSVRows.string(row[1], in: bytes))' is geen blok van \(digits) hexadecimale cijfers")
                    return false
                }
                prefixes.append(prefix)
                organisations.append(trimmed(row[2], in: bytes))
                countries.append(row.count > 3 ? countryCode(row[3], in: bytes) : 0)
                return true
            }
        }
        if let problem { throw problem }
        guard sawHeader, !prefixes.isEmpty else {
            throw InputProblem(file: file, message: "leeg register: geen enkel blok gevonden")
        }
        var table = Table(registry: registry, bits: bits)
        // IEEE lists blocks in no particular order.
        let order = prefixes.indices.sorted { prefixes[$0] < prefixes[$1] }
        table.prefixes = order.map { prefixes[$0] }
        table.organisations = order.map { organisations[$0] }
        table.countries = order.map { countries[$0] }
        table.data = data
        return table
    }

    private static func trimmed(_ field: CSVRows.Field, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = field.start, end = field.end
        while start < end && (bytes[start] == 32 || bytes[start] == 9) { start += 1 }
        while end > start && (bytes[end - 1] == 32 || bytes[end - 1] == 9) { end -= 1 }
        return start..<end
    }

    /// `country(fromAddress:)` on the bytes of the address field, without making strings.
    static func countryCode(_ field: CSVRows.Field, in bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
        func isSeparator(_ b: UInt8) -> Bool { b == 32 || b == 44 || b == 9 || b == 10 || b == 13 }
        func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        var fallback: UInt16 = 0
        // Words from the end: (start, end) of the word after the current one, to see whether it has a digit.
        var end = field.end
        var nextHasDigit = false
        while end > field.start {
            while end > field.start && isSeparator(bytes[end - 1]) { end -= 1 }
            var start = end
            var hasDigit = false
            while start > field.start && !isSeparator(bytes[start - 1]) {
                start -= 1
                if bytes[start] >= UInt8(ascii: "0") && bytes[start] <= UInt8(ascii: "9") { hasDigit = true }
            }
            if start == end { break }
            if end - start == 2 && isUpper(bytes[start]) && isUpper(bytes[start + 1]) {
                let code = UInt16(bytes[start]) << 8 | UInt16(bytes[start + 1])
                if nextHasDigit { return code }
                if fallback == 0 { fallback = code }
            }
            nextHasDigit = hasDigit
            end = start
        }
        return fallback
    }

    private static func hexPrefix(_ field: CSVRows.Field, digits: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard field.end - field.start == digits else { return nil }
        var value: UInt64 = 0
        for i in field.start..<field.end {
            let b = bytes[i]
            let nibble: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = b &- UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = b &- UInt8(ascii: "A") &+ 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = b &- UInt8(ascii: "a") &+ 10
            default: return nil
            }
            value = value << 4 | UInt64(nibble)
        }
        return value
    }

    /// The country code at the end of an IEEE address (`… Hangzhou Zhejiang CN 310052`): a two-letter word
    /// followed by a postcode, else the last two-letter word.
    static func country(fromAddress address: String) -> String? {
        let words = address.split(whereSeparator: { $0 == " " || $0 == "," })
        func isCode(_ word: Substring) -> Bool {
            word.utf8.count == 2 && word.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        }
        var fallback: String?
        for i in words.indices.reversed() where isCode(words[i]) {
            if i + 1 < words.count, words[i + 1].contains(where: \.isNumber) { return String(words[i]) }
            if fallback == nil { fallback = String(words[i]) }
        }
        return fallback
    }
}
