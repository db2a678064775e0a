import Foundation
import HerkomstCore

/// The files `herkomst identify` and the importer read for device identities.
public enum DeviceIdentityFormat: String, Sendable, CaseIterable {
    case snmprec, snmpwalk, onvif, nmap
}

/// One entry point for every identity reader: a file in, the devices it describes out, or an `InputProblem`
/// naming the file and the place.
public struct DeviceIdentityReader: Sendable {
    /// Limits for walks and ONVIF answers; scans get `scanLimits`.
    public var limits: ReaderLimits
    public var scanLimits: ReaderLimits

    public init(limits: ReaderLimits = .standard, scanLimits: ReaderLimits = .scan) {
        self.limits = limits
        self.scanLimits = scanLimits
    }

    public func read(_ data: Data, fileName: String, format: DeviceIdentityFormat) throws -> [ObservedDevice] {
        switch format {
        case .snmprec: return [try SNMPWalkReader(limits: limits).read(data, fileName: fileName, format: .snmprec)]
        case .snmpwalk: return [try SNMPWalkReader(limits: limits).read(data, fileName: fileName, format: .snmpwalk)]
        case .onvif: return try ONVIFReader(limits: limits).read(data, fileName: fileName)
        case .nmap: return try NmapReader(limits: scanLimits).read(data, fileName: fileName)
        }
    }
}
