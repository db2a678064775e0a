import Foundation
import HerkomstCore

/// libFuzzer entry: any bytes to the JSON parser and the JSON register readers (GeoJSON, Overpass, Amsterdam
/// sensor register, NetBox, CycloneDX); the first byte picks the reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let body = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let limits = ReaderLimits(maximumBytes: 1 << 20, maximumDepth: 32)
    do {
        let result: ReadResult
        switch data[0] % 6 {
        case 0: _ = try JSONParser(file: "f.json", limits: limits).parse(body); return 0
        case 1: result = try GeoJSONReader(limits: limits, allowAbroad: data[0] & 0x80 != 0).read(body, file: "f.geojson")
        case 2: result = try OverpassJSONReader(limits: limits).read(body, file: "f.json")
        case 3: result = try AmsterdamRegisterReader(limits: limits).read(body, file: "f.json")
        case 4: result = try NetBoxReader(limits: limits).read(body, file: "f.json")
        default: result = try CycloneDXReader(limits: limits).read(body, file: "f.json")
        }
        for record in result.records {
            if let p = record.point, !Validation.check(p).isEmpty { fatalError("point out of range passed: \(p)") }
            if let d = record.direction, !(0..<360).contains(d) { fatalError("direction out of range passed: \(d)") }
        }
    } catch is InputProblem {
    } catch {
        fatalError("not an InputProblem: \(error)")
    }
    return 0
}
