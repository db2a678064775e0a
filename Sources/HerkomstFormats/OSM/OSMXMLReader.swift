import Foundation
import HerkomstCore

/// Reads OpenStreetMap XML (`<osm>` as the API, JOSM and Overpass `[out:xml]` write it): nodes, and ways
/// placed at the average of their nodes, tagged `man_made=surveillance`.
public struct OSMXMLReader: Sendable {
    public var limits: ReaderLimits
    public var allowAbroad: Bool

    public init(limits: ReaderLimits = .scan, allowAbroad: Bool = false) {
        self.limits = limits
        self.allowAbroad = allowAbroad
    }

    public func read(_ data: Data, file: String) throws -> ReadResult {
        var result = ReadResult(records: [])
        var nodeCoordinates: [String: (lat: Double, lon: Double)] = [:]
        let check = PointCheck(allowAbroad: allowAbroad)
        let root = try SafeXMLReader(limits: limits)
            .read(data, file: file, collect: ["node", "way", "relation"]) { element in
            let id = element.attribute("id") ?? "?"
            let lat = element.attribute("lat").flatMap(Double.init)
            let lon = element.attribute("lon").flatMap(Double.init)
            if element.name == "node", let lat, let lon { nodeCoordinates[id] = (lat, lon) }
            let tags = element.children("tag").compactMap { t in t.attribute("k").map { ($0, t.attribute("v") ?? "") } }
            guard OSMSurveillanceTags.isSurveillanceDevice(Dictionary(tags, uniquingKeysWith: { a, _ in a })) else { return }
            let origin = RecordOrigin(file: file, line: element.line, element: "\(element.name)/\(id)")
            var (record, problems) = OSMSurveillanceTags.record(from: tags.filter { !$0.1.isEmpty }, origin: origin)
            record.externalIDs["osm"] = "\(element.name)/\(id)"
            var position: (lat: Double, lon: Double)?
            if let lat, let lon { position = (lat, lon) }
            if position == nil, element.name == "way" {
                // A camera drawn as a small area: its nodes come before it in the file.
                var refs = element.children("nd").compactMap { $0.attribute("ref") }
                if refs.count > 1, refs.first == refs.last { refs.removeLast() }  // a closed way repeats its first node
                let points = refs.compactMap { nodeCoordinates[$0] }
                if !points.isEmpty {
                    position = (points.map(\.lat).reduce(0, +) / Double(points.count),
                                points.map(\.lon).reduce(0, +) / Double(points.count))
                }
            }
            if let position {
                switch check.point(longitude: position.lon, latitude: position.lat, file: file, line: element.line,
                                   place: origin.element!) {
                case .success(let p): record.point = p
                case .failure(let problem): problems.append(problem)
                }
            }
            if problems.isEmpty { result.records.append(record) } else { result.problems += problems }
        }
        guard root.name == "osm" else {
            throw InputProblem(file: file, line: 1, field: root.name,
                               message: "het hoofdelement is <\(root.name)>, niet <osm>; is dit OpenStreetMap-XML?")
        }
        return result
    }
}
