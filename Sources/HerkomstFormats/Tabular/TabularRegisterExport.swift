import HerkomstCore

/// The register as a sheet, with exactly the headers the readers recognise, so that a sheet exported, edited in a
/// spreadsheet and imported again changes only what was edited. Rows are `ImportRecord`s, the readers' own output,
/// which makes the round trip testable: write, read, compare.
public enum TabularRegisterExport {
    /// The columns, in order. The maker is not among them: it is derived by attribution, not recorded, and a
    /// re-import must not turn a derived value into a recorded one.
    public static let fields: [TabularField] = [
        .registerID, .externalID, .deviceClass, .brand, .model, .firmware, .serialNumber, .macAddress, .ipAddress,
        .hostname, .owner, .operatorOrganisation, .supplier, .maintainer, .purpose, .legalGround, .personalData,
        .dataCategories, .latitude, .longitude, .address, .district, .mount, .direction, .procured, .installed,
        .removed, .status, .visibility, .connectivity, .internetExposed, .vital,
    ]

    /// A device and its current placement as the record a re-import of its row would produce.
    public static func record(device: Device, placement: Placement?, asOf day: Day, file: String = "") -> ImportRecord {
        func present(_ text: String?) -> String? {
            guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return text
        }
        var record = ImportRecord(origin: RecordOrigin(file: file))
        record.externalIDs["herkomst"] = device.id
        record.deviceClass = device.deviceClass
        record.brand = present(device.brand)
        record.model = present(device.model)
        record.firmware = present(device.firmware)
        record.serialNumber = present(device.serialNumber)
        record.macAddresses = device.macAddresses
        record.ipAddresses = device.ipAddresses
        record.hostname = present(device.hostname)
        record.owner = present(device.owner)
        record.operatorOrganisation = present(device.operatorOrganisation)
        record.supplier = present(device.supplier)
        record.maintainer = present(device.maintainer)
        record.purpose = device.purposes.first
        record.visibility = device.visibility
        record.status = device.status(on: day)
        record.procured = device.procured
        record.installed = device.installed
        record.removed = device.removed
        record.internetExposed = device.internetExposed
        record.vital = device.vital
        record.connectivity = device.connectivity
        if let placement {
            record.point = placement.point
            record.address = present(placement.address)
            record.district = present(placement.district)
            record.mount = present(placement.mount)
            record.direction = placement.direction
        }
        return record
    }

    /// The records as a sheet; `extraColumns` appends unmapped values under their own headers (read back as
    /// unmapped text, so they never change the register).
    public static func sheet(_ records: [ImportRecord], name: String = "Apparaten", extraColumns: [String] = []) -> TabularSheet {
        var sheet = TabularSheet(name: name, headers: fields.map(\.header) + extraColumns)
        sheet.rows.reserveCapacity(records.count)
        for record in records {
            var row = fields.map { cell($0, of: record) }
            for column in extraColumns { row.append(record.unmapped[column].map { .text($0) } ?? .empty) }
            sheet.rows.append(row)
        }
        return sheet
    }

    static func cell(_ field: TabularField, of r: ImportRecord) -> TabularSheet.Cell {
        func text(_ value: String?) -> TabularSheet.Cell { value.map { .text($0) } ?? .empty }
        func yesNo(_ value: Bool?) -> TabularSheet.Cell { value.map { .text($0 ? "ja" : "nee") } ?? .empty }
        func list(_ values: [String]) -> TabularSheet.Cell { values.isEmpty ? .empty : .text(values.joined(separator: "; ")) }
        switch field {
        case .registerID: return text(r.externalIDs["herkomst"])
        case .externalID: return text(r.externalIDs["extern"])
        case .deviceClass: return text(r.deviceClass?.rawValue)
        case .brand: return text(r.brand)
        case .manufacturer: return text(r.manufacturer)
        case .model: return text(r.model)
        case .firmware: return text(r.firmware)
        case .serialNumber: return text(r.serialNumber)
        case .macAddress: return list(r.macAddresses.map(\.description))
        case .ipAddress: return list(r.ipAddresses)
        case .hostname: return text(r.hostname)
        case .owner: return text(r.owner)
        case .operatorOrganisation: return text(r.operatorOrganisation)
        case .supplier: return text(r.supplier)
        case .maintainer: return text(r.maintainer)
        case .purpose: return text(r.purpose.flatMap { $0.description.isEmpty ? nil : $0.description })
        case .legalGround: return text(r.purpose?.legalGround.map(TabularVocabulary.label))
        case .personalData: return yesNo(r.purpose?.personalData)
        case .dataCategories: return list(r.purpose?.dataCategories ?? [])
        case .latitude: return r.point.map { .number($0.latitude) } ?? .empty
        case .longitude: return r.point.map { .number($0.longitude) } ?? .empty
        case .rdX, .rdY, .street, .houseNumber, .houseNumberSuffix, .postcode, .city: return .empty
        case .address: return text(r.address)
        case .district: return text(r.district)
        case .mount: return text(r.mount)
        case .direction: return r.direction.map { .number($0) } ?? .empty
        case .procured: return r.procured.map { .date($0) } ?? .empty
        case .installed: return r.installed.map { .date($0) } ?? .empty
        case .removed: return r.removed.map { .date($0) } ?? .empty
        case .status: return text(r.status?.rawValue)
        case .visibility: return text(r.visibility?.rawValue)
        case .connectivity: return list(r.connectivity.map(\.rawValue))
        case .internetExposed: return yesNo(r.internetExposed)
        case .vital: return yesNo(r.vital)
        }
    }
}
