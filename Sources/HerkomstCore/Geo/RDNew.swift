/// Rijksdriehoeksstelsel (RD New, EPSG:28992) ⇄ WGS84 (CRS84), with the approximation polynomials published by
/// Schreutelkamp & Strang van Hees ("Benaderingsformules voor de transformatie tussen RD- en WGS84-kaartcoördinaten",
/// NGT Geodesia 2001). Within the Netherlands they agree with the full RDNAPTRANS™ procedure to better than a metre,
/// which is enough for a register of street furniture; it keeps Core free of a projection library.
public enum RDNew {
    /// The Amersfoort origin of the polynomials: RD (155000, 463000) is WGS84 (52.15517440, 5.38720621).
    static let originX = 155_000.0
    static let originY = 463_000.0
    static let originLatitude = 52.15517440
    static let originLongitude = 5.38720621

    /// The area where RD coordinates are defined and the polynomials hold (with a margin around the land).
    public static let xRange = -7_000.0...300_000.0
    public static let yRange = 289_000.0...629_000.0

    /// Latitude terms (p = power of dX, q = power of dY, value in arc seconds).
    private static let latitudeTerms: [(p: Int, q: Int, k: Double)] = [
        (0, 1, 3235.65389), (2, 0, -32.58297), (0, 2, -0.24750), (2, 1, -0.84978), (0, 3, -0.06550),
        (2, 2, -0.01709), (1, 0, -0.00738), (4, 0, 0.00530), (2, 3, -0.00039), (4, 1, 0.00033), (1, 1, -0.00012),
    ]
    /// Longitude terms (p = power of dX, q = power of dY, value in arc seconds).
    private static let longitudeTerms: [(p: Int, q: Int, l: Double)] = [
        (1, 0, 5260.52916), (1, 1, 105.94684), (1, 2, 2.45656), (3, 0, -0.81885), (1, 3, 0.05594),
        (3, 1, -0.05607), (0, 1, 0.01199), (3, 2, -0.00256), (1, 4, 0.00128), (0, 2, 0.00022), (2, 0, -0.00022),
        (5, 0, 0.00026),
    ]
    /// Easting terms (p = power of dφ, q = power of dλ, value in metres).
    private static let xTerms: [(p: Int, q: Int, r: Double)] = [
        (0, 1, 190094.945), (1, 1, -11832.228), (2, 1, -114.221), (0, 3, -32.391), (1, 0, -0.705),
        (3, 1, -2.340), (1, 3, -0.608), (0, 2, -0.008), (2, 3, 0.148),
    ]
    /// Northing terms (p = power of dφ, q = power of dλ, value in metres).
    private static let yTerms: [(p: Int, q: Int, s: Double)] = [
        (1, 0, 309056.544), (0, 2, 3638.893), (2, 0, 73.077), (1, 2, -157.984), (3, 0, 59.788), (0, 1, 0.433),
        (2, 2, -6.439), (1, 1, -0.032), (0, 4, 0.092), (1, 4, -0.054),
    ]

    /// True when (x, y) lies in the RD domain; outside it the polynomials mean nothing.
    public static func isInDomain(x: Double, y: Double) -> Bool {
        x.isFinite && y.isFinite && xRange.contains(x) && yRange.contains(y)
    }

    /// RD New metres → CRS84 degrees.
    public static func toWGS84(x: Double, y: Double) -> GeoPoint {
        let dX = (x - originX) * 1e-5
        let dY = (y - originY) * 1e-5
        var latitudeSeconds = 0.0
        for t in latitudeTerms { latitudeSeconds += t.k * power(dX, t.p) * power(dY, t.q) }
        var longitudeSeconds = 0.0
        for t in longitudeTerms { longitudeSeconds += t.l * power(dX, t.p) * power(dY, t.q) }
        return GeoPoint(longitude: originLongitude + longitudeSeconds / 3600,
                        latitude: originLatitude + latitudeSeconds / 3600)
    }

    /// CRS84 degrees → RD New metres (for serving `crs=EPSG:28992`).
    public static func fromWGS84(_ point: GeoPoint) -> (x: Double, y: Double) {
        let dPhi = 0.36 * (point.latitude - originLatitude)
        let dLambda = 0.36 * (point.longitude - originLongitude)
        var x = originX
        for t in xTerms { x += t.r * power(dPhi, t.p) * power(dLambda, t.q) }
        var y = originY
        for t in yTerms { y += t.s * power(dPhi, t.p) * power(dLambda, t.q) }
        return (x, y)
    }

    private static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= base }
        return result
    }
}
