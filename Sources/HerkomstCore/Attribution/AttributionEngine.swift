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
        // The same fact reported twice (two sources, one MAC) is still one fact.
        var seen: Set<String> = []
        let unique = evidence.filter { seen.insert($0.kind.rawValue + "\u{1}" + $0.value).inserted }
        let brandKeys = Set(unique.lazy.filter { $0.kind == .brandLabel }.map { NameIdentity.key($0.value) })

        var readings = unique.enumerated().map { read($1, index: $0, brandKeys: brandKeys) }
        resolveConditionalBrands(&readings)

        let claims = readings.flatMap(\.claims)
        // Independent kinds of evidence reinforce each other; fifty interface MACs from one block are one finding.
        var strongestPerKind: [String: Double] = [:]
        for claim in claims {
            let key = claim.maker.key + "\u{1}" + readings[claim.evidenceIndex].contribution.kind.rawValue
            strongestPerKind[key] = max(strongestPerKind[key] ?? 0, claim.weight)
        }
        var scores: [String: (maker: MakerCandidate, score: Double, count: Int, best: Double)] = [:]
        for claim in claims {
            let key = claim.maker.key + "\u{1}" + readings[claim.evidenceIndex].contribution.kind.rawValue
            var entry = scores[claim.maker.key] ?? (claim.maker, 0, 0, 0)
            if let weight = strongestPerKind.removeValue(forKey: key) {
                entry.score = 1 - (1 - entry.score) * (1 - weight)
                entry.count += 1
            }
            entry.best = max(entry.best, claim.weight)
            scores[claim.maker.key] = entry
        }
        // Component makers never win: their chip is in someone else's device.
        let ranked = scores.values.filter { !$0.maker.component }.sorted {
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
        let makers = Set(readings.flatMap { $0.claims.map(\.maker.key) })
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
        return "\(maker.name) (\(Set(kinds).sorted().joined(separator: ", ")))"
    }

    static func slug(_ name: String) -> String {
        NameIdentity.key(name).replacingOccurrences(of: " ", with: "-")
    }
}
