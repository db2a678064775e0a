import Crypto
import Foundation
import HerkomstCore

/// Checks a newer download of a reference data set and installs it in the reference directory, where it takes
/// the place of the shipped copy. A file that does not parse completely is refused, naming the file and line.
public struct ReferenceInstaller: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case maL, maM, maS, enterpriseNumbers, kev, policy
    }

    static let manifestName = "installed.json"
    static let policyPrefix = "policy:"

    public let directory: URL
    /// Today's date (`YYYY-MM-DD`), handed in so installing stays testable.
    public let today: String

    public init(directory: URL, today: String) {
        self.directory = directory
        self.today = today
    }

    /// Validates and installs `file`; returns the data set as it now appears in `reference show`.
    @discardableResult
    public func install(_ kind: Kind, from file: URL, index: CatalogueIndex) throws -> ReferenceDataset {
        let name = file.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw InputProblem(file: file.path, message: "kan het bestand niet lezen (\(error.localizedDescription))")
        }
        let dataset: ReferenceDataset
        switch kind {
        case .maL, .maM, .maS:
            let (registry, bits, minimum, id, target) = Self.ieee(kind)
            let table = try MACRegistryIndex.table(data, registry: registry, bits: bits, file: file.path)
            guard table.prefixes.count >= minimum else {
                throw InputProblem(file: file.path, message: "slechts \(table.prefixes.count) blokken: een volledig \(registry)-register heeft er meer dan \(minimum); afgebroken download?")
            }
            dataset = ReferenceDataset(id: id, name: "IEEE \(registry) (\(table.prefixes.count) blokken)", file: target,
                                       source: file.path, asOf: Self.modificationDate(of: file) ?? today,
                                       licence: "public domain (IEEE Registration Authority)", sha256: Self.sha256(data))
        case .enterpriseNumbers:
            let numbers = try EnterpriseNumbers.parse(data, file: file.path, asOf: Self.modificationDate(of: file) ?? today)
            dataset = ReferenceDataset(id: "iana-pen", name: "IANA Private Enterprise Numbers (\(numbers.count) nummers)",
                                       file: "enterprise-numbers.txt", source: file.path, asOf: numbers.asOf,
                                       licence: "IANA-register, vrij te gebruiken", sha256: Self.sha256(data))
        case .kev:
            let kev = try KEVCatalogue(data: data, file: file.path, index: index)
            dataset = ReferenceDataset(id: "cisa-kev", name: "CISA Known Exploited Vulnerabilities (\(kev.count) kwetsbaarheden)",
                                       file: "known_exploited_vulnerabilities.json", source: file.path, asOf: kev.version,
                                       licence: "CC0 1.0", sha256: Self.sha256(data))
        case .policy:
            let list = try Self.decodePolicyList(data, file: file.path, index: index)
            dataset = ReferenceDataset(id: Self.policyPrefix + list.id, name: "beleidslijst: \(list.title)",
                                       file: "beleidslijst-\(Self.fileSafe(list.id)).json", source: list.source,
                                       asOf: list.asOf, licence: "zie bron", sha256: Self.sha256(data),
                                       note: "geïnstalleerd uit \(name)")
        }
        try write(data, as: dataset)
        return dataset
    }

    func write(_ data: Data, as dataset: ReferenceDataset) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        try data.write(to: directory.appendingPathComponent(dataset.file), options: .atomic)
        let manifestURL = directory.appendingPathComponent(Self.manifestName)
        var manifest = (try? JSONDecoder().decode(ReferenceManifest.self, from: Data(contentsOf: manifestURL)))
            ?? ReferenceManifest(datasets: [])
        var installed = dataset
        installed.origin = nil
        manifest.datasets.removeAll { $0.id == dataset.id }
        manifest.datasets.append(installed)
        manifest.datasets.sort { $0.id < $1.id }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(manifest).write(to: manifestURL, options: .atomic)
    }

    static func ieee(_ kind: Kind) -> (String, Int, Int, String, String) {
        switch kind {
        case .maM: return ("MA-M", 28, 1_000, "ieee-ma-m", "mam.csv")
        case .maS: return ("MA-S", 36, 1_000, "ieee-ma-s", "oui36.csv")
        default: return ("MA-L", 24, 10_000, "ieee-ma-l", "oui.csv")
        }
    }

    /// A policy list from a user's file, checked field by field.
    static func decodePolicyList(_ data: Data, file: String, index: CatalogueIndex? = nil) throws -> PolicyList {
        let list: PolicyList
        do {
            list = try JSONDecoder().decode(PolicyList.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw InputProblem(file: file, field: key.stringValue, message: "verplicht veld ontbreekt")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw InputProblem(file: file, field: context.codingPath.map(\.stringValue).joined(separator: "."),
                               message: "verkeerd type: \(context.debugDescription)")
        } catch {
            throw InputProblem(file: file, message: "geen geldige JSON voor een beleidslijst (id, titel, bron, peildatum, landen, entiteiten): \(error)")
        }
        guard !list.id.isEmpty, list.id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw InputProblem(file: file, field: "id", message: "'\(list.id)' is geen geldige lijst-id (letters, cijfers, '-')")
        }
        guard Day(list.asOf) != nil else {
            throw InputProblem(file: file, field: "peildatum", message: "'\(list.asOf)' is geen datum JJJJ-MM-DD")
        }
        guard !list.source.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InputProblem(file: file, field: "bron", message: "een beleidslijst heeft een bron nodig")
        }
        for (i, country) in list.countries.enumerated()
        where country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            throw InputProblem(file: file, field: "landen[\(i)]", message: "'\(country)' is geen ISO 3166-1-landcode van twee hoofdletters")
        }
        if let index {
            for (i, entity) in list.entities.enumerated() where index.manufacturer(entity.manufacturer) == nil {
                throw InputProblem(file: file, field: "entiteiten[\(i)].fabrikant",
                                   message: "'\(entity.manufacturer)' staat niet in de fabrikantencatalogus (gebruik de catalogus-id, zoals 'hikvision')")
            }
        }
        return list
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    static func modificationDate(of file: URL) -> String? {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date else {
            return nil
        }
        return String(ISO8601DateFormatter().string(from: date).prefix(10))
    }

    static func fileSafe(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
    }
}

extension ReferenceData {
    /// Recomputes each file's SHA-256 and says whether it still matches the manifest.
    public func verifyChecksums() -> [(dataset: ReferenceDataset, matches: Bool)] {
        datasets.map { dataset in
            guard let url = files[dataset.id], let data = try? Data(contentsOf: url) else { return (dataset, false) }
            return (dataset, ReferenceInstaller.sha256(data) == dataset.sha256)
        }
    }
}
