/// What an import needs from the register: its current state to match against, and one transaction to apply
/// plans in — all of them or nothing, with an import event per file carrying file name, checksum, counts and actor.
public protocol ImportStore: Sendable {
    /// Every device with its current placement and evidence, for identity matching.
    func registeredDevices() async throws -> [RegisteredDevice]
    func organisations() async throws -> [Organisation]
    func apply(_ plans: [PlannedImport], actor: String) async throws
}

/// One file's plan with the context it was made in.
public struct PlannedImport: Sendable {
    public var plan: ImportPlan
    public var context: ImportContext
    /// The reference data that attributed the plan's new devices, when they were attributed before writing.
    public var referenceVersion: String?

    public init(plan: ImportPlan, context: ImportContext, referenceVersion: String? = nil) {
        self.plan = plan
        self.context = context
        self.referenceVersion = referenceVersion
    }
}

/// The whole register port: what the web application and the CLI hold.
public typealias Register = RegisterStore & ImportStore
