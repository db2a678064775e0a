/// Attributes many devices one after another, working each kind of evidence set out once.
///
/// An import brings thousands of devices that differ only in their MAC address: same brand, same model, MACs in
/// the same few registry blocks. What the engine makes of such a set depends on the brand and model text and on
/// each MAC's *block* (and its multicast and locally-administered bits), never on the MAC's own digits, which
/// only appear as the evidence's `waarde`. So the session remembers each attribution under the set's *shape*:
/// the evidence with every MAC replaced by how it reads. A later set of the same shape gets the remembered
/// attribution with its own MAC values put back: the very same `Attribution` the engine would make.
///
/// A value the caller owns (one per import, one per task): no locks, no sharing. The memo holds at most
/// `capacity` shapes and starts afresh when full, so a long run of all-different sets costs memory once.
public struct AttributionSession: Sendable {
    public let engine: AttributionEngine
    public let capacity: Int
    private var memo: [[ShapeItem]: Remembered] = [:]
    /// How MACs read, by their top 36 bits: no IEEE block is longer, and the multicast and local bits are among
    /// them, so every MAC with the same 36 bits reads the same. Sequential MACs share them 4096 at a time.
    private var macShapes: [UInt64: MACShape] = [:]
    /// Sets answered from the memo, sets the engine worked out after a look in the memo, and sets handed to the
    /// engine straight away: for benchmarks and the curious.
    public private(set) var hits = 0
    public private(set) var misses = 0
    public private(set) var direct = 0
    /// The memo earns its keep only when shapes repeat. When few of the last `window` sets did, the next seven
    /// windows go straight to the engine (same answers, without the cost of remembering), then it looks again.
    private var windowSets = 0
    private var windowHits = 0
    private var directLeft = 0
    private static let window = 512

    public init(engine: AttributionEngine, capacity: Int = 4096) {
        self.engine = engine
        self.capacity = max(1, capacity)
    }

    /// Exactly `engine.attribute(evidence)`.
    public mutating func attribute(_ evidence: [Evidence]) -> Attribution {
        if directLeft > 0 {
            directLeft -= 1
            direct += 1
            return engine.attribute(evidence)
        }
        windowSets += 1
        if windowSets == Self.window {
            if windowHits < Self.window / 8 { directLeft = 7 * Self.window }
            windowSets = 0
            windowHits = 0
        }
        let unique = AttributionEngine.unique(evidence)
        var shape: [ShapeItem] = []
        shape.reserveCapacity(unique.count)
        var hasMAC = false
        for item in unique {
            if item.kind == .macAddress, let reading = macShape(item.value) {
                shape.append(.mac(reading))
                hasMAC = true
            } else {
                shape.append(.text(item.kind, item.value))
            }
        }
        if let remembered = memo[shape] {
            hits += 1
            windowHits += 1
            var known = remembered.attribution
            if !remembered.ownTexts {
                // Seen a second time, so worth its own copy of every text: the catalogue's names are shared by
                // all sessions, and copying an attribution retains each text it holds, so sessions on other
                // cores would contend for those counts. (A shape seen once never pays for the copy.)
                known = known.withOwnTexts()
                memo[shape] = Remembered(attribution: known, ownTexts: true)
            }
            // Readings line up with the unique evidence; only a MAC's own value differs within a shape.
            if hasMAC {
                for i in unique.indices where unique[i].kind == .macAddress && known.evidence[i].value != unique[i].value {
                    known.evidence[i].value = unique[i].value
                }
            }
            return known
        }
        misses += 1
        let attribution = engine.attribute(unique: unique)
        if memo.count >= capacity { memo.removeAll(keepingCapacity: true) }
        memo[shape] = Remembered(attribution: attribution, ownTexts: false)
        return attribution
    }

    struct Remembered: Sendable {
        var attribution: Attribution
        var ownTexts: Bool
    }

    /// How the engine will read a MAC, as far as it matters for the attribution; nil for text that is no MAC
    /// (that reads as itself).
    private mutating func macShape(_ value: String) -> MACShape? {
        guard let mac = MACAddress(value) else { return nil }
        let top = mac.prefix(bits: 36)
        if let known = macShapes[top] { return known }
        let shape: MACShape
        // Same order of checks as `readMAC`: a multicast address is reported as such even when locally administered.
        if mac.isMulticast {
            shape = .multicast
        } else if mac.isLocallyAdministered {
            shape = .locallyAdministered
        } else if let block = engine.reference.macRegistry.block(of: mac) {
            shape = .registered(block)
        } else {
            shape = .unregistered
        }
        if macShapes.count >= capacity { macShapes.removeAll(keepingCapacity: true) }
        macShapes[top] = shape
        return shape
    }

    /// One piece of evidence as far as the engine's reading of it goes.
    enum ShapeItem: Hashable, Sendable {
        case text(EvidenceKind, String)
        case mac(MACShape)
    }

    enum MACShape: Hashable, Sendable {
        case multicast
        case locallyAdministered
        case unregistered
        case registered(MACBlock)
    }
}

extension AttributionEngine {
    /// A session for attributing many sets in a row (an import): same answers, each shape worked out once.
    public func session(capacity: Int = 4096) -> AttributionSession {
        AttributionSession(engine: self, capacity: capacity)
    }
}

extension Attribution {
    /// The same attribution with a fresh copy of each text, sharing no storage with the catalogue or other copies.
    func withOwnTexts() -> Attribution {
        func own(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
        func own(_ text: String?) -> String? { text.map(own) }
        func own(_ ref: VendorRef?) -> VendorRef? { ref.map { VendorRef(id: own($0.id), name: own($0.name), country: own($0.country)) } }
        var copy = self
        copy.manufacturer = own(manufacturer)
        copy.parent = own(parent)
        copy.brand = own(brand)
        copy.countryOfOrigin = own(countryOfOrigin)
        copy.model = own(model)
        copy.riskBasis = riskBasis.map {
            PolicyBasis(listID: own($0.listID), title: own($0.title), source: own($0.source), asOf: own($0.asOf))
        }
        copy.evidence = evidence.map {
            EvidenceContribution(kind: $0.kind, value: own($0.value), finding: own($0.finding), reference: own($0.reference),
                                 weight: $0.weight)
        }
        copy.conflicts = conflicts.map(own)
        return copy
    }
}
