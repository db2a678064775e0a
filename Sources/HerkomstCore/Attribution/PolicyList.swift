/// A dated, sourced list that makes a device high-risk when it names the device's country of origin, its maker or
/// the maker's parent: the Dutch list of countries with an offensive cyber programme, the FCC Covered List, NDAA §889.
///
/// Users can add or replace lists from a file (`herkomst reference update --policy FILE`), so the wire form is
/// Dutch like every other user-facing JSON.
public struct PolicyList: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    public var source: String
    /// The date the list speaks for, `YYYY-MM-DD`.
    public var asOf: String
    /// ISO 3166-1 alpha-2 codes; a device whose origin is one of these is named by the list.
    public var countries: [String]
    public var entities: [PolicyEntity]
    public var note: String?

    public init(id: String, title: String, source: String, asOf: String, countries: [String] = [],
                entities: [PolicyEntity] = [], note: String? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.asOf = asOf
        self.countries = countries
        self.entities = entities
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case id
        case title = "titel"
        case source = "bron"
        case asOf = "peildatum"
        case countries = "landen"
        case entities = "entiteiten"
        case note = "toelichting"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        source = try c.decode(String.self, forKey: .source)
        asOf = try c.decode(String.self, forKey: .asOf)
        countries = try c.decodeIfPresent([String].self, forKey: .countries) ?? []
        entities = try c.decodeIfPresent([PolicyEntity].self, forKey: .entities) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }

    public var basis: PolicyBasis { PolicyBasis(listID: id, title: title, source: source, asOf: asOf) }

    /// Whether the list names this origin: the country, or the maker or one of its owners (catalogue ids).
    public func names(country: String?, makers: [String]) -> Bool {
        if let country, countries.contains(country) { return true }
        return entities.contains { makers.contains($0.manufacturer) }
    }
}

/// One entity on a policy list, by catalogue id, with what the listing covers.
public struct PolicyEntity: Codable, Hashable, Sendable {
    public var manufacturer: String
    public var name: String
    public var scope: String?

    public init(manufacturer: String, name: String, scope: String? = nil) {
        self.manufacturer = manufacturer
        self.name = name
        self.scope = scope
    }

    enum CodingKeys: String, CodingKey {
        case manufacturer = "fabrikant"
        case name = "naam"
        case scope = "reikwijdte"
    }
}
