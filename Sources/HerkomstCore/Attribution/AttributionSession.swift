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
    private var memo: [[ShapeItem]: Attribution] = [:]
    /// Sets answered from the memo and sets the engine worked out: for benchmarks and the curious.
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init(engine: AttributionEngine, capacity: Int = 4096) {
        self.engine = engine
        self.capacity = max(1, capacity)
    }

    /// Exactly `engine.attribute(evidence)`.
    public mutating func attribute(_ evidence: [Evidence]) -> Attribution {
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
        if var known = memo[shape] {
            hits += 1
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
        memo[shape] = attribution
        return attribution
    }

    /// How the engine will read a MAC, as far as it matters for the attribution; nil for text that is no MAC
    /// (that reads as itself).
    private func macShape(_ value: String) -> MACShape? {
        guard let mac = MACAddress(value) else { return nil }
        // Same order of checks as `readMAC`: a multicast address is reported as such even when locally administered.
        if mac.isMulticast { return .multicast }
        if mac.isLocallyAdministered { return .locallyAdministered }
        guard let block = engine.reference.macRegistry.block(of: mac) else { return .unregistered }
        return .registered(block)
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
