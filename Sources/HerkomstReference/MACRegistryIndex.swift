import Foundation
import HerkomstCore

/// The IEEE MA-L, MA-M and MA-S registries as sorted prefix arrays: a lookup is at most three binary searches,
/// most specific block first, so a 28- or 36-bit block inside an MA-L that the IEEE subdivided wins.
public struct MACRegistryIndex: MACRegistry {
    /// One registry (one prefix length).
    struct Table: Sendable {
        var registry: String
        var bits: Int
        var prefixes: [UInt64] = []
        var organisations: [String] = []
        var countries: [String?] = []
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
        for table in tables {
            let key = mac.prefix(bits: table.bits)
            var low = 0
            var high = table.prefixes.count
            while low < high {
                let mid = (low + high) >> 1
                if table.prefixes[mid] < key { low = mid + 1 } else { high = mid }
            }
            if low < table.prefixes.count, table.prefixes[low] == key {
                let digits = table.bits / 4
                var hex = String(key, radix: 16, uppercase: true)
                if hex.count < digits { hex = String(repeating: "0", count: digits - hex.count) + hex }
                return MACRegistryEntry(registry: table.registry, assignment: hex, organisation: table.organisations[low],
                                        country: table.countries[low], asOf: asOf)
            }
        }
        return nil
    }

    static func table(_ data: Data, registry: String, bits: Int, file: String) throws -> Table {
        var rows: [(UInt64, String, String?)] = []
        rows.reserveCapacity(40_000)
        let digits = bits / 4
        var sawHeader = false
        for row in CSVRows(bytes: [UInt8](data)) {
            if !sawHeader {
                guard row.fields.count >= 3, row.fields[0] == "Registry", row.fields[1] == "Assignment" else {
                    throw InputProblem(file: file, line: row.line, field: "kop",
                                       message: "geen IEEE-registerbestand: de eerste regel moet 'Registry,Assignment,Organization Name,Organization Address' zijn")
                }
                sawHeader = true
                continue
            }
            if row.fields.count == 1 && row.fields[0].isEmpty { continue }
            guard row.fields.count >= 3 else {
                throw InputProblem(file: file, line: row.line, message: "te weinig kolommen (\(row.fields.count), verwacht 4)")
            }
            guard row.fields[0] == registry else {
                throw InputProblem(file: file, line: row.line, field: "Registry",
                                   message: "'\(row.fields[0])' hoort niet in dit bestand (verwacht \(registry))")
            }
            let assignment = row.fields[1]
            guard assignment.count == digits, let prefix = UInt64(assignment, radix: 16) else {
                throw InputProblem(file: file, line: row.line, field: "Assignment",
                                   message: "'\(assignment)' is geen blok van \(digits) hexadecimale cijfers")
            }
            let organisation = row.fields[2].trimmingCharacters(in: .whitespaces)
            let address = row.fields.count > 3 ? row.fields[3] : ""
            rows.append((prefix, organisation, Self.country(fromAddress: address)))
        }
        guard sawHeader, !rows.isEmpty else {
            throw InputProblem(file: file, message: "leeg register: geen enkel blok gevonden")
        }
        rows.sort { $0.0 < $1.0 }
        var table = Table(registry: registry, bits: bits)
        table.prefixes = rows.map(\.0)
        table.organisations = rows.map(\.1)
        table.countries = rows.map(\.2)
        return table
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
