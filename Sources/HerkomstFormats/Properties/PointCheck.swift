import HerkomstCore

/// Checks a coordinate pair the way every geographic reader must: in range, and — unless the user said
/// `--allow-abroad` — inside the Netherlands, with a hint when latitude and longitude look swapped.
struct PointCheck: Sendable {
    var allowAbroad: Bool

    /// Roughly the Netherlands with its coastal waters and the islands; generous on purpose.
    static let longitudes = 3.2...7.3
    static let latitudes = 50.7...53.6

    func point(longitude: Double, latitude: Double, file: String, line: Int?, place: String) -> Result<GeoPoint, InputProblem> {
        let point = GeoPoint(longitude: longitude, latitude: latitude)
        if let issue = Validation.check(point).first {
            return .failure(InputProblem(file: file, line: line, field: issue.field, message: "\(place): \(issue.message)"))
        }
        guard !allowAbroad, !(Self.longitudes.contains(longitude) && Self.latitudes.contains(latitude)) else {
            return .success(point)
        }
        if Self.longitudes.contains(latitude) && Self.latitudes.contains(longitude) {
            return .failure(InputProblem(file: file, line: line, field: "latitude",
                                         message: "\(place): breedte- en lengtegraad lijken verwisseld "
                                         + "(breedte \(latitude), lengte \(longitude)); GeoJSON en OSM geven eerst de lengte"))
        }
        return .failure(InputProblem(file: file, line: line, field: "latitude",
                                     message: "\(place): punt (breedte \(latitude), lengte \(longitude)) ligt buiten "
                                     + "Nederland; gebruik --allow-abroad als dat klopt"))
    }
}
