import Foundation
import HerkomstCore

/// Reads OpenStreetMap XML (`<osm>` with `<node lat lon>`, `<way>` with an optional `<center>`, `<tag k v>`),
/// as the editing API, Overpass and JOSM write it; each record points back to its element's line.
public struct OSMXMLReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .scan) {
        self.limits = limits
    }

    public func read(_ data: Data, fileName: String) throws -> ReadResult {
        var result = ReadResult(records: [])
        let root = try SafeXMLReader(limits: limits).read(data, file: fileName, collect: ["node", "way", "relation"]) { node in
            guard let id = node.attribute("id") else {
                result.problems.append(InputProblem(file: fileName, line: node.line, field: node.name, message: "element zonder id"))
                return
            }
            let tags = node.children("tag").compactMap { tag -> (key: String, value: String)? in
                guard let key = tag.attribute("k"), let value = tag.attribute("v") else { return nil }
                return (key, value)
            }
            let position = node.attribute("lat") != nil ? node : node.child("center")
            func coordinate(_ name: String) -> Double? { position?.attribute(name).flatMap(Double.init) }
            let element = OSMElement(type: node.name, id: id, latitude: coordinate("lat"), longitude: coordinate("lon"), tags: tags)
            guard element.isSurveillance else { return }
            let (record, problems) = element.record(
                origin: RecordOrigin(file: fileName, line: node.line, element: "\(node.name)/\(id)"), place: "\(node.name)/\(id)")
            result.problems += problems
            if let record { result.records.append(record) }
        }
        guard root.name == "osm" else {
            throw InputProblem(file: fileName, line: root.line, field: root.name,
                               message: "geen OSM-XML: het hoofdelement is <\(root.name)>, verwacht <osm>")
        }
        return result
    }
}
