/// The curated knowledge about makers that the attribution engine reasons with: who the manufacturers are and under
/// which names registries spell them, which brands are made by whom, and which model numbers, banners, sysDescr texts
/// and sysObjectID prefixes point to which maker. Loaded from the `vendor-catalogue.json` resource by
/// `HerkomstReference`; kept here as plain values so the engine stays free of resources.
public struct VendorCatalogue: Codable, Hashable, Sendable {
    public var version: String
    public var manufacturers: [Manufacturer]
    public var brands: [BrandRelation]
    public var modelGrammars: [ModelGrammar]
    public var signatures: [Signature]
    public var enterpriseAssignments: [EnterpriseAssignment]
    public var classKeywords: [ClassKeyword]

    public init(version: String, manufacturers: [Manufacturer], brands: [BrandRelation] = [],
                modelGrammars: [ModelGrammar] = [], signatures: [Signature] = [],
                enterpriseAssignments: [EnterpriseAssignment] = [], classKeywords: [ClassKeyword] = []) {
        self.version = version
        self.manufacturers = manufacturers
        self.brands = brands
        self.modelGrammars = modelGrammars
        self.signatures = signatures
        self.enterpriseAssignments = enterpriseAssignments
        self.classKeywords = classKeywords
    }
}

/// A company that makes devices (or parts of them), or owns companies that do.
public struct Manufacturer: Codable, Hashable, Sendable {
    public enum Role: String, Codable, Sendable {
        /// Makes whole devices: its name on the evidence is strong evidence of the device's maker.
        case maker
        /// Makes modules or chips built into other makers' devices (Espressif, Quectel): weak evidence.
        case component
        /// Owns makers but does not itself appear on devices (CETC, Unisplendour).
        case holding
        /// Makes virtual machines, whose network cards carry its registered addresses (VirtualBox, VMware):
        /// such an address says the device is virtual, nothing about any hardware.
        case virtualisation
    }

    public var id: String
    /// The legal name, as shown to users.
    public var name: String
    /// Every spelling registries and devices use for it (IEEE, IANA, ONVIF, nmap, CPE vendor, label text).
    /// Matched by identity after normalisation, never as substrings.
    public var aliases: [String]
    public var parent: String?
    /// ISO 3166-1 alpha-2 of the headquarters that controls it.
    public var country: String?
    public var wikidata: String?
    public var role: Role
    public var note: String?

    public init(id: String, name: String, aliases: [String] = [], parent: String? = nil, country: String?,
                wikidata: String? = nil, role: Role = .maker, note: String? = nil) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.parent = parent
        self.country = country
        self.wikidata = wikidata
        self.role = role
        self.note = note
    }
}

/// A brand sold under a label that is not (or not always) the maker's: HiLook → Hikvision, HPE Comware → H3C.
public struct BrandRelation: Codable, Hashable, Sendable {
    /// The label as written on the box; also matched by identity.
    public var brand: String
    public var aliases: [String]
    /// The manufacturer id that makes devices sold under this brand.
    public var maker: String
    /// When set, the relation holds only if other evidence names this maker too (HPE is H3C only for Comware
    /// devices; an HPE Aruba switch is HPE's own).
    public var onlyWithEvidenceOfMaker: Bool
    /// Where the relation is documented; nil means unverified.
    public var source: String?
    /// Last year the relation held (Lorex belonged to Dahua until 2023).
    public var untilYear: Int?
    public var note: String?

    public init(brand: String, aliases: [String] = [], maker: String, onlyWithEvidenceOfMaker: Bool = false,
                source: String?, untilYear: Int? = nil, note: String? = nil) {
        self.brand = brand
        self.aliases = aliases
        self.maker = maker
        self.onlyWithEvidenceOfMaker = onlyWithEvidenceOfMaker
        self.source = source
        self.untilYear = untilYear
        self.note = note
    }

    public var isVerified: Bool { source != nil }
}

/// How one maker numbers its models: `DS-2CD…` is a Hikvision camera. Matched on upper-cased words by literal
/// prefix, optionally followed by a digit, because that is fast and enough to tell the families apart.
public struct ModelGrammar: Codable, Hashable, Sendable {
    public var maker: String
    public var prefixes: [String]
    /// The character right after the prefix must be a digit (`AR1220`, not `ARRAY`).
    public var digitAfterPrefix: Bool
    public var deviceClass: DeviceClass?
    /// Only applies when the brand label is one of these (bare `5130` means H3C only on an HP/HPE box).
    public var onlyWithBrands: [String]?
    public var weight: Double
    public var family: String

    public init(maker: String, prefixes: [String], digitAfterPrefix: Bool = false, deviceClass: DeviceClass?,
                onlyWithBrands: [String]? = nil, weight: Double, family: String) {
        self.maker = maker
        self.prefixes = prefixes
        self.digitAfterPrefix = digitAfterPrefix
        self.deviceClass = deviceClass
        self.onlyWithBrands = onlyWithBrands
        self.weight = weight
        self.family = family
    }
}

/// A phrase that, found as whole words in a banner, sysDescr, TLS subject or label, names a maker.
public struct Signature: Codable, Hashable, Sendable {
    public enum Field: String, Codable, Sendable, CaseIterable {
        case sysDescr, httpServer, rtspServer, wwwAuthenticate, tlsSubject, sshBanner, serviceBanner, label
    }

    public var maker: String
    public var phrase: String
    public var fields: [Field]
    /// The label a device carrying this phrase is sold under, when that differs from the maker (`HP Comware`).
    public var brand: String?
    public var deviceClass: DeviceClass?
    public var weight: Double
    public var source: String?

    public init(maker: String, phrase: String, fields: [Field], brand: String? = nil, deviceClass: DeviceClass? = nil,
                weight: Double, source: String? = nil) {
        self.maker = maker
        self.phrase = phrase
        self.fields = fields
        self.brand = brand
        self.deviceClass = deviceClass
        self.weight = weight
        self.source = source
    }
}

/// An enterprise OID subtree whose real user is not (or not only) the number's IANA registrant: Dahua firmware
/// reports 1004849, which IANA never assigned to it; the generic net-snmp agent OID says nothing of the maker.
public struct EnterpriseAssignment: Codable, Hashable, Sendable {
    /// Dotted OID prefix, `1.3.6.1.4.1.1004849`.
    public var oidPrefix: String
    /// The maker, or nil when the subtree is generic and says nothing (net-snmp's 8072.3.2.x).
    public var maker: String?
    public var brand: String?
    public var weight: Double
    public var source: String?
    public var note: String

    public init(oidPrefix: String, maker: String?, brand: String? = nil, weight: Double, source: String?, note: String) {
        self.oidPrefix = oidPrefix
        self.maker = maker
        self.brand = brand
        self.weight = weight
        self.source = source
        self.note = note
    }
}

/// A word in free text that tells what kind of device it is (`Switch`, `Network Camera`).
public struct ClassKeyword: Codable, Hashable, Sendable {
    public var phrase: String
    public var deviceClass: DeviceClass

    public init(phrase: String, deviceClass: DeviceClass) {
        self.phrase = phrase
        self.deviceClass = deviceClass
    }
}
