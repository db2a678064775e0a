import Crypto
import Foundation
import HerkomstCore

/// Options of one import run, from the CLI or the API.
public struct ImportOptions: Sendable {
    public var format: ImportFormat = .auto
    public var organisation: String?
    public var dryRun = false
    public var allowAbroad = false
    public var sheet: String?
    /// Column name → register field, from `--mapping FILE`.
    public var mapping: [String: String] = [:]
    /// Files larger than this are refused before they are read.
    public var maximumFileSize = 256 * 1024 * 1024

    public init() {}
}

/// One file handed to an import.
public struct ImportFile: Sendable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// The importer core behind `herkomst import` and `POST /v1/importen`: read every file, plan against the
/// register, and — only when nothing was rejected and it is not a dry run — apply all plans in one transaction.
public struct ImportPipeline: Sendable {
    public let store: any ImportStore
    public let now: @Sendable () -> Date
    public let newDeviceID: @Sendable () -> String
    public let makerKey: @Sendable (String) -> String
    /// Attributes new devices before they are written, so they are stored with their attribution in the same
    /// transaction; without it they are stored unattributed, for a later pass.
    public let attributor: Attributor?

    public init(store: any ImportStore, now: @escaping @Sendable () -> Date,
                newDeviceID: @escaping @Sendable () -> String = TimeOrderedIDs().next,
                makerKey: @escaping @Sendable (String) -> String = IdentityIndex.plainMakerKey,
                attributor: Attributor? = nil) {
        self.store = store
        self.now = now
        self.newDeviceID = newDeviceID
        self.makerKey = makerKey
        self.attributor = attributor
    }

    public func run(_ files: [ImportFile], options: ImportOptions, actor: String) async throws -> ImportSummary {
        let loadStarted = ContinuousClock.now
        var register = try await store.registeredDevices()
        var organisations = try await store.organisations()
        var planned: [PlannedImport] = []
        var summary = ImportSummary(dryRun: options.dryRun)
        summary.timings.load = ContinuousClock.now - loadStarted

        for (position, file) in files.enumerated() {
            let format: ImportFormat
            let read: ReadResult
            let readStarted = ContinuousClock.now
            do {
                try Self.checkSize(file, limit: options.maximumFileSize)
                format = options.format == .auto ? try FormatDetector.detect(file) : options.format
                read = try ImportReaders.read(file, format: format, options: options)
            } catch let problem as InputProblem {
                summary.add(rejected: [problem])
                continue
            }
            let context = ImportContext(
                fileName: file.name, checksum: Self.sha256(file.data),
                authority: format.authority,
                defaultOrganisation: options.organisation, importedAt: now())
            let planStarted = ContinuousClock.now
            summary.timings.read += planStarted - readStarted
            let planner = ImportPlanner(organisations: organisations, makerKey: makerKey, newDeviceID: newDeviceID)
            var plan = planner.plan(read.records, register: register, context: context)
            plan.rejected.insert(contentsOf: read.problems, at: 0)
            summary.add(plan, file: file.name, format: format)
            if position < files.count - 1 { register = plan.applied(to: register) }
            organisations += plan.newOrganisations
            planned.append(PlannedImport(plan: plan, context: context))
            summary.timings.plan += ContinuousClock.now - planStarted
        }
        if !options.dryRun && summary.rejectedCount == 0 {
            if let attributor {
                let started = ContinuousClock.now
                for i in planned.indices { await Self.attribute(&planned[i], with: attributor) }
                summary.timings.attribute = ContinuousClock.now - started
            }
            let writeStarted = ContinuousClock.now
            try await store.apply(planned, actor: actor)
            summary.timings.write = ContinuousClock.now - writeStarted
            summary.written = true
        }
        return summary
    }

    static func attribute(_ planned: inout PlannedImport, with attributor: Attributor) async {
        let created = planned.plan.created
        let attributions = await attributor.attribute(created.map { ($0.device, $0.evidence) })
        for i in created.indices { planned.plan.created[i].attribution = attributions[i] }
        planned.referenceVersion = attributor.referenceVersion
    }

    static func checkSize(_ file: ImportFile, limit: Int) throws {
        if file.data.count > limit {
            throw InputProblem(file: file.name, message:
                "bestand is \(file.data.count) bytes, meer dan de ingestelde grens van \(limit) bytes; niets ingelezen")
        }
        if file.data.isEmpty {
            throw InputProblem(file: file.name, message: "bestand is leeg")
        }
    }

    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
