import Foundation

/// A new device with everything known about it at registration.
public struct DeviceRegistration: Sendable {
    public var device: Device
    public var placements: [Placement]
    public var evidence: [Evidence]
    public var attribution: Attribution?
    /// The imported record the device came from; its registration event then names that record, and the
    /// values themselves are kept once, as the record's field sources.
    public var origin: RecordOrigin?

    public init(device: Device, placements: [Placement] = [], evidence: [Evidence] = [], attribution: Attribution? = nil,
                origin: RecordOrigin? = nil) {
        self.device = device
        self.placements = placements
        self.evidence = evidence
        self.attribution = attribution
        self.origin = origin
    }
}

/// The register's storage port. Every write appends its event(s) in the same transaction;
/// a failed write leaves the register as it was.
public protocol RegisterStore: Sendable {
    /// Runs the numbered migrations that have not run yet.
    func migrate() async throws

    func organisations() async throws -> [Organisation]
    /// Creates or updates an organisation by slug.
    func save(_ organisation: Organisation, actor: String) async throws

    /// Registers devices in one transaction: all of them or none.
    func register(_ registrations: [DeviceRegistration], actor: String) async throws
    /// Updates a device; the event lists each changed field with its value before and after.
    func update(_ device: Device, actor: String) async throws
    /// Ends the current placement on `placement.from` and starts the new one.
    func move(_ placement: Placement, actor: String) async throws
    /// Stores a (re-)attribution of a device.
    func attribute(deviceID: String, _ attribution: Attribution, referenceVersion: String, actor: String) async throws

    func device(id: String, asOf: Day) async throws -> DeviceSnapshot?
    func devices(_ query: DeviceQuery) async throws -> DevicePage
    func summary(asOf: Day) async throws -> RegisterSummary
    func evidence(deviceID: String) async throws -> [Evidence]
    func events(subjectID: String) async throws -> [Event]
    func deviceCount() async throws -> Int

    func shutdown() async throws
}
