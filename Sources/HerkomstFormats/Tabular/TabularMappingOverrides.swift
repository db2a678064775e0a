import Foundation
import HerkomstCore

/// A user's own column names (`--mapping FILE`), which win over the built-in synonyms. The file is a JSON object
/// from column header to field: `{"Cameranummer": "extern id", "Fabr.": "fabrikant", "Opmerkingen": null}`;
/// a field is named by its Dutch header (`mac-adres`), any synonym, or its code name (`macAddress`);
/// `null`, `""` or `"negeren"` leaves a column out entirely.
public struct TabularMappingOverrides: Sendable {
    /// Normalised header → field, or nil to ignore the column.
    public private(set) var fields: [String: TabularField?] = [:]

    public init() {}

    public init(_ fields: [String: TabularField?]) {
        for (header, field) in fields { self.fields[ColumnSynonyms.normalise(header)] = field }
    }

    public var isEmpty: Bool { fields.isEmpty }

    public static func load(from url: URL) throws -> TabularMappingOverrides {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputProblem(file: url.lastPathComponent, message: "koppelbestand kan niet worden gelezen: \(error.localizedDescription)")
        }
        return try TabularMappingOverrides(json: data, fileName: url.lastPathComponent)
    }

    public init(json: Data, fileName: String) throws {
        guard json.count <= 1 << 20 else {
            throw InputProblem(file: fileName, message: "koppelbestand is groter dan 1 MiB")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed])
        } catch {
            throw InputProblem(file: fileName, message: "koppelbestand is geen geldige JSON: \(error.localizedDescription)")
        }
        guard let pairs = object as? [String: Any] else {
            throw InputProblem(file: fileName, message: "koppelbestand moet een JSON-object zijn: {\"Kolomnaam\": \"merk\"}")
        }
        for (header, value) in pairs.sorted(by: { $0.key < $1.key }) {
            switch value {
            case is NSNull:
                fields[ColumnSynonyms.normalise(header)] = .some(nil)
            case let name as String:
                try add(header, name, fileName: fileName)
            default:
                throw InputProblem(file: fileName, field: header, message: "waarde moet een veldnaam (tekst) of null zijn")
            }
        }
    }

    /// From a table of column header → field name, as `ImportOptions.mapping` holds it.
    public init(names: [String: String], fileName: String = "--mapping") throws {
        for (header, name) in names.sorted(by: { $0.key < $1.key }) { try add(header, name, fileName: fileName) }
    }

    private mutating func add(_ header: String, _ name: String, fileName: String) throws {
        let key = ColumnSynonyms.normalise(header)
        if ["", "negeren", "ignore"].contains(ColumnSynonyms.normalise(name)) {
            fields[key] = .some(nil)
        } else if let field = Self.field(named: name) {
            fields[key] = field
        } else {
            let known = TabularField.allCases.map(\.header).joined(separator: ", ")
            throw InputProblem(file: fileName, field: header, message: "onbekend veld '\(name)'; bekende velden: \(known)")
        }
    }

    static func field(named name: String) -> TabularField? {
        let key = ColumnSynonyms.normalise(name)
        if let byCode = TabularField.allCases.first(where: { ColumnSynonyms.normalise($0.codeName) == key }) {
            return byCode
        }
        return ColumnSynonyms.index[key]
    }
}
