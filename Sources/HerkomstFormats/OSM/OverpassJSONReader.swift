import Foundation
import HerkomstCore

/// Reads Overpass API JSON (`[out:json]`): every element tagged `man_made=surveillance` becomes a record with
/// its node coordinates (or the `center` Overpass adds to ways with `out center`) and `externalIDs["osm"]`.
/// Other elements (the nodes of a way, a guard post) are not devices and are passed over.
public struct OverpassJSONReader: Sendable {
    public var limits: ReaderLimits
    public var allowAbroad: Bool

    public init(limits: ReaderLimits = .scan, allowAbroad: Bool = false) {
        self.limits = limits
        self.allowAbroad = allowAbroad
    }

    public func read(_ data: Data, file: String) throws -> ReadResult {
        let root = try JSONParser(file: file, limits: limits).parse(data)
        guard let object = root.object, let elements = object["elements"]?.array else {
            throw InputProblem(file: file, line: root.line, field: "elements",
                               message: "geen Overpass-antwoord: de lijst \"elements\" ontbreekt")
        }
        var result = ReadResult(records: [])
        let check = PointCheck(allowAbroad: allowAbroad)
        for (i, element) in elements.enumerated() {
            guard let e = element.object else { continue }
            let tags = (e["tags"]?.object?.members ?? []).compactMap { m in m.value.text.map { (m.key, $0) } }
            guard OSMSurveillanceTags.isSurveillanceDevice(Dictionary(tags, uniquingKeysWith: { a, _ in a })) else { continue }
            let type = e.text("type") ?? "node"
            let id = e.text("id") ?? "?"
            let origin = RecordOrigin(file: file, line: e.line, element: "elements[\(i)] (\(type)/\(id))")
            var (record, problems) = OSMSurveillanceTags.record(from: tags, origin: origin)
            record.externalIDs["osm"] = "\(type)/\(id)"
            let lat = e["lat"]?.double ?? e.value(at: "center", "lat")?.double
            let lon = e["lon"]?.double ?? e.value(at: "center", "lon")?.double
            if let lat, let lon {
                switch check.point(longitude: lon, latitude: lat, file: file, line: e.line, place: origin.element!) {
                case .success(let p): record.point = p
                case .failure(let problem): problems.append(problem)
                }
            }
            if problems.isEmpty { result.records.append(record) } else { result.problems += problems }
        }
        return result
    }
}
