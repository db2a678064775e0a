import Foundation
import Testing
@testable import HerkomstCore

@Suite("Domain values: days, MAC addresses, validation, status on a day")
struct ModelTests {
    @Test func daysParseStrictlyAndRejectImpossibleDates() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2023-02-29") == nil)
        #expect(Day("2023-13-45") == nil)
        #expect(Day("2023-1-5") == nil)
        #expect(Day("2021-12-31")!.adding(days: 1) == Day("2022-01-01"))
        #expect(Day(ordinal: Day("2020-03-01")!.ordinal) == Day("2020-03-01"))
    }

    @Test func macAddressesNormaliseAndKnowLocalAdministration() {
        #expect(MACAddress("4c-bd-8f-12-34-56")?.description == "4C:BD:8F:12:34:56")
        #expect(MACAddress("4cbd.8f12.3456")?.description == "4C:BD:8F:12:34:56")
        #expect(MACAddress("4C:BD:8F:12:34") == nil)
        #expect(MACAddress("ZZ:BD:8F:12:34:56") == nil)
        #expect(MACAddress("06:11:22:33:44:55")!.isLocallyAdministered)
        #expect(!MACAddress("4C:BD:8F:12:34:56")!.isLocallyAdministered)
        #expect(MACAddress("4C:BD:8F:12:34:56")!.prefix(bits: 24) == 0x4CBD8F)
    }

    @Test func validationNamesTheFieldAndWhy() {
        var d = Device(id: "x", deviceClass: .camera, ipAddresses: ["10.0.0.256", "fe80::1"], owner: "o",
                       installed: Day("2020-01-01"), removed: Day("2019-01-01"))
        let issues = Validation.check(d)
        #expect(issues.map(\.field).sorted() == ["ipAdressen[0]", "verwijderd"])
        d.ipAddresses = ["10.0.0.1", "2001:db8::1", "::ffff:10.0.0.1"]
        d.removed = nil
        #expect(Validation.check(d).isEmpty)
        #expect(Validation.check(GeoPoint(longitude: 4.3, latitude: 91)).map(\.field) == ["latitude"])
        #expect(Validation.check(GeoPoint(longitude: .nan, latitude: 52)).map(\.field) == ["longitude"])
    }

    @Test func statusFollowsTheLifecycleOnEachDay() {
        let d = Device(id: "x", deviceClass: .camera, owner: "o", installed: Day("2019-06-01"), removed: Day("2022-09-30"))
        #expect(d.status(on: Day("2019-05-31")!) == .gepland)
        #expect(d.status(on: Day("2021-12-31")!) == .actief)
        #expect(d.status(on: Day("2022-09-30")!) == .verwijderd)
        #expect(!d.existed(on: Day("2018-01-01")!))
        #expect(d.existed(on: Day("2024-01-01")!))
    }
}
