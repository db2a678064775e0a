import Foundation
import HerkomstCore

/// The reference data one process attributes with: the shipped snapshot, with any newer files installed by
/// `herkomst reference update` taking their place. Small parts (catalogue, policy lists) load at once; the IEEE
/// registries, enterprise numbers and KEV load on first use.
public final class ReferenceData: Sendable {
    public let catalogue: VendorCatalogue
    public let index: CatalogueIndex
    public let policyLists: [PolicyList]
    /// Every data set with where it came from (shipped or installed).
    public let datasets: [ReferenceDataset]
    /// The directory installed updates are read from, if any.
    public let installedDirectory: URL?
    let macRegistryIndex: Lazy<MACRegistryIndex>
    /// Built from the MAC registries the first time a name outside the catalogue is looked up.
    let registrantIndex: Lazy<RegistrantIndex>
    let enterpriseNumbers: Lazy<EnterpriseNumbers>
    let kevCatalogue: Lazy<KEVCatalogue>
    let files: [String: URL]

    /// The shipped snapshot only.
    public static func loadShipped() throws -> ReferenceData {
        try load(installedIn: nil)
    }

    /// The shipped snapshot with the updates installed in `directory` (if it exists) in place of shipped files.
    public static func load(installedIn directory: URL?) throws -> ReferenceData {
        guard let resources = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw InputProblem(file: "Resources", message: "de meegeleverde referentiegegevens ontbreken in de programmabundel")
        }
        return try ReferenceData(resources: resources, installed: directory)
    }

    init(resources: URL, installed: URL?) throws {
        let decoder = JSONDecoder()
        let manifestURL = resources.appendingPathComponent("manifest.json")
        var datasets = try decoder.decode(ReferenceManifest.self, from: Data(contentsOf: manifestURL)).datasets
            .map { dataset -> ReferenceDataset in var d = dataset; d.origin = "meegeleverd"; return d }
        var files: [String: URL] = [:]
        for dataset in datasets { files[dataset.id] = resources.appendingPathComponent(dataset.file) }

        var installedLists: [PolicyList] = []
        if let installed, let manifest = try? decoder.decode(
            ReferenceManifest.self, from: Data(contentsOf: installed.appendingPathComponent(ReferenceInstaller.manifestName))) {
            for var dataset in manifest.datasets {
                let url = installed.appendingPathComponent(dataset.file)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                dataset.origin = "geïnstalleerd"
                files[dataset.id] = url
                if let i = datasets.firstIndex(where: { $0.id == dataset.id }) { datasets[i] = dataset } else { datasets.append(dataset) }
                if dataset.id.hasPrefix(ReferenceInstaller.policyPrefix) {
                    let list = try ReferenceInstaller.decodePolicyList(Data(contentsOf: url), file: url.path)
                    installedLists.append(list)
                }
            }
        }
        self.datasets = datasets
        self.files = files
        self.installedDirectory = installed

        guard let catalogueURL = files["vendor-catalogue"], let policyURL = files["policy-lists"] else {
            throw InputProblem(file: manifestURL.path, message: "het manifest noemt de fabrikantencatalogus of de beleidslijsten niet")
        }
        catalogue = try decoder.decode(VendorCatalogue.self, from: Data(contentsOf: catalogueURL))
        var lists = try decoder.decode([PolicyList].self, from: Data(contentsOf: policyURL))
        for list in installedLists {
            if let i = lists.firstIndex(where: { $0.id == list.id }) { lists[i] = list } else { lists.append(list) }
        }
        policyLists = lists
        let index = CatalogueIndex(catalogue: catalogue)
        self.index = index

        let dated = Dictionary(datasets.map { ($0.id, $0.asOf) }, uniquingKeysWith: { a, _ in a })
        let macFiles = (files["ieee-ma-l"], files["ieee-ma-m"], files["ieee-ma-s"])
        macRegistryIndex = Lazy {
            guard let l = macFiles.0, let m = macFiles.1, let s = macFiles.2 else {
                throw InputProblem(file: "manifest.json", message: "de IEEE-registers ontbreken")
            }
            return try MACRegistryIndex(maL: Data(contentsOf: l), maM: Data(contentsOf: m), maS: Data(contentsOf: s),
                                        asOf: dated["ieee-ma-l"] ?? "onbekend",
                                        names: (l.lastPathComponent, m.lastPathComponent, s.lastPathComponent))
        }
        let registry = macRegistryIndex
        registrantIndex = Lazy { RegistrantIndex(try registry.get()) }
        let penFile = files["iana-pen"]
        let penDate = dated["iana-pen"] ?? "onbekend"
        enterpriseNumbers = Lazy {
            guard let penFile else { throw InputProblem(file: "manifest.json", message: "de IANA-enterprise-nummers ontbreken") }
            return try EnterpriseNumbers.parse(Data(contentsOf: penFile), file: penFile.lastPathComponent, asOf: penDate)
        }
        let kevFile = files["cisa-kev"]
        kevCatalogue = Lazy {
            guard let kevFile else { throw InputProblem(file: "manifest.json", message: "de KEV-catalogus ontbreekt") }
            return try KEVCatalogue(data: Data(contentsOf: kevFile), file: kevFile.lastPathComponent, index: index)
        }
    }

    /// What the attribution engine needs, with the large registries still loading lazily.
    public var attributionReference: AttributionReference {
        AttributionReference(catalogue: catalogue, policyLists: policyLists,
                             macRegistry: LazyMACRegistry(registry: macRegistryIndex, registrants: registrantIndex),
                             enterpriseRegistry: LazyEnterpriseRegistry(registry: enterpriseNumbers,
                                                                        fallbackDate: asOf("iana-pen") ?? "onbekend"))
    }

    public func makeEngine() -> AttributionEngine {
        AttributionEngine(reference: attributionReference)
    }

    /// The IEEE registries, loaded now (throws when an installed file is damaged).
    public func macRegistry() throws -> MACRegistryIndex { try macRegistryIndex.get() }
    public func enterpriseRegistry() throws -> EnterpriseNumbers { try enterpriseNumbers.get() }
    public func kev() throws -> KEVCatalogue { try kevCatalogue.get() }

    func asOf(_ id: String) -> String? { datasets.first { $0.id == id }?.asOf }

    /// One line naming every data set and version used, stored with each attribution so that a change of
    /// reference data shows which devices need re-attribution. A data set's checksum is part of it: a catalogue
    /// corrected on the day of its date is still a change.
    public var referenceVersion: String {
        let sets = datasets.filter { !$0.id.hasPrefix(ReferenceInstaller.policyPrefix) && $0.id != "policy-lists" }
            .map { "\($0.id)@\($0.asOf)#\($0.sha256.prefix(12))" }
        let lists = policyLists.map { "\($0.id)@\($0.asOf)" }
        return (sets + lists).joined(separator: ";")
    }

    /// The file a data set is read from now.
    public func fileURL(of datasetID: String) -> URL? { files[datasetID] }
}
