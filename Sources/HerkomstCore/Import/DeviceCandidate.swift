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

    /// Where each field's value came from, for a new device.
    func sources(deviceID: String, origin: RecordOrigin, at: Date) -> [FieldSource] {
        FieldMerger.fields.compactMap { field in
            field.offered(self).map {
                FieldSource(deviceID: deviceID, field: field.name, value: $0, origin: origin, recordedAt: at, accepted: true)
            }
        }
    }
}

/// Two records are duplicates when everything they say is the same, wherever they stand in the file.
struct ImportRecordFingerprint: Hashable {
    private let record: ImportRecord

    init(_ record: ImportRecord) {
        var r = record
        r.origin = RecordOrigin(file: "")
        self.record = r
    }
}
