import Foundation
import HerkomstCore

/// Reads OpenStreetMap data as the Overpass API returns it in JSON (`[out:json]`): `elements[]` with `type`,
/// `id`, `lat`/`lon` (or `center` for ways queried with `out center`) and `tags`.
public struct OverpassJSONReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .standard) {
        self.limits = limits
    }

    public func read(_ data: Data, fileName: String) throws -> ReadResult {
        let root = try JSONInput.parse(data, file: fileName, limits: limits)
        guard let elements = root["elements"]?.arrayValue else {
            throw InputProblem(file: fileName, field: "elements", message: "geen Overpass-JSON: de lijst 'elements' ontbreekt")
        }
        var result = ReadResult(records: [])
        for (index, value) in elements.enumerated() {
            guard let type = value["type"]?.text, let id = value["id"]?.text else {
                result.problems.append(InputProblem(file: fileName, field: "elements[\(index)]", message: "element zonder type of id"))
                continue
            }
            let tags = (value["tags"]?.objectValue ?? [:]).sorted { $0.key < $1.key }.compactMap { key, tag in
                tag.text.map { (key: key, value: $0) }
            }
            let position = value["lat"] != nil ? value : value["center"]
            let element = OSMElement(type: type, id: id, latitude: position?["lat"]?.doubleValue,
                                     longitude: position?["lon"]?.doubleValue, tags: tags)
            guard element.isSurveillance else { continue }
            let place = "elements[\(index)]"
            let (record, problems) = element.record(origin: RecordOrigin(file: fileName, element: "\(place) \(type)/\(id)"), place: place)
            result.problems += problems
            if let record { result.records.append(record) }
        }
        return result
    }
}
