import Foundation
import HerkomstCore

/// The one switch from format to reader.
enum ImportReaders {
    static func read(_ file: ImportFile, format: ImportFormat, options: ImportOptions) throws -> ReadResult {
        // Structured files are parsed whole: bounded by the import's size limit, and never above 64 MiB.
        let structured = ReaderLimits(maximumBytes: min(options.maximumFileSize, ReaderLimits.scan.maximumBytes))
        let identities = DeviceIdentityReader(limits: ReaderLimits(maximumBytes: min(options.maximumFileSize, ReaderLimits.standard.maximumBytes)),
                                              scanLimits: structured)
        switch format {
        case .auto:
            return try read(file, format: FormatDetector.detect(file), options: options)
        case .geojson:
            return try GeoJSONReader(limits: structured).read(file.data, fileName: file.name)
        case .osm:
            if file.data.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "<") {
                return try OSMXMLReader(limits: structured).read(file.data, fileName: file.name)
            }
            return try OverpassJSONReader(limits: structured).read(file.data, fileName: file.name)
        case .amsterdam:
            return try AmsterdamSensorRegisterReader(limits: structured).read(file.data, fileName: file.name)
        case .netbox:
            return try NetBoxReader(limits: structured).read(file.data, fileName: file.name)
        case .cyclonedx:
            return try CycloneDXReader(limits: structured).read(file.data, fileName: file.name)
        case .nmap, .onvif, .snmprec, .snmpwalk:
            let identityFormat = DeviceIdentityFormat(rawValue: format.rawValue)!
            let devices = try identities.read(file.data, fileName: file.name, format: identityFormat)
            return ReadResult(records: ObservedDeviceRecords.records(devices, file: file.name))
        case .csv, .xlsx:
            throw InputProblem(file: file.name, message: "formaat \(format.rawValue) wordt nog niet ondersteund")
        }
    }
}
