import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("OpenStreetMap")
struct OSMReaderTests {
    @Test("Overpass JSON: surveillance nodes and ways with their tags; guards and benches are no devices")
    func overpass() throws {
        let result = try OverpassJSONReader().read(ReaderFixtures.data("osm/overpass-surveillance-den-haag.json"),
                                                   file: "overpass.json")
        #expect(result.problems.isEmpty)
        #expect(result.records.map { $0.externalIDs["osm"] } == ["node/4512338801", "node/9923100412", "way/733001245"])

        let town = result.records[0]
        #expect(town.deviceClass == .camera)
        #expect(town.point == GeoPoint(longitude: 4.3127310, latitude: 52.0801347))
        #expect(town.mount == "wall")
        #expect(town.direction == 210)
        #expect(town.operatorOrganisation == "Gemeente Den Haag")
        #expect(town.owner == "Gemeente Den Haag", "the operator answers for it when no owner is tagged")
        #expect(town.externalIDs["ref"] == "DH-CTR-118")
        #expect(town.installed == Day("2017-01-01"))
        #expect(town.purpose?.description == "Cameratoezicht: toezicht op public, zone town")
        #expect(town.unmapped["camera:type"] == "fixed")
        #expect(town.origin.line == 9)

        let alpr = result.records[1]
        #expect(alpr.manufacturer == "Hikvision")
        #expect(alpr.model == "iDS-TCM203-A")
        #expect(alpr.purpose?.description.hasPrefix("Cameratoezicht: kentekenherkenning") == true)
        #expect(alpr.unmapped["manufacturer:wikidata"] == "Q5750986")

        let way = result.records[2]
        #expect(way.point == GeoPoint(longitude: 4.3001288, latitude: 52.0702611), "Overpass's centre of the way")
        #expect(way.installed == Day("2020-09-01"))
    }

    @Test("OSM XML: nodes, a way at the average of its nodes, end dates")
    func osmXML() throws {
        let result = try OSMXMLReader().read(ReaderFixtures.data("osm/surveillance-scheveningen.osm"), file: "sch.osm")
        #expect(result.problems.isEmpty)
        #expect(result.records.map { $0.externalIDs["osm"] } == ["node/3301001", "way/44001"])
        let lamp = result.records[0]
        #expect(lamp.brand == "Hikvision")
        #expect(lamp.mount == "street_lamp")
        #expect(lamp.installed == Day("2019-07-01"))
        #expect(lamp.removed == Day("2023-02-28"))
        #expect(lamp.origin == RecordOrigin(file: "sch.osm", line: 4, element: "node/3301001"))
        let way = try #require(result.records[1].point)
        #expect(abs(way.latitude - 52.1090300) < 1e-6 && abs(way.longitude - 4.2760133) < 1e-6)
        #expect(result.records[1].operatorOrganisation == "Rijkswaterstaat")
    }

    @Test("bad tags and coordinates are named; a wrong root is refused")
    func invalid() throws {
        let json = """
        {"elements": [
          {"type": "node", "id": 1, "lat": 91.5, "lon": 4.3, "tags": {"man_made": "surveillance"}},
          {"type": "node", "id": 2, "lat": 52.1, "lon": 4.3, "tags": {"man_made": "surveillance", "start_date": "ooit"}},
          {"type": "node", "id": 3, "lat": 52.1, "lon": 4.3, "tags": {"man_made": "surveillance", "camera:direction": "boven"}}
        ]}
        """
        let result = try OverpassJSONReader().read(Data(json.utf8), file: "o.json")
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.field) == ["latitude", "start_date", "camera:direction"])
        #expect(result.problems.map(\.line) == [2, 3, 4])
        #expect(result.problems[0].message.contains("node/1"))

        let wrongRoot = "<?xml version=\"1.0\"?><gpx><wpt lat=\"52\" lon=\"4\"/></gpx>"
        #expect(inputProblem { _ = try OSMXMLReader().read(Data(wrongRoot.utf8), file: "r.gpx") }?.field == "gpx")
        #expect(inputProblem { _ = try OverpassJSONReader().read(Data("{\"version\": 0.6}".utf8), file: "o.json") }?
            .field == "elements")
    }

    @Test("hostile OSM XML is refused by the shared guard")
    func hostile() {
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE osm [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<osm>&x;</osm>"
        let problem = inputProblem { _ = try OSMXMLReader().read(Data(xxe.utf8), file: "x.osm") }
        #expect(problem?.line == 2)
        #expect(["DOCTYPE", "<!ENTITY"].contains(problem?.field ?? ""))
    }
}
