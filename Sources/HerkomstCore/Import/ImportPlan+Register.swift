extension ImportPlan {
    /// The register as it would be after this plan, so the next file of the same import is matched against it.
    public func applied(to register: [RegisteredDevice]) -> [RegisteredDevice] {
        var byID: [String: Int] = [:]
        var result = register
        for (i, r) in result.enumerated() { byID[r.device.id] = i }
        for change in updated + merged {
            guard let i = byID[change.before.id] else { continue }
            result[i].device = change.after
            result[i].evidence += change.newEvidence
            if let p = change.newPlacement { result[i].currentPlacement = p }
        }
        for c in created {
            result.append(RegisteredDevice(device: c.device, currentPlacement: c.placements.last, evidence: c.evidence))
        }
        return result
    }
}
