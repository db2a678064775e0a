import HerkomstCore

/// Turns what a scan, walk or ONVIF answer observed into import records: the identity fields it has, the
/// maker as the device named itself (ONVIF `Manufacturer`, `entPhysicalMfgName`), and all its evidence.
/// Hosts without useful evidence are still records; attribution will call them unknown.
enum ObservedDeviceRecords {
    static func records(_ devices: [ObservedDevice], file: String) -> [ImportRecord] {
        devices.map { record($0, file: file) }
    }

    static func record(_ device: ObservedDevice, file: String) -> ImportRecord {
        // The source reads "file, host 10.0.0.5": the part after the file name is the place.
        let prefix = file + ", "
        let element = device.source.hasPrefix(prefix) ? String(device.source.dropFirst(prefix.count)) : nil
        var record = ImportRecord(origin: RecordOrigin(file: file, element: element))
        record.deviceClass = device.deviceClass
        record.brand = device.brand
        record.manufacturer = device.evidence.first { $0.kind == .onvifManufacturer || $0.kind == .snmpManufacturer }?.value
        record.model = device.model
        record.firmware = device.firmware
        record.serialNumber = device.serialNumber
        record.hostname = device.hostname
        record.macAddresses = device.macAddresses
        record.ipAddresses = device.ipAddresses.filter(IPAddressSyntax.isValid)
        record.endpointID = device.endpointID
        record.evidence = device.evidence
        return record
    }
}
