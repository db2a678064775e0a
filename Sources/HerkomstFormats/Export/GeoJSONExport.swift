import Foundation
import HerkomstCore

/// The register as a GeoJSON FeatureCollection (RFC 7946, CRS84), properties named as the table's columns,
/// so that QGIS and the importer read it back.
public enum GeoJSONExport {
    public static func data(_ snapshots: [DeviceSnapshot], public isPublic: Bool) throws -> Data {
        let columns = RegisterTable.columns(public: isPublic).filter { $0 != "latitude" && $0 != "longitude" }
        let features: [[String: Any]] = snapshots.map { s in
            var properties: [String: Any] = [:]
            for column in columns {
                let value = RegisterTable.value(of: column, in: s)
                properties[column] = value.isEmpty ? NSNull() : value
            }
            let geometry: Any = s.placement?.point.map {
                ["type": "Point", "coordinates": [$0.longitude, $0.latitude]] as [String: Any]
            } ?? NSNull()
            return ["type": "Feature", "id": s.device.id, "geometry": geometry, "properties": properties]
        }
        let collection: [String: Any] = ["type": "FeatureCollection", "features": features]
        return try JSONSerialization.data(withJSONObject: collection, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
