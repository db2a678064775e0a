/// A maker or parent company, as named in the vendor catalogue.
public struct VendorRef: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    /// ISO 3166-1 alpha-2.
    public var country: String?

    public init(id: String, name: String, country: String?) {
        self.id = id
        self.name = name
        self.country = country
    }

    enum CodingKeys: String, CodingKey {
        case id
        case name = "naam"
        case country = "land"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(country, forKey: .country)
    }
}

/// Why a device counts as high-risk: the policy list that names its origin, with that list's source and date.
public struct PolicyBasis: Codable, Hashable, Sendable {
    public var listID: String
    public var title: String
    public var source: String
    public var asOf: String

    public init(listID: String, title: String, source: String, asOf: String) {
        self.listID = listID
        self.title = title
        self.source = source
        self.asOf = asOf
    }

    enum CodingKeys: String, CodingKey {
        case listID = "lijst"
        case title = "titel"
        case source = "bron"
        case asOf = "peildatum"
    }
}

/// What one piece of evidence contributed to an attribution.
public struct EvidenceContribution: Codable, Hashable, Sendable {
    public var kind: EvidenceKind
    public var value: String
    /// What the evidence says, in words (`Hangzhou Hikvision Digital Technology Co.,Ltd.`), or why it says nothing.
    public var finding: String
    /// The reference entry it was matched against (`IEEE MA-L 2024-…`), if any.
    public var reference: String?
    /// How much it counted towards the verdict, 0…1; 0 for evidence that says nothing about the maker.
    public var weight: Double

    public init(kind: EvidenceKind, value: String, finding: String, reference: String?, weight: Double) {
        self.kind = kind
        self.value = value
        self.finding = finding
        self.reference = reference
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey {
        case kind = "soort"
        case value = "waarde"
        case finding = "bevinding"
        case reference = "referentie"
        case weight = "gewicht"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(value, forKey: .value)
        try c.encode(finding, forKey: .finding)
        try c.encode(reference, forKey: .reference)
        try c.encode(weight, forKey: .weight)
    }
}

/// Who really made a device, derived from its evidence: the `herkomst` object of DESIGN §4.
///
/// Unknown is a state of its own: `manufacturer`, `parent`, `countryOfOrigin` and `highRisk` are nil then,
/// and `highRisk` is never `false` for an unknown origin.
public struct Attribution: Codable, Hashable, Sendable {
    public var manufacturer: VendorRef?
    public var brand: String?
    public var parent: VendorRef?
    public var countryOfOrigin: String?
    public var deviceClass: DeviceClass?
    public var model: String?
    public var highRisk: Bool?
    public var riskBasis: [PolicyBasis]
    public var confidence: Double
    public var evidence: [EvidenceContribution]
    public var conflicts: [String]

    public init(manufacturer: VendorRef? = nil, brand: String? = nil, parent: VendorRef? = nil,
                countryOfOrigin: String? = nil, deviceClass: DeviceClass? = nil, model: String? = nil,
                highRisk: Bool? = nil, riskBasis: [PolicyBasis] = [], confidence: Double = 0,
                evidence: [EvidenceContribution] = [], conflicts: [String] = []) {
        self.manufacturer = manufacturer
        self.brand = brand
        self.parent = parent
        self.countryOfOrigin = countryOfOrigin
        self.deviceClass = deviceClass
        self.model = model
        self.highRisk = highRisk
        self.riskBasis = riskBasis
        self.confidence = confidence
        self.evidence = evidence
        self.conflicts = conflicts
    }

    public static let unknown = Attribution()

    enum CodingKeys: String, CodingKey {
        case manufacturer = "fabrikant"
        case brand = "merk"
        case parent = "moederbedrijf"
        case countryOfOrigin = "landVanHerkomst"
        case deviceClass = "klasse"
        case model
        case highRisk = "hoogRisico"
        case riskBasis = "risicogrondslag"
        case confidence = "zekerheid"
        case evidence = "bewijs"
        case conflicts = "tegenstrijdigheden"
    }

    /// Encodes absent values as explicit `null`: other programs rely on the keys being there.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(manufacturer, forKey: .manufacturer)
        try c.encode(brand, forKey: .brand)
        try c.encode(parent, forKey: .parent)
        try c.encode(countryOfOrigin, forKey: .countryOfOrigin)
        try c.encode(deviceClass, forKey: .deviceClass)
        try c.encode(model, forKey: .model)
        try c.encode(highRisk, forKey: .highRisk)
        try c.encode(riskBasis, forKey: .riskBasis)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(conflicts, forKey: .conflicts)
    }
}
