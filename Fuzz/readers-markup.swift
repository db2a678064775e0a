import Foundation
import HerkomstCore

/// libFuzzer entry: any bytes as XML for the readers of nmap scans, ONVIF answers and OpenStreetMap XML (the first
/// byte picks which), all behind the shared prolog guard and depth limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let body = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let limits = ReaderLimits(maximumBytes: 1 << 20, maximumDepth: 32)
    do {
        switch data[0] % 3 {
        case 0: _ = try DeviceIdentityReader(limits: limits, scanLimits: limits).read(body, fileName: "f.xml", format: .nmap)
        case 1: _ = try DeviceIdentityReader(limits: limits, scanLimits: limits).read(body, fileName: "f.xml", format: .onvif)
        default:
            let result = try OSMXMLReader(limits: limits).read(body, file: "f.osm")
            try checkPoints(result)
        }
    } catch is InputProblem {
    } catch {
        fatalError("not an InputProblem: \(error)")
    }
    return 0
}

/// A record that comes through must have a point in range: out-of-range ones are problems, never records.
func checkPoints(_ result: ReadResult) throws {
    for record in result.records {
        if let p = record.point, !Validation.check(p).isEmpty { fatalError("point out of range passed: \(p)") }
    }
}
