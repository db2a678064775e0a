import HerkomstCore

/// Reads a location from latitude/longitude columns or RD New x/y columns, and says what is wrong with it:
/// out of range, swapped, outside the Netherlands, or only half given.
struct TabularPointReader {
    let allowAbroad: Bool

    /// The Netherlands with a margin (CRS84): 3.2–7.3 E, 50.7–53.6 N.
    static let netherlandsLongitude = 3.2...7.3
    static let netherlandsLatitude = 50.7...53.6

    static func isInNetherlands(latitude: Double, longitude: Double) -> Bool {
        netherlandsLatitude.contains(latitude) && netherlandsLongitude.contains(longitude)
    }

    func point(_ value: (TabularField) -> String?, problem: (TabularField, String) -> Void) -> GeoPoint? {
        if value(.latitude) != nil || value(.longitude) != nil {
            return geographic(value, problem: problem)
        }
        if value(.rdX) != nil || value(.rdY) != nil {
            return rd(value, problem: problem)
        }
        return nil
    }

    private func geographic(_ value: (TabularField) -> String?, problem: (TabularField, String) -> Void) -> GeoPoint? {
        guard let latText = value(.latitude) else {
            problem(.latitude, "ontbreekt, terwijl de lengtegraad wel is ingevuld")
            return nil
        }
        guard let lonText = value(.longitude) else {
            problem(.longitude, "ontbreekt, terwijl de breedtegraad wel is ingevuld")
            return nil
        }
        let latitude = TabularValueParsing.number(latText)
        let longitude = TabularValueParsing.number(lonText)
        if latitude == nil { problem(.latitude, "'\(latText)' is geen getal") }
        if longitude == nil { problem(.longitude, "'\(lonText)' is geen getal") }
        guard let latitude, let longitude else { return nil }
        return checked(latitude: latitude, longitude: longitude, problem: problem)
    }

    private func checked(latitude: Double, longitude: Double, problem: (TabularField, String) -> Void) -> GeoPoint? {
        var valid = true
        if !(-90...90).contains(latitude) {
            problem(.latitude, "breedtegraad \(format(latitude)) ligt niet tussen -90 en 90")
            valid = false
        }
        if !(-180...180).contains(longitude) {
            problem(.longitude, "lengtegraad \(format(longitude)) ligt niet tussen -180 en 180")
            valid = false
        }
        guard valid else { return nil }
        if !allowAbroad && !Self.isInNetherlands(latitude: latitude, longitude: longitude) {
            if Self.isInNetherlands(latitude: longitude, longitude: latitude) {
                problem(.latitude, "breedtegraad \(format(latitude)) en lengtegraad \(format(longitude)) lijken verwisseld: omgedraaid liggen ze in Nederland")
            } else {
                problem(.latitude, "punt (\(format(latitude)), \(format(longitude))) ligt buiten Nederland (3,2–7,3 O, 50,7–53,6 N); gebruik --allow-abroad als dat klopt")
            }
            return nil
        }
        return GeoPoint(longitude: longitude, latitude: latitude)
    }

    private func rd(_ value: (TabularField) -> String?, problem: (TabularField, String) -> Void) -> GeoPoint? {
        guard let xText = value(.rdX) else { problem(.rdX, "ontbreekt, terwijl y wel is ingevuld"); return nil }
        guard let yText = value(.rdY) else { problem(.rdY, "ontbreekt, terwijl x wel is ingevuld"); return nil }
        let x = TabularValueParsing.rdCoordinate(xText)
        let y = TabularValueParsing.rdCoordinate(yText)
        if x == nil { problem(.rdX, "'\(xText)' is geen getal") }
        if y == nil { problem(.rdY, "'\(yText)' is geen getal") }
        guard let x, let y else { return nil }
        if RDNew.isInDomain(x: x, y: y) {
            return checked(point: RDNew.toWGS84(x: x, y: y), problem: problem)
        }
        if RDNew.isInDomain(x: y, y: x) {
            problem(.rdX, "x \(format(x)) en y \(format(y)) lijken verwisseld (in RD New is x 0–300 km en y 300–620 km)")
            return nil
        }
        // GIS exports often call longitude and latitude x and y.
        if (-180...180).contains(x) && (-90...90).contains(y) {
            return checked(latitude: y, longitude: x, problem: problem)
        }
        problem(.rdX, "(\(format(x)), \(format(y))) is geen RD New-coördinaat (EPSG:28992): x hoort tussen 0 en 300000, y tussen 300000 en 620000 meter")
        return nil
    }

    private func checked(point: GeoPoint, problem: (TabularField, String) -> Void) -> GeoPoint? {
        checked(latitude: point.latitude, longitude: point.longitude, problem: problem)
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
