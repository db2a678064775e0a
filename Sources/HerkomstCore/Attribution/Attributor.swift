/// Attribution as the importer and the register's reads use it: an engine together with the version of the
/// reference data it runs on, so that what is stored can say which data decided it.
public struct Attributor: Sendable {
    public let referenceVersion: String
    public let attribute: @Sendable ([Evidence]) -> Attribution
    /// Many devices at once, when the attributor was made from an engine: sessions that work each evidence shape
    /// out once (an import's rows share brand, model and MAC blocks), on all cores.
    private let attributeMany: (@Sendable ([(device: Device, evidence: [Evidence])]) -> [Attribution])?

    public init(referenceVersion: String, attribute: @escaping @Sendable ([Evidence]) -> Attribution) {
        self.referenceVersion = referenceVersion
        self.attribute = attribute
        self.attributeMany = nil
    }

    public init(engine: AttributionEngine, referenceVersion: String) {
        self.referenceVersion = referenceVersion
        self.attribute = { engine.attribute($0) }
        self.attributeMany = { devices in
            engine.attributeAll(devices) { DeviceEvidence.collect($0.device, stored: $0.evidence) }
        }
    }

    /// Attributes each device from its own fields and stored evidence, on all cores; results in input order.
    public func attribute(_ devices: [(device: Device, evidence: [Evidence])]) async -> [Attribution] {
        if let attributeMany { return attributeMany(devices) }
        return await attributeInTasks(devices)
    }

    /// The same, blocking the caller until done (for programs without async code, like the benchmarks).
    public func attributeAll(_ devices: [(device: Device, evidence: [Evidence])]) -> [Attribution] {
        if let attributeMany { return attributeMany(devices) }
        let attribute = self.attribute
        return devices.map { attribute(DeviceEvidence.collect($0.device, stored: $0.evidence)) }
    }

    private func attributeInTasks(_ devices: [(device: Device, evidence: [Evidence])]) async -> [Attribution] {
        let chunkSize = 8_192
        let attribute = self.attribute
        guard devices.count > chunkSize else { return devices.map { attribute(DeviceEvidence.collect($0.device, stored: $0.evidence)) } }
        return await withTaskGroup(of: (Int, [Attribution]).self) { group in
            for start in stride(from: 0, to: devices.count, by: chunkSize) {
                let chunk = Array(devices[start..<min(start + chunkSize, devices.count)])
                group.addTask { (start, chunk.map { attribute(DeviceEvidence.collect($0.device, stored: $0.evidence)) }) }
            }
            var results = [Attribution?](repeating: nil, count: devices.count)
            for await (start, chunk) in group {
                for (offset, attribution) in chunk.enumerated() { results[start + offset] = attribution }
            }
            return results.map { $0! }
        }
    }
}
