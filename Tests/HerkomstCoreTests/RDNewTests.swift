import Foundation
import HerkomstCore
import Testing

@Suite("RD New ⇄ WGS84")
struct RDNewTests {
    /// Distance in metres between two nearby points (equirectangular; fine over a few metres).
    func metres(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let radius = 6_371_000.0
        let dLat = (a.latitude - b.latitude) * .pi / 180
        let dLon = (a.longitude - b.longitude) * .pi / 180 * cos(a.latitude * .pi / 180)
        return (dLat * dLat + dLon * dLon).squareRoot() * radius
    }

    @Test("Amersfoort, the origin, is 52.15517, 5.38721")
    func origin() {
        let p = RDNew.toWGS84(x: 155_000, y: 463_000)
        #expect(abs(p.latitude - 52.15517) < 0.000005)
        #expect(abs(p.longitude - 5.38721) < 0.000005)
    }

    /// Reference values from PROJ 9 (`cs2cs EPSG:28992 EPSG:4326`, which uses the EPSG Helmert transformation
    /// without the RDNAPTRANS grid, itself good to about a metre); the polynomials must agree within 1.5 m.
    @Test("Points across the country agree with PROJ within 1.5 m", arguments: [
        (121_000.0, 487_000.0, 52.36982621, 4.88797076),   // Amsterdam, Dam
        (81_000.0, 454_000.0, 52.06933774, 4.30791976),    // Den Haag
        (233_000.0, 581_000.0, 53.20994096, 6.55472024),   // Groningen
        (176_000.0, 317_000.0, 50.84246018, 5.68533356),   // Maastricht
        (13_000.0, 381_000.0, 51.40026848, 3.34645832),    // Zeeuws-Vlaanderen
    ])
    func againstPROJ(x: Double, y: Double, latitude: Double, longitude: Double) {
        let p = RDNew.toWGS84(x: x, y: y)
        #expect(metres(p, GeoPoint(longitude: longitude, latitude: latitude)) < 1.5)
    }

    @Test("There and back again within 0.5 m")
    func roundTrip() {
        for (x, y) in [(155_000.0, 463_000.0), (121_000.0, 487_000.0), (233_000.0, 581_000.0), (13_000.0, 381_000.0)] {
            let back = RDNew.fromWGS84(RDNew.toWGS84(x: x, y: y))
            #expect(abs(back.x - x) < 0.5 && abs(back.y - y) < 0.5, "\(x), \(y) → \(back)")
        }
        #expect(RDNew.isInDomain(x: 155_000, y: 463_000))
        #expect(!RDNew.isInDomain(x: 4.9, y: 52.4))
    }
}
