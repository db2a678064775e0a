import Foundation
import HerkomstCore

/// The IANA Private Enterprise Numbers: number → registrant. Reads Wireshark's `enterprises.tsv`
/// (`NUMBER<TAB>NAME`, `#` comments) and IANA's own `enterprise-numbers` text (number, then the organisation
/// indented by two spaces, then contact and e-mail indented further).
public struct EnterpriseNumbers: EnterpriseRegistry {
    let names: [UInt32: String]
    public let asOf: String

    public init(names: [UInt32: String], asOf: String) {
        self.names = names
        self.asOf = asOf
    }

    public var count: Int { names.count }

    public func organisation(forEnterprise number: UInt32) -> String? { names[number] }

    /// Parses either format; `asOf` is taken from the file's own date line when it has one.
    public static func parse(_ data: Data, file: String, asOf fallbackDate: String,
                             minimumCount: Int = 1000) throws -> EnterpriseNumbers {
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let ianaFormat = lines.contains { $0.hasPrefix("  ") && !$0.hasPrefix("    ") } &&
            !lines.prefix(200).contains { $0.first?.isNumber == true && $0.contains("\t") }
        let names = ianaFormat ? try parseIANA(lines, file: file) : try parseTSV(lines, file: file)
        guard names.count >= minimumCount else {
            throw InputProblem(file: file, message: "slechts \(names.count) nummers gevonden: geen volledig IANA-register")
        }
        return EnterpriseNumbers(names: names, asOf: date(in: lines) ?? fallbackDate)
    }

    static func parseTSV(_ lines: [Substring], file: String) throws -> [UInt32: String] {
        var names: [UInt32: String] = [:]
        for (i, raw) in lines.enumerated() {
            var line = raw
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let number = line.prefix { $0.isNumber }
            guard !number.isEmpty, let value = UInt32(number) else {
                throw InputProblem(file: file, line: i + 1, field: "nummer", message: "regel begint niet met een enterprise-nummer")
            }
            var name = line.dropFirst(number.count).drop { $0 == " " || $0 == "\t" }
            if let comment = name.range(of: "\t#") { name = name[..<comment.lowerBound] }
            names[value] = String(name).trimmingCharacters(in: .whitespaces)
        }
        return names
    }

    static func parseIANA(_ lines: [Substring], file: String) throws -> [UInt32: String] {
        var names: [UInt32: String] = [:]
        var pending: (UInt32, Int)?
        for (i, raw) in lines.enumerated() {
            var line = raw
            if line.hasSuffix("\r") { line = line.dropLast() }
            if let first = line.first, first.isNumber {
                guard let value = UInt32(line.trimmingCharacters(in: .whitespaces)) else {
                    throw InputProblem(file: file, line: i + 1, field: "nummer", message: "'\(line)' is geen enterprise-nummer")
                }
                pending = (value, i + 1)
            } else if let (number, _) = pending, line.hasPrefix("  "), !line.hasPrefix("    ") {
                names[number] = line.trimmingCharacters(in: .whitespaces)
                pending = nil
            }
        }
        return names
    }

    /// `(last updated 2024-08-23)` in Wireshark's file, `(last updated 2024-08-23)` in IANA's header too.
    static func date(in lines: [Substring]) -> String? {
        for line in lines.prefix(40) {
            guard let range = line.range(of: "last updated ") else { continue }
            let rest = line[range.upperBound...].prefix(10)
            if rest.count == 10, rest.dropFirst(4).first == "-" { return String(rest) }
        }
        return nil
    }
}
