import Foundation

/// Decides, for every imported record, whether it creates a device, updates one, merges into one, changes
/// nothing or is rejected — without writing anything. Pure: the register's current state is handed in.
public struct ImportPlanner {
    public var organisations: [Organisation]
    public var makerKey: @Sendable (String) -> String
    /// Generates ids for new devices; injected so tests and demos are deterministic.
    public var newDeviceID: () -> String

    public init(organisations: [Organisation],
                makerKey: @escaping @Sendable (String) -> String = IdentityIndex.plainMakerKey,
                newDeviceID: @escaping () -> String) {
        self.organisations = organisations
        self.makerKey = makerKey
        self.newDeviceID = newDeviceID
    }

    public func plan(_ records: [ImportRecord], register: [RegisteredDevice], context: ImportContext) -> ImportPlan {
        var plan = ImportPlan()
        var index = IdentityIndex(makerKey: makerKey)
        index.reserveCapacity(register.count + records.count)
        // Position in `register` by id: a table of a million whole devices would be copied each time it grows.
        var positions: [String: Int] = [:]
        positions.reserveCapacity(register.count)
        for (position, r) in register.enumerated() {
            positions[r.device.id] = position
            index.insert(index.keys(of: r.device, placement: r.currentPlacement, evidence: r.evidence), deviceID: r.device.id)
        }
        func current(_ id: String) -> RegisteredDevice? { positions[id].map { register[$0] } }
        var resolver = OrganisationResolver(known: organisations)
        // Devices touched by this import, by id, with the change so far: a later record for the same unit merges in.
        var touched: [String: DeviceChange] = [:]
        var createdIndex: [String: Int] = [:]
        createdIndex.reserveCapacity(records.count)
        var duplicates = DuplicateRecords(capacity: records.count)
        let importDay = Day(context.importedAt)
        plan.outcomes.reserveCapacity(records.count)

        for (position, record) in records.enumerated() {
            if duplicates.isRepeat(position, in: records) {
                let problem = InputProblem(file: record.origin.file, line: record.origin.line, field: record.origin.element,
                                           message: "dubbele regel: dezelfde gegevens staan eerder in het bestand")
                plan.rejected.append(problem)
                plan.outcomes.append(.init(origin: record.origin, kind: .rejected, deviceID: nil, detail: [problem.message]))
                continue
            }
            let ownerName = record.owner ?? context.defaultOrganisation
            guard let ownerName, !ownerName.isBlank else {
                let problem = InputProblem(file: record.origin.file, line: record.origin.line, field: "eigenaar",
                                           message: "eigenaar ontbreekt: geef een kolom eigenaar of --organisation")
                plan.rejected.append(problem)
                plan.outcomes.append(.init(origin: record.origin, kind: .rejected, deviceID: nil, detail: [problem.message]))
                continue
            }
            let owner = resolver.slug(for: ownerName)
            let candidate = DeviceCandidate(record: record, owner: owner, importDay: importDay, resolver: &resolver)
            let keys = index.keys(id: record.externalIDs["herkomst"], maker: record.manufacturer ?? record.brand,
                                  serial: record.serialNumber, macs: record.macAddresses, endpoint: record.endpointID,
                                  owner: owner, ips: record.ipAddresses, hostname: record.hostname,
                                  externals: Self.externalIDs(of: record), deviceClass: record.deviceClass ?? .overig,
                                  model: record.model, point: record.point, address: record.address,
                                  installed: record.installed)

            if let id = index.match(keys), let existing = touched[id]?.after ?? current(id)?.device
                                                          ?? createdIndex[id].map({ plan.created[$0].device }) {
                let merge = FieldMerger(authority: context.authority, origin: record.origin, at: context.importedAt)
                let result = merge.apply(candidate, to: existing)
                let knownEvidence = Set((current(id)?.evidence ?? []).map(EvidenceKey.init)
                                        + (touched[id]?.newEvidence ?? []).map(EvidenceKey.init)
                                        + (createdIndex[id].map { plan.created[$0].evidence } ?? []).map(EvidenceKey.init))
                let newEvidence = Self.evidence(of: record, context: context)
                    .filter { !knownEvidence.contains(EvidenceKey($0)) } + result.conflictEvidence
                let sources = RecordSources(deviceID: id, origin: record.origin, recordedAt: context.importedAt,
                                            accepted: result.accepted, conflicting: result.conflicting)
                index.insert(keys, deviceID: id)

                if let i = createdIndex[id] {
                    // Same physical unit twice in one import: fold into the device being created.
                    plan.fieldSources.append(sources)
                    plan.created[i].device = result.device
                    plan.created[i].evidence += newEvidence
                    if plan.created[i].placements.isEmpty, let p = candidate.placement(deviceID: id, day: importDay) {
                        plan.created[i].placements = [p]
                    }
                    plan.mergedWithinImport += 1
                    plan.outcomes.append(.init(origin: record.origin, kind: .merged, deviceID: id, detail: []))
                    continue
                }
                let placement = current(id)?.currentPlacement
                let moved = candidate.placement(deviceID: id, day: importDay).flatMap { p -> Placement? in
                    guard context.authority == .register, !(placement?.sameSpot(as: p) ?? false) else { return nil }
                    return p
                }
                let kind: RecordOutcome.Kind = result.changedFields.isEmpty && moved == nil
                    ? (newEvidence.isEmpty ? .unchanged : .merged) : .updated
                // A record that only repeats what the register holds leaves no trace but the import event:
                // importing the same file again writes nothing about its devices.
                if kind != .unchanged || touched[id] != nil {
                    var change = touched[id] ?? DeviceChange(before: current(id)!.device, after: existing,
                                                             newPlacement: nil, newEvidence: [])
                    change.after = result.device
                    change.newPlacement = moved ?? change.newPlacement
                    change.newEvidence += newEvidence
                    touched[id] = change
                }
                if kind != .unchanged { plan.fieldSources.append(sources) }
                plan.outcomes.append(.init(origin: record.origin, kind: kind, deviceID: id,
                                           detail: result.changedFields + (moved != nil ? ["locatie"] : [])))
            } else {
                let id = keys.id.flatMap { $0.isEmpty ? nil : $0 } ?? newDeviceID()
                var device = candidate.device(id: id)
                if device.id.isEmpty { device.id = newDeviceID() }
                let issues = Validation.check(device)
                if !issues.isEmpty {
                    let problems = issues.map {
                        InputProblem(file: record.origin.file, line: record.origin.line, field: $0.field, message: $0.message)
                    }
                    plan.rejected += problems
                    plan.outcomes.append(.init(origin: record.origin, kind: .rejected, deviceID: nil,
                                               detail: problems.map(\.description)))
                    continue
                }
                let registration = DeviceRegistration(
                    device: device,
                    placements: candidate.placement(deviceID: device.id, day: importDay).map { [$0] } ?? [],
                    evidence: Self.evidence(of: record, context: context), origin: record.origin)
                createdIndex[device.id] = plan.created.count
                plan.created.append(registration)
                plan.fieldSources.append(RecordSources(deviceID: device.id, origin: record.origin,
                                                       recordedAt: context.importedAt, accepted: candidate.offeredValues))
                index.insert(keys, deviceID: device.id)
                plan.outcomes.append(.init(origin: record.origin, kind: .created, deviceID: device.id, detail: []))
            }
        }
        for id in touched.keys.sorted() {
            let change = touched[id]!
            if change.fieldsChanged { plan.updated.append(change) }
            else if !change.newEvidence.isEmpty { plan.merged.append(change) }
        }
        plan.unchanged = plan.outcomes.filter { $0.kind == .unchanged }.count
        plan.newOrganisations = resolver.created
        return plan
    }

    /// The record's observed evidence (banners, OIDs, a maker named beside the brand), each stamped with the file
    /// and line. Brand, model and MAC addresses are not repeated here: they are the device's own fields, which
    /// attribution reads directly, and their origin is kept as field sources.
    static func evidence(of record: ImportRecord, context: ImportContext) -> [Evidence] {
        var items = record.evidence
        if let maker = record.manufacturer, maker != record.brand { items.append(Evidence(kind: .brandLabel, value: maker)) }
        if let endpoint = record.endpointID { items.append(Evidence(kind: .onvifEndpoint, value: endpoint)) }
        for id in externalIDs(of: record) { items.append(Evidence(kind: .externalID, value: id)) }
        var seen: Set<EvidenceKey> = []
        return items.filter { seen.insert(EvidenceKey($0)).inserted }.map {
            var e = $0
            e.source = e.source ?? record.origin.description
            e.observedAt = e.observedAt ?? context.importedAt
            return e
        }
    }

    /// `osm:node/123`, `netbox:17`: identifiers in other systems; the register's own id is matched separately.
    static func externalIDs(of record: ImportRecord) -> [String] {
        record.externalIDs.filter { $0.key != "herkomst" && !$0.value.isEmpty }.map { "\($0.key):\($0.value)" }.sorted()
    }
}

/// Evidence is the same fact when kind and value agree, whoever saw it.
struct EvidenceKey: Hashable {
    var kind: EvidenceKind
    var value: String
    init(_ e: Evidence) {
        kind = e.kind
        value = e.value
    }
}


extension Placement {
    /// Within about a metre, and no detail the offer names (address, district, mount, direction) differs:
    /// not a change of placement.
    func sameSpot(as offer: Placement) -> Bool {
        let samePoint: Bool
        switch (point, offer.point) {
        case let (a?, b?): samePoint = abs(a.latitude - b.latitude) < 0.00001 && abs(a.longitude - b.longitude) < 0.00001
        case (_, nil): samePoint = true
        case (nil, _?): samePoint = false
        }
        func same<T: Equatable>(_ mine: T?, _ offered: T?) -> Bool { offered == nil || mine == offered }
        return samePoint && same(address, offer.address) && same(district, offer.district) && same(mount, offer.mount)
            && same(direction, offer.direction)
    }
}
