import HerkomstCore

/// Observed devices (scans, walks, ONVIF answers) as import records, so that the importer takes them like any
/// other source: identity fields where the source had them, and all evidence kept.
enum ObservedDeviceRecords {
    static func records(_ devices: [ObservedDevice], file: String) -> [ImportRecord] {
        devices.map { device in
            var element = device.source
            if element.hasPrefix(file + ", ") { element.removeFirst(file.count + 2) }
            var record = ImportRecord(origin: RecordOrigin(file: file, element: element == file ? nil : element))
            record.deviceClass = device.deviceClass
            record.brand = device.brand
            record.model = device.model
            record.firmware = device.firmware
            record.serialNumber = device.serialNumber
            record.hostname = device.hostname
            record.macAddresses = device.macAddresses
            record.ipAddresses = device.ipAddresses
            record.endpointID = device.endpointID
            record.evidence = device.evidence
            return record
        }
    }
}
