import Foundation

/// An imported record turned into the register's terms: owner resolved to a slug, organisations resolved,
/// a class chosen. Still just a proposal: the merger decides what of it lands.
struct DeviceCandidate {
    let record: ImportRecord
    let owner: String
    let operatorOrganisation: String?
    let supplier: String?
    let maintainer: String?
    let importDay: Day

    init(record: ImportRecord, owner: String, importDay: Day, resolver: inout OrganisationResolver) {
        self.record = record
        self.owner = owner
        self.importDay = importDay
        operatorOrganisation = record.operatorOrganisation.map { resolver.slug(for: $0) }
        supplier = record.supplier.map { resolver.slug(for: $0) }
        maintainer = record.maintainer.map { resolver.slug(for: $0) }
    }

    func device(id: String) -> Device {
        Device(id: id, deviceClass: record.deviceClass ?? .overig, brand: record.brand ?? record.manufacturer,
               model: record.model, firmware: record.firmware, serialNumber: record.serialNumber,
               macAddresses: record.macAddresses, ipAddresses: record.ipAddresses, hostname: record.hostname,
               owner: owner, operatorOrganisation: operatorOrganisation, supplier: supplier, maintainer: maintainer,
               purposes: record.purpose.map { [$0] } ?? [], connectivity: record.connectivity,
               internetExposed: record.internetExposed ?? false, vital: record.vital ?? false,
               visibility: record.visibility ?? .intern, procured: record.procured, installed: record.installed,
               removed: removedDay)
    }

    /// A record that says "verwijderd" without a date was removed by the import day at the latest.
    var removedDay: Day? {
        record.removed ?? (record.status == .verwijderd ? importDay : nil)
    }

    func placement(deviceID: String, day: Day) -> Placement? {
        guard record.point != nil || record.address != nil else { return nil }
        return Placement(deviceID: deviceID, point: record.point, address: record.address, district: record.district,
                         mount: record.mount, direction: record.direction, from: record.installed ?? day)
    }

    /// The values a new device takes from this record, for its field provenance.
    var offeredValues: [FieldValue] {
        FieldMerger.fields.compactMap { field in field.offered(self).map { FieldValue(field: field.name, value: $0) } }
    }
}

/// Two records are duplicates when everything they say is the same, wherever they stand in the file.
/// Remembers records by the hash of their content and position, not by copy: a million-row sheet is not held twice.
struct DuplicateRecords {
    private var firstWithHash: [Int: Int] = [:]
    /// Further records whose content hash collided with an earlier, different record (rare).
    private var collisions: [Int: [Int]] = [:]

    init(capacity: Int) {
        firstWithHash.reserveCapacity(capacity)
    }

    /// Whether the record at `position` says exactly what an earlier one said; remembers it otherwise.
    mutating func isRepeat(_ position: Int, in records: [ImportRecord]) -> Bool {
        let content = Self.content(records[position])
        let hash = content.hashValue
        guard let first = firstWithHash[hash] else {
            firstWithHash[hash] = position
            return false
        }
        let earlier = [first] + (collisions[hash] ?? [])
        if earlier.contains(where: { Self.content(records[$0]) == content }) { return true }
        collisions[hash, default: []].append(position)
        return false
    }

    private static func content(_ record: ImportRecord) -> ImportRecord {
        var r = record
        r.origin = RecordOrigin(file: "")
        return r
    }
}

