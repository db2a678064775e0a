import HerkomstCore
import HerkomstReference
import HerkomstStore

/// Keeps every device's attribution current: devices never attributed, or attributed with other reference data
/// than this process has, are attributed again and stored with the reference version used.
struct RegisterAttribution {
    let store: SQLRegisterStore
    let attributor: Attributor

    /// Returns how many devices were (re-)attributed.
    @discardableResult
    func refresh(actor: String) async throws -> Int {
        let version = attributor.referenceVersion
        let todo = try await store.devicesToAttribute(referenceVersion: version)
        guard !todo.isEmpty else { return 0 }
        let results = todo.map { (deviceID: $0.deviceID, attribution: attributor.attribute($0.evidence)) }
        try await store.attribute(results, referenceVersion: version, actor: actor)
        return results.count
    }
}
