import Foundation
import HerkomstCore

/// Parses a large registry the first time it is needed, once per process: `identify --brand HiLook` should not
/// pay for indexing 50,000 MAC blocks.
final class Lazy<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, any Error>?
    private let make: @Sendable () throws -> Value

    init(_ make: @escaping @Sendable () throws -> Value) {
        self.make = make
    }

    func get() throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let result { return try result.get() }
        let made = Result { try make() }
        result = made
        return try made.get()
    }
}

/// The MAC registries behind the engine's protocol, loaded on first lookup. A registry that fails to load
/// (a damaged installed file) answers nothing; `herkomst reference show` reports the failure.
struct LazyMACRegistry: MACRegistry {
    let registry: Lazy<MACRegistryIndex>
    let registrants: Lazy<RegistrantIndex>
    func lookup(_ mac: MACAddress) -> MACRegistryEntry? { (try? registry.get())?.lookup(mac) }
    func block(of mac: MACAddress) -> MACBlock? { (try? registry.get())?.block(of: mac) }
    func registrant(named name: String) -> Registrant? { (try? registrants.get())?.registrant(named: name) }
}

struct LazyEnterpriseRegistry: EnterpriseRegistry {
    let registry: Lazy<EnterpriseNumbers>
    let fallbackDate: String
    func organisation(forEnterprise number: UInt32) -> String? { (try? registry.get())?.organisation(forEnterprise: number) }
    var asOf: String { (try? registry.get())?.asOf ?? fallbackDate }
}
