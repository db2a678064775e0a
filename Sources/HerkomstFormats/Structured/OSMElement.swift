import HerkomstCore

/// One OpenStreetMap element as both OSM encodings give it, turned into an import record when it is a
/// surveillance device (`man_made=surveillance`); other elements (way nodes, unrelated features) are skipped.
struct OSMElement {
    var type: String
    var id: String
    var latitude: Double?
    var longitude: Double?
    var tags: [(key: String, value: String)]

    var isSurveillance: Bool { tags.contains { $0.key == "man_made" && $0.value == "surveillance" } }

    func record(origin: RecordOrigin, place: String) -> (record: ImportRecord?, problems: [InputProblem]) {
        var writer = RecordFieldWriter(origin: origin, place: place)
        writer.setExternalID("osm", "\(type)/\(id)")
        for tag in tags { writer.set(key: tag.key, value: tag.value) }
        if writer.record.deviceClass == nil { writer.record.deviceClass = .camera }
        if let latitude, let longitude {
            writer.setPoint(longitude: longitude, latitude: latitude, field: "lat/lon")
        } else if type == "node" {
            writer.problem("lat/lon", "node zonder coördinaten")
        }
        return writer.finish()
    }
}
