import Foundation

/// Turns the evidence about one device into one attribution: who made it, under which label and parent, in which
/// country, whether a policy list makes it high-risk, how sure that is, and what each piece of evidence added.
///
/// Pure and deterministic: the same evidence and reference data always give the same answer. Build one engine per
/// reference-data version and reuse it; building compiles the catalogue into lookup tables.
public struct AttributionEngine: Sendable {
    public let reference: AttributionReference
    public let index: CatalogueIndex

    public init(reference: AttributionReference) {
        self.reference = reference
        self.index = CatalogueIndex(catalogue: reference.catalogue)
    }

    public func attribute(_ observed: ObservedDevice) -> Attribution {
        attribute(observed.evidence)
    }

    public func attribute(_ evidence: [Evidence]) -> Attribution {
        attribute(unique: Self.unique(evidence))
    }

    /// The same fact reported twice (two sources, one MAC) is still one fact. Sets are small: compare in place
    /// rather than building a key string per item (this runs for every attribution).
    static func unique(_ evidence: [Evidence]) -> [Evidence] {
        // Most sets repeat nothing: then the set itself, without a new array.
        var repeats = false
        for i in evidence.indices where !repeats {
            for j in evidence.indices[..<i] where evidence[j].kind == evidence[i].kind && evidence[j].value == evidence[i].value {
                repeats = true
                break
            }
        }
        if !repeats { return evidence }
        var unique: [Evidence] = []
        unique.reserveCapacity(evidence.count)
        for item in evidence where !unique.contains(where: { $0.kind == item.kind && $0.value == item.value }) {
            unique.append(item)
        }
        return unique
    }

    /// The attribution of evidence without repeated facts; `Attribution.evidence[i]` is what `unique[i]` added.
    func attribute(unique: [Evidence]) -> Attribution {
        var brandKeys: Set<String> = []
        // The label on the box, and the name a device gives itself as its manufacturer (ONVIF, SNMP entity table):
        // model families that only one label's owner uses are read with either.
        for item in unique where [.brandLabel, .onvifManufacturer, .snmpManufacturer].contains(item.kind) {
            brandKeys.insert(NameIdentity.key(item.value))
        }

        var readings = unique.enumerated().map { read($1, index: $0, brandKeys: brandKeys) }
        resolveConditionalBrands(&readings)

        let claims = readings.flatMap(\.claims)
        // Independent kinds of evidence reinforce each other; fifty interface MACs from one block are one finding.
        // Per maker and kind of evidence, the strongest claim (claims are few: a linear scan beats hashing).
        var strongestPerKind: [(maker: String, kind: EvidenceKind, weight: Double)] = []
        for claim in claims {
            let kind = readings[claim.evidenceIndex].contribution.kind
            if let i = strongestPerKind.firstIndex(where: { $0.kind == kind && $0.maker == claim.maker.key }) {
                strongestPerKind[i].weight = max(strongestPerKind[i].weight, claim.weight)
            } else {
                strongestPerKind.append((claim.maker.key, kind, claim.weight))
            }
        }
        var scores: [(maker: MakerCandidate, score: Double, count: Int, best: Double)] = []
        for claim in claims {
            let kind = readings[claim.evidenceIndex].contribution.kind
            let e: Int
            if let existing = scores.firstIndex(where: { $0.maker.key == claim.maker.key }) {
                e = existing
                // One organisation under several registries' spellings: a registry that gives an address
                // (IEEE) tells the country where another (IANA) does not.
                if scores[e].maker.country == nil { scores[e].maker.country = claim.maker.country }
            } else {
                e = scores.count
                scores.append((claim.maker, 0, 0, 0))
            }
            if let i = strongestPerKind.firstIndex(where: { $0.kind == kind && $0.maker == claim.maker.key }) {
                let weight = strongestPerKind.remove(at: i).weight
                scores[e].score = 1 - (1 - scores[e].score) * (1 - weight)
                scores[e].count += 1
            }
            scores[e].best = max(scores[e].best, claim.weight)
        }
        // Component makers never win: their chip is in someone else's device.
        let ranked = scores.filter { !$0.maker.component }.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.count != $1.count { return $0.count > $1.count }
            return $0.maker.key < $1.maker.key
        }
        var attribution = Attribution(evidence: readings.map(\.contribution))
        attribution.brand = readings.lazy.compactMap(\.brandLabel).first
        guard let winner = ranked.first else {
            attribution.model = readings.compactMap(\.model).min { $0.priority < $1.priority }?.value
            attribution.deviceClass = readings.compactMap(\.deviceClass).min { $0.priority < $1.priority }?.value
            return attribution
        }
        let maker = winner.maker
        if attribution.brand == nil {
            attribution.brand = claims.first { $0.maker.key == maker.key && $0.brand != nil }?.brand
        }
        attribution.model = readings.compactMap(\.model)
            .filter { $0.maker == nil || $0.maker == maker.key }
            .min { $0.priority < $1.priority }?.value
        attribution.deviceClass = readings.compactMap(\.deviceClass)
            .filter { $0.maker == nil || $0.maker == maker.key }
            .min { $0.priority < $1.priority }?.value

        let owners = maker.catalogued ? index.owners(of: maker.key) : []
        attribution.manufacturer = VendorRef(id: maker.catalogued ? maker.key : Self.slug(maker.name), name: maker.name,
                                             country: maker.country)
        attribution.parent = owners.last.map { VendorRef(id: $0.id, name: $0.name, country: $0.country) }
        let country = maker.country ?? owners.lazy.compactMap(\.country).first
        attribution.countryOfOrigin = country
        let named = [maker.key] + owners.map(\.id)
        attribution.riskBasis = reference.policyLists
            .filter { $0.names(country: country, makers: named) }
            .map(\.basis)
        attribution.highRisk = (country == nil && attribution.riskBasis.isEmpty) ? nil : !attribution.riskBasis.isEmpty

        let related = Set(named)
        var conflicts: [String] = []
        for other in ranked.dropFirst() where other.best >= EvidenceWeight.strong {
            let otherFamily = Set([other.maker.key] + (other.maker.catalogued ? index.owners(of: other.maker.key).map(\.id) : []))
            if !otherFamily.isDisjoint(with: related) { continue }
            conflicts.append("\(describe(other.maker, claims: claims, readings: readings)) spreekt \(describe(maker, claims: claims, readings: readings)) tegen")
        }
        attribution.conflicts = conflicts
        let total = ranked.reduce(0) { $0 + $1.score }
        let share = total > 0 ? winner.score / total : 0
        attribution.confidence = (winner.score * share * 100).rounded() / 100
        return attribution
    }

    /// A label that is a maker in its own right but is made by another when that other maker shows in the
    /// evidence too (HPE on a Comware switch is H3C): move its claims to the real maker and keep it as the brand.
    func resolveConditionalBrands(_ readings: inout [EvidenceReading]) {
        // Most evidence names no label that is a maker in its own right: then there is nothing to resolve.
        guard readings.contains(where: { $0.claims.contains { index.conditionalRelations[$0.maker.key] != nil } }) else { return }
        var makers: [String] = []
        for reading in readings { for claim in reading.claims where !makers.contains(claim.maker.key) { makers.append(claim.maker.key) } }
        for r in readings.indices {
            for c in readings[r].claims.indices {
                let owner = readings[r].claims[c].maker.key
                guard let relations = index.conditionalRelations[owner] else { continue }
                for i in relations {
                    let relation = reference.catalogue.brands[i]
                    guard makers.contains(relation.maker), let realMaker = index.manufacturer(relation.maker) else { continue }
                    readings[r].claims[c].maker = candidate(realMaker)
                    if readings[r].claims[c].brand == nil { readings[r].claims[c].brand = relation.brand }
                    let source = relation.source ?? "onbevestigd"
                    readings[r].contribution.finding += " — merk \(relation.brand), gemaakt door \(realMaker.name) (merkrelatie: \(source))"
                    break
                }
            }
        }
    }

    func describe(_ maker: MakerCandidate, claims: [Claim], readings: [EvidenceReading]) -> String {
        let kinds = claims.filter { $0.maker.key == maker.key }
            .map { readings[$0.evidenceIndex].contribution.kind.rawValue }
        // Sorted, so the same evidence in another order gives the same words.
        var unique: [String] = []
        for kind in kinds where !unique.contains(kind) { unique.append(kind) }
        return "\(maker.name) (\(unique.sorted().joined(separator: ", ")))"
    }

    static func slug(_ name: String) -> String {
        NameIdentity.key(name).replacingOccurrences(of: " ", with: "-")
    }
}
