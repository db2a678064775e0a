/// One entry of an IEEE MAC address registry (MA-L, MA-M or MA-S).
public struct MACRegistryEntry: Hashable, Sendable {
    /// `MA-L`, `MA-M` or `MA-S`.
    public var registry: String
    /// The assigned prefix as hex digits, `4CBD8F` or `402C761`.
    public var assignment: String
    public var organisation: String
    /// ISO country code from the registrant's address, when the registry gives one.
    public var country: String?
    /// The registry snapshot's date, `YYYY-MM-DD`.
    public var asOf: String

    public init(registry: String, assignment: String, organisation: String, country: String?, asOf: String) {
        self.registry = registry
        self.assignment = assignment
        self.organisation = organisation
        self.country = country
        self.asOf = asOf
    }

    /// `IEEE MA-L 4C-BD-8F`: how evidence cites the entry.
    public var citation: String {
        var grouped = ""
        grouped.reserveCapacity(assignment.utf8.count * 3 / 2)
        for (i, c) in assignment.utf8.enumerated() {
            if i > 0 && i % 2 == 0 { grouped.append("-") }
            grouped.unicodeScalars.append(Unicode.Scalar(c))
        }
        return "IEEE \(registry) \(grouped) (\(asOf))"
    }
}

/// A registered block as a number: the top `bits` bits of every MAC in it.
public struct MACBlock: Hashable, Sendable {
    public var bits: Int
    public var prefix: UInt64

    public init(bits: Int, prefix: UInt64) {
        self.bits = bits
        self.prefix = prefix
    }
}

/// An organisation as the IEEE registries know it, found by name: where its registrations' addresses agree on a
/// country, that is where the organisation is established.
public struct Registrant: Hashable, Sendable {
    /// The registries' own spelling.
    public var organisation: String
    public var country: String
    /// How many blocks the organisation registered, all from `country`.
    public var registrations: Int
    /// The registry snapshot's date, `YYYY-MM-DD`.
    public var asOf: String

    public init(organisation: String, country: String, registrations: Int, asOf: String) {
        self.organisation = organisation
        self.country = country
        self.registrations = registrations
        self.asOf = asOf
    }
}

/// The IEEE registries, most specific block first (MA-S, then MA-M, then MA-L).
public protocol MACRegistry: Sendable {
    func lookup(_ mac: MACAddress) -> MACRegistryEntry?
    /// The block `lookup` would answer with, without building the entry: every MAC of one block reads the same,
    /// so a batch of attributions can read a block once.
    func block(of mac: MACAddress) -> MACBlock?
    /// The registrant whose name has the same `NameIdentity.distinctiveKey`, when all its registrations name one
    /// country; nil when there is none, or the registrations disagree.
    func registrant(named name: String) -> Registrant?
}

extension MACRegistry {
    public func registrant(named name: String) -> Registrant? { nil }

    public func block(of mac: MACAddress) -> MACBlock? {
        guard let entry = lookup(mac) else { return nil }
        let bits: Int
        switch entry.registry {
        case "MA-S": bits = 36
        case "MA-M": bits = 28
        case "MA-L": bits = 24
        default: bits = entry.assignment.utf8.count * 4
        }
        return MACBlock(bits: bits, prefix: mac.prefix(bits: bits))
    }
}

/// The IANA Private Enterprise Numbers.
public protocol EnterpriseRegistry: Sendable {
    func organisation(forEnterprise number: UInt32) -> String?
    /// Date of the snapshot, for citations.
    var asOf: String { get }
}

/// Everything the engine needs from outside, handed in so Core stays free of files and resources.
public struct AttributionReference: Sendable {
    public var catalogue: VendorCatalogue
    public var policyLists: [PolicyList]
    public var macRegistry: any MACRegistry
    public var enterpriseRegistry: any EnterpriseRegistry

    public init(catalogue: VendorCatalogue, policyLists: [PolicyList], macRegistry: any MACRegistry,
                enterpriseRegistry: any EnterpriseRegistry) {
        self.catalogue = catalogue
        self.policyLists = policyLists
        self.macRegistry = macRegistry
        self.enterpriseRegistry = enterpriseRegistry
    }
}
