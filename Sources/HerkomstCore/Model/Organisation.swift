/// The kind of a public body or company that owns, runs, supplies or maintains devices.
public enum OrganisationKind: String, Codable, Sendable, CaseIterable {
    case gemeente, veiligheidsregio, politie, vervoerder, leverancier, overig
}

/// A public body or company. The slug is its stable, URL-safe identity (`gemeente-den-haag`).
public struct Organisation: Codable, Hashable, Sendable {
    public var slug: String
    public var name: String
    public var kind: OrganisationKind

    public init(slug: String, name: String, kind: OrganisationKind) {
        self.slug = slug
        self.name = name
        self.kind = kind
    }
}
