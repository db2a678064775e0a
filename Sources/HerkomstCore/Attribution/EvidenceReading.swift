/// Who a piece of evidence points at: a catalogued maker, or an organisation that only a registry knows.
struct MakerCandidate: Hashable, Sendable {
    /// Catalogue id, or `registry:<identity key>` for an organisation outside the catalogue.
    var key: String
    var name: String
    var country: String?
    var catalogued: Bool
    var component: Bool
}

/// One maker named by one piece of evidence, with how much it counts.
struct Claim: Sendable {
    var maker: MakerCandidate
    var weight: Double
    /// The label it implies when that differs from the maker (`HP` on a Comware sysDescr).
    var brand: String?
    var evidenceIndex: Int
}

/// Everything the engine read from one piece of evidence.
struct EvidenceReading: Sendable {
    var contribution: EvidenceContribution
    var claims: [Claim] = []
    /// A model number, with a priority (lower wins): an explicit model field beats one found in free text.
    var model: (value: String, priority: Int, maker: String?)?
    /// A device class, with a priority (lower wins) and the maker whose grammar or signature said it, if any.
    var deviceClass: (value: DeviceClass, priority: Int, maker: String?)?
    /// A label read from the evidence itself (a brand field).
    var brandLabel: String?

    init(_ evidence: Evidence) {
        contribution = EvidenceContribution(kind: evidence.kind, value: evidence.value, finding: "", reference: nil, weight: 0)
    }

    mutating func says(_ finding: String, reference: String? = nil) {
        contribution.finding = finding
        contribution.reference = reference
    }

    mutating func offerModel(_ value: String, priority: Int, maker: String?) {
        if model == nil || priority < model!.priority { model = (value, priority, maker) }
    }

    mutating func offerClass(_ value: DeviceClass, priority: Int, maker: String?) {
        if deviceClass == nil || priority < deviceClass!.priority { deviceClass = (value, priority, maker) }
    }
}
