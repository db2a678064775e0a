import Foundation
import HerkomstCore

/// Reads a GeoJSON FeatureCollection (or a single Feature): each feature a record, its Point geometry (CRS84,
/// longitude first) the device's place, its properties mapped by Dutch and English names and OSM tags.
public struct GeoJSONReader: Sendable {
    public var limits: ReaderLimits
    public var allowAbroad: Bool

    public init(limits: ReaderLimits = .scan, allowAbroad: Bool = false) {
        self.limits = limits
        self.allowAbroad = allowAbroad
    }

    public func read(_ data: Data, file: String) throws -> ReadResult {
        let root = try JSONParser(file: file, limits: limits).parse(data)
        guard let object = root.object else {
            throw InputProblem(file: file, line: root.line, message: "GeoJSON begint met een object, niet met een lijst")
        }
        try checkCRS(object, file: file)
        let features: [JSONValue]
        switch object.text("type") {
        case "FeatureCollection":
            guard let list = object["features"]?.array else {
                throw InputProblem(file: file, line: object.line, field: "features",
                                   message: "FeatureCollection zonder lijst \"features\"")
            }
            features = list
        case "Feature":
            features = [root]
        default:
            throw InputProblem(file: file, line: object.line, field: "type",
                               message: "type is \"\(object.text("type") ?? "leeg")\"; verwacht FeatureCollection of Feature")
        }
        return ReadResult(reading: features) { record($0, index: $1, file: file) }
    }

    /// RFC 7946 knows only CRS84; the old `crs` member may name it, or its EPSG:4326 twin, and nothing else.
    func checkCRS(_ object: JSONObject, file: String) throws {
        guard let name = object.text("crs", "properties", "name") else { return }
        let accepted = ["urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "EPSG:4326",
                        "urn:ogc:def:crs:EPSG::4326", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"]
        guard accepted.contains(name) else {
            throw InputProblem(file: file, line: object["crs"]?.line, field: "crs",
                               message: "coördinatenstelsel \(name) wordt niet gelezen; GeoJSON hoort in CRS84 (WGS84, "
                               + "lengte eerst) — exporteer opnieuw in EPSG:4326")
        }
    }

    func record(_ value: JSONValue, index: Int, file: String) -> (ImportRecord?, [InputProblem]) {
        let place = "features[\(index)]"
        guard let feature = value.object, feature.text("type") == "Feature" else {
            return (nil, [InputProblem(file: file, line: value.line, field: "type", message: "\(place) is geen Feature")])
        }
        let origin = RecordOrigin(file: file, line: feature.line, element: place)
        var builder = PropertyRecordBuilder(origin: origin)
        var osmTags: [String: String] = [:]
        for (key, property) in feature["properties"]?.object?.members ?? [] {
            if OSMSurveillanceTags.handles(key), let text = property.text {
                osmTags[key] = text
                continue
            }
            if key == "@id" || key == "osm_id" {
                // overpass turbo and QGIS exports carry the OSM identity.
                if let text = property.text { builder.record.externalIDs["osm"] = text }
                continue
            }
            builder.apply(key, property)
        }
        var (record, problems) = builder.finish()
        if let id = feature["id"]?.text { record.externalIDs["geojson"] = id }
        if !osmTags.isEmpty { OSMSurveillanceTags.apply(osmTags, to: &record, problems: &problems) }

        let check = PointCheck(allowAbroad: allowAbroad)
        if let geometry = feature["geometry"]?.object {
            guard geometry.text("type") == "Point" else {
                problems.append(InputProblem(file: file, line: geometry.line, field: "geometry",
                                             message: "\(place): geometrie \(geometry.text("type") ?? "?") wordt niet "
                                             + "gelezen; een apparaat staat op een Point"))
                return (nil, problems)
            }
            let coordinates = geometry["coordinates"]?.array?.compactMap(\.double) ?? []
            guard coordinates.count >= 2 else {
                problems.append(InputProblem(file: file, line: geometry.line, field: "geometry.coordinates",
                                             message: "\(place): een Point heeft [lengte, breedte]"))
                return (nil, problems)
            }
            switch check.point(longitude: coordinates[0], latitude: coordinates[1], file: file, line: geometry.line,
                               place: place) {
            case .success(let p): record.point = p
            case .failure(let problem): problems.append(problem)
            }
        } else if let lat = builder.latitude, let lon = builder.longitude {
            // Features without geometry but with latitude/longitude properties, as some tools write them.
            switch check.point(longitude: lon, latitude: lat, file: file, line: feature.line, place: place) {
            case .success(let p): record.point = p
            case .failure(let problem): problems.append(problem)
            }
        }
        return (record, problems)
    }
}
