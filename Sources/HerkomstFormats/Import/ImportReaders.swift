import HerkomstCore

/// The one switch from format to reader.
enum ImportReaders {
    static func read(_ file: ImportFile, format: ImportFormat, options: ImportOptions) throws -> ReadResult {
        let data = file.data
        let name = file.name
        switch format {
        case .auto:
            return try read(file, format: FormatDetector.detect(file), options: options)
        case .nmap:
            return ReadResult(records: ObservedDeviceRecords.records(try NmapReader().read(data, fileName: name), file: name))
        case .onvif:
            return ReadResult(records: ObservedDeviceRecords.records(try ONVIFReader().read(data, fileName: name), file: name))
        case .snmprec:
            return ReadResult(records: [ObservedDeviceRecords.record(try SNMPWalkReader().read(data, fileName: name, format: .snmprec), file: name)])
        case .snmpwalk:
            return ReadResult(records: [ObservedDeviceRecords.record(try SNMPWalkReader().read(data, fileName: name, format: .snmpwalk), file: name)])
        case .geojson:
            return try GeoJSONReader(allowAbroad: options.allowAbroad).read(data, file: name)
        case .osm:
            let isXML = data.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "<")
            return isXML ? try OSMXMLReader(allowAbroad: options.allowAbroad).read(data, file: name)
                         : try OverpassJSONReader(allowAbroad: options.allowAbroad).read(data, file: name)
        case .netbox:
            return try NetBoxReader(allowAbroad: options.allowAbroad).read(data, file: name)
        case .amsterdam:
            return try AmsterdamRegisterReader(allowAbroad: options.allowAbroad).read(data, file: name)
        case .cyclonedx:
            return try CycloneDXReader().read(data, file: name)
        case .csv, .xlsx:
            return try TabularImport.read(file, format: format, options: options)
        }
    }
}
