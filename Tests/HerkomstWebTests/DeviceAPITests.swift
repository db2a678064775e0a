import Foundation
import HerkomstCore
import HerkomstStore
import HerkomstWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// The device list as other programs use it, driven through the router without sockets on a real SQLite store.
@Suite("GET /v1/apparaten: filters, paging, peildatum, errors")
struct DeviceAPITests {
    static let today = Day("2026-11-29")!

    /// A small register: three Living Lab cameras (two removed), two safety-region switches replaced in 2023,
    /// one Axis camera of the police, one sensor bought and planned for 2027.
    static func registrations() -> [DeviceRegistration] {
        func device(_ id: String, _ c: DeviceClass, _ brand: String?, _ model: String, owner: String,
                    procured: String? = nil, installed: String, removed: String? = nil,
                    visibility: Visibility = .openbaar) -> DeviceRegistration {
            let d = Device(id: id, deviceClass: c, brand: brand, model: model, owner: owner, visibility: visibility,
                           procured: procured.flatMap(Day.init), installed: Day(installed), removed: removed.flatMap(Day.init))
            let p = Placement(deviceID: id, point: GeoPoint(longitude: 4.2747, latitude: 52.1107), address: nil,
                              district: "Scheveningen", from: Day(installed)!)
            return DeviceRegistration(device: d, placements: [p])
        }
        return [
            device("cam-1", .camera, "Hikvision", "DS-2CD2143G2-I", owner: "gemeente-den-haag", installed: "2019-05-01", removed: "2022-10-01"),
            device("cam-2", .camera, "Hikvision", "DS-2CD2143G2-I", owner: "gemeente-den-haag", installed: "2020-05-01", removed: "2023-03-01"),
            device("cam-3", .camera, "Hikvision", "DS-2CD2387G2-LU", owner: "gemeente-den-haag", installed: "2021-02-01"),
            device("sw-1", .switch, "Huawei", "S5720-28X-SI-AC", owner: "veiligheidsregio-haaglanden", installed: "2020-03-01", removed: "2023-02-15", visibility: .intern),
            device("sw-2", .switch, "Huawei", "S5720-28X-SI-AC", owner: "veiligheidsregio-haaglanden", installed: "2020-03-01", removed: "2023-02-15", visibility: .intern),
            device("pol-1", .camera, "Axis", "P1455-LE", owner: "politie-den-haag", installed: "2018-01-10", visibility: .vertrouwelijk),
            device("sen-1", .sensor, "Libelium", "Smart Environment PRO", owner: "gemeente-den-haag", procured: "2026-10-01", installed: "2027-03-01"),
        ]
    }

    func withApp(_ test: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let store = try await TestStore.sqliteInMemory()
        for (slug, kind) in [("gemeente-den-haag", OrganisationKind.gemeente), ("veiligheidsregio-haaglanden", .veiligheidsregio),
                             ("politie-den-haag", .politie)] {
            try await store.save(Organisation(slug: slug, name: slug, kind: kind), actor: "test")
        }
        try await store.register(Self.registrations(), actor: "test")
        let app = Application(router: buildRouter(WebDependencies(store: store, today: { Self.today })))
        do {
            try await app.test(.router, test)
        } catch {
            try await store.shutdown()
            throw error
        }
        try await store.shutdown()
    }

    struct List: Decodable {
        struct Item: Decodable {
            var id: String
            var klasse: String
            var merk: String?
            var eigenaar: String
            var status: String
            var geplaatst: String?
            var verwijderd: String?
            var locatie: Point?
        }
        struct Point: Decodable { var type: String; var coordinates: [Double] }
        struct Links: Decodable { var next: Href?; var `self`: Href }
        struct Href: Decodable { var href: String }
        var apparaten: [Item]
        var totaal: Int
        var links: Links
    }

    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, HTTPFields, Data) {
        try await client.execute(uri: uri, method: .get) { r in (r.status, r.headers, Data(buffer: r.body)) }
    }

    func list(_ client: any TestClientProtocol, _ uri: String) async throws -> List {
        let (status, _, body) = try await get(client, uri)
        #expect(status == .ok, "\(uri): \(String(decoding: body, as: UTF8.self))")
        return try JSONDecoder().decode(List.self, from: body)
    }

    @Test func filtersByOwnerBrandAndClassOnAReferenceDay() async throws {
        try await withApp { client in
            let then = try await list(client, "/v1/apparaten?merk=Hikvision&organisatie=gemeente-den-haag&klasse=camera&peildatum=2021-12-31")
            #expect(then.totaal == 3)
            #expect(then.apparaten.allSatisfy { $0.status == "actief" })
            let now = try await list(client, "/v1/apparaten?merk=hikvision&organisatie=gemeente-den-haag&klasse=camera")
            #expect(now.apparaten.filter { $0.status == "actief" }.map(\.id) == ["cam-3"])
            let huawei = try await list(client, "/v1/apparaten?organisatie=veiligheidsregio-haaglanden&merk=Huawei&peildatum=2021-06-30")
            #expect(huawei.totaal == 2 && huawei.apparaten.allSatisfy { $0.status == "actief" && $0.klasse == "switch" })
            let after = try await list(client, "/v1/apparaten?organisatie=veiligheidsregio-haaglanden&merk=Huawei&peildatum=2024-01-01")
            #expect(after.apparaten.allSatisfy { $0.status == "verwijderd" })
            let before = try await list(client, "/v1/apparaten?peildatum=2018-06-01")
            #expect(before.apparaten.map(\.id) == ["pol-1"], "only what existed on the day")
        }
    }

    @Test func statusFilterMeansTheStatusOnTheDay() async throws {
        try await withApp { client in
            let planned = try await list(client, "/v1/apparaten?status=gepland")
            #expect(planned.apparaten.map(\.id) == ["sen-1"])
            let removed = try await list(client, "/v1/apparaten?status=verwijderd&peildatum=2022-12-31")
            #expect(removed.apparaten.map(\.id) == ["cam-1"])
        }
    }

    @Test func pagesAreStableAndLinked() async throws {
        try await withApp { client in
            let first = try await list(client, "/v1/apparaten?pageSize=3")
            #expect(first.apparaten.count == 3)
            #expect(first.totaal == 7)
            let next = try #require(first.links.next?.href)
            let second = try await list(client, next)
            let third = try await list(client, try #require(second.links.next?.href))
            #expect(third.links.next == nil)
            let ids = (first.apparaten + second.apparaten + third.apparaten).map(\.id)
            #expect(ids.count == 7 && Set(ids).count == 7)
            #expect(first.apparaten[0].locatie?.coordinates == [4.2747, 52.1107], "GeoJSON order: longitude, latitude")
        }
    }

    @Test(arguments: ["pageSize=abc", "peildatum=2023-13-45", "klasse=kabel", "hoogRisico=misschien", "page=0",
                      "pageSize=100000", "land=China", "onbekend=1"])
    func invalidValuesAreA400ProblemNamingTheKey(_ query: String) async throws {
        try await withApp { client in
            let (status, headers, body) = try await get(client, "/v1/apparaten?\(query)")
            #expect(status == .badRequest)
            #expect(headers[.contentType] == "application/problem+json")
            let problem = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            #expect(problem?["status"] as? Int == 400)
            let names = (problem?["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names == [String(query.split(separator: "=")[0])])
        }
    }

    @Test func oneDeviceAndItsAbsenceAndTheHouseRules() async throws {
        try await withApp { client in
            let (status, headers, body) = try await get(client, "/v1/apparaten/sw-1?peildatum=2021-01-01")
            #expect(status == .ok)
            #expect(headers.first { $0.name.canonicalName == "api-version" }?.value == HerkomstAPI.version)
            #expect(headers[.xContentTypeOptions] == "nosniff")
            let device = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            #expect(device?["status"] as? String == "actief")
            #expect(device?["herkomst"] is NSNull, "unknown until attributed: explicit null")
            let (missing, _, _) = try await get(client, "/v1/apparaten/bestaat-niet")
            #expect(missing == .notFound)
            let (slash, _, _) = try await get(client, "/v1/apparaten/")
            #expect(slash == .notFound)
            let (health, _, _) = try await get(client, "/health")
            #expect(health == .ok)
        }
    }

    @Test func theOverviewPageCountsPerOrganisationAndClass() async throws {
        try await withApp { client in
            let (status, headers, body) = try await get(client, "/?peildatum=2021-06-30")
            let html = String(decoding: body, as: UTF8.self)
            #expect(status == .ok)
            #expect(headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(html.contains("<th scope=\"row\">veiligheidsregio-haaglanden</th>"))
            #expect(html.contains("Apparaten die op 2021-06-30 bekend waren (6)"))
        }
    }
}
