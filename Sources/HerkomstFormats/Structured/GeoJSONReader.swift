import Foundation
import HerkomstCore

/// Reads a GeoJSON FeatureCollection (RFC 7946: Point geometries in CRS84, longitude first) into import
/// records, one per feature, naming properties by the Dutch and English names of `PropertyNames` and
/// understanding OSM tags.
public struct GeoJSONReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .standard) {
        self.limits = limits
    }

    public func read(_ data: Data, fileName: String) throws -> ReadResult {
        let root = try JSONInput.parse(data, file: fileName, limits: limits)
        let features: [JSONValue]
        switch root["type"]?.text {
        case "FeatureCollection":
            guard let list = root["features"]?.arrayValue else {
                throw InputProblem(file: fileName, field: "features", message: "FeatureCollection zonder lijst 'features'")
            }
            features = list
        case "Feature":
            features = [root]
        default:
            throw InputProblem(file: fileName, field: "type", message:
                "geen GeoJSON: verwacht \"type\": \"FeatureCollection\" of \"Feature\" in het hoofdobject")
        }
        try Self.checkCRS(root, file: fileName)
        var result = ReadResult(records: [])
        for (index, feature) in features.enumerated() {
            let place = "features[\(index)]"
            var writer = RecordFieldWriter(origin: RecordOrigin(file: fileName, element: place), place: place)
            read(feature, into: &writer)
            let (record, problems) = writer.finish()
            result.problems += problems
            if let record { result.records.append(record) }
        }
        return result
    }

    private func read(_ feature: JSONValue, into writer: inout RecordFieldWriter) {
        guard feature["type"]?.text == "Feature" else {
            return writer.problem("type", "element is geen GeoJSON Feature")
        }
        if let id = feature["id"]?.text { writer.setExternalID("geojson", id) }
        if let properties = feature["properties"]?.objectValue {
            for key in properties.keys.sorted() {
                guard let value = properties[key], let text = Self.text(value) else { continue }
                writer.set(key: key, value: text)
            }
        }
        guard let geometry = feature["geometry"], geometry != .null else { return }
        guard geometry["type"]?.text == "Point" else {
            return writer.problem("geometry.type", "geometrie '\(geometry["type"]?.text ?? "?")' wordt niet gelezen: een apparaat is een Point")
        }
        guard let coordinates = geometry["coordinates"]?.arrayValue, coordinates.count >= 2,
              let longitude = coordinates[0].doubleValue, let latitude = coordinates[1].doubleValue else {
            return writer.problem("geometry.coordinates", "verwacht [lengtegraad, breedtegraad] als getallen")
        }
        writer.setPoint(longitude: longitude, latitude: latitude, field: "geometry.coordinates")
    }

    /// Scalars as text; lists of scalars joined with `; ` (several MAC addresses, categories).
    static func text(_ value: JSONValue) -> String? {
        if let text = value.text { return text }
        if let list = value.arrayValue {
            let parts = list.compactMap(\.text)
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }
        return nil
    }

    /// RFC 7946 knows only CRS84; the old `crs` member may say the same in other words. Anything else (RD New
    /// in metres, say) would put every device in the wrong place, so it is refused.
    static func checkCRS(_ root: JSONValue, file: String) throws {
        guard let name = root["crs"]?["properties"]?["name"]?.text else { return }
        let accepted = ["urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326",
                        "http://www.opengis.net/def/crs/OGC/1.3/CRS84"]
        guard accepted.contains(name) else {
            throw InputProblem(file: file, field: "crs", message:
                "coördinaatsysteem \(name) wordt niet gelezen; exporteer als GeoJSON in CRS84/WGS 84 (RFC 7946)")
        }
    }
}
