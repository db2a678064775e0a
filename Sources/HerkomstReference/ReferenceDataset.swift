/// One reference data set as described in the manifest and shown by `herkomst reference show`.
public struct ReferenceDataset: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var file: String
    public var source: String
    /// The date the data speaks for, `YYYY-MM-DD` (or the publisher's version, such as KEV's `2025.08.25`).
    public var asOf: String
    public var licence: String
    public var sha256: String
    public var note: String?
    /// `meegeleverd` (shipped with the program) or `geïnstalleerd` (installed with `reference update`).
    public var origin: String?

    public init(id: String, name: String, file: String, source: String, asOf: String, licence: String,
                sha256: String, note: String? = nil, origin: String? = nil) {
        self.id = id
        self.name = name
        self.file = file
        self.source = source
        self.asOf = asOf
        self.licence = licence
        self.sha256 = sha256
        self.note = note
        self.origin = origin
    }

    enum CodingKeys: String, CodingKey {
        case id
        case name = "naam"
        case file = "bestand"
        case source = "bron"
        case asOf = "peildatum"
        case licence = "licentie"
        case sha256
        case note = "toelichting"
        case origin = "herkomst"
    }
}

/// The manifest file: the list of data sets, shipped in `Resources/manifest.json` and, for installed updates,
/// in `installed.json` in the reference directory.
struct ReferenceManifest: Codable, Sendable {
    var datasets: [ReferenceDataset]
}
