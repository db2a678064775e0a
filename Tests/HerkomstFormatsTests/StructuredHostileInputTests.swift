import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("Hostile input to the structured readers")
struct StructuredHostileInputTests {
    @Test("deeply nested JSON is refused before decoding, with its line")
    func deepJSON() throws {
        let json = "{\"type\": \"FeatureCollection\",\n\"features\": " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "}"
        let problem = try #require(throws: InputProblem.self) { try GeoJSONReader().read(Data(json.utf8), fileName: "deep.json") }
        #expect(problem.line == 2)
        #expect(problem.message.contains("genest"))
    }

    @Test("truncated JSON names the file and a line")
    func truncatedJSON() throws {
        let full = try Fixture.data("netbox-devices.json")
        let problem = try #require(throws: InputProblem.self) {
            try NetBoxReader().read(Data(full.prefix(full.count / 2)), fileName: "cut.json")
        }
        #expect(problem.file == "cut.json")
        #expect(problem.message.contains("ongeldige JSON"))
    }

    @Test("binary data is refused as binary")
    func binaryJSON() throws {
        let problem = try #require(throws: InputProblem.self) {
            try CycloneDXReader().read(Data([0x7B, 0x00, 0x01, 0x02]), fileName: "bin.json")
        }
        #expect(problem.message.contains("binair"))
    }

    @Test("OSM XML with an entity declaration is refused")
    func osmEntities() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE osm [<!ENTITY a \"aaaaaaaaaa\">]>\n<osm><node id=\"1\" lat=\"52\" lon=\"4\"><tag k=\"man_made\" v=\"&a;\"/></node></osm>"
        let problem = try #require(throws: InputProblem.self) { try OSMXMLReader().read(Data(xml.utf8), fileName: "e.osm") }
        #expect(problem.line == 2)
    }

    @Test("OSM coordinates out of range name the element")
    func osmOutOfRange() throws {
        let xml = "<osm><node id=\"9\" lat=\"152.0\" lon=\"4.3\"><tag k=\"man_made\" v=\"surveillance\"/></node></osm>"
        let result = try OSMXMLReader().read(Data(xml.utf8), fileName: "r.osm")
        #expect(result.records.isEmpty)
        #expect(result.problems.first?.field == "node/9.lat/lon")
        #expect(result.problems.first?.line == 1)
        #expect(result.problems.first?.message.contains("152") == true)
    }

    @Test("NetBox latitude out of range names the field and the device")
    func netBoxOutOfRange() throws {
        let json = #"{"results": [{"id": 3, "name": "x", "latitude": 95.5, "longitude": 4.3}]}"#
        let result = try NetBoxReader().read(Data(json.utf8), fileName: "n.json")
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.field) == ["results[0].latitude"])
    }

    @Test("Amsterdam locations: out of range is a problem; a pair swapped by the source is read swapped")
    func amsterdamLocations() throws {
        let json = #"[{"reference": "A", "location": {"latitude": 4.89, "longitude": 52.37}}, {"reference": "B", "location": {"latitude": 252.3, "longitude": 4.9}}]"#
        let result = try AmsterdamSensorRegisterReader().read(Data(json.utf8), fileName: "a.json")
        try #require(result.records.map { $0.externalIDs["amsterdam"] } == ["A"])
        #expect(result.records[0].point == GeoPoint(longitude: 4.89, latitude: 52.37))
        #expect(result.problems.map(\.field) == ["[1].location.latitude"])
    }

    @Test("size limits hold for JSON")
    func jsonSize() throws {
        let problem = try #require(throws: InputProblem.self) {
            try GeoJSONReader(limits: ReaderLimits(maximumBytes: 100)).read(try Fixture.data("cameras-den-haag.geojson"), fileName: "g.json")
        }
        #expect(problem.message.contains("100"))
    }
}
