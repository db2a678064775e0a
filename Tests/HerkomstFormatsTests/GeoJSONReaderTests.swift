import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("GeoJSON")
struct GeoJSONReaderTests {
    let reader = GeoJSONReader()

    func read(_ json: String, allowAbroad: Bool = false) throws -> ReadResult {
        try GeoJSONReader(allowAbroad: allowAbroad).read(Data(json.utf8), file: "punten.geojson")
    }

    @Test("Dutch, English and OSM-style properties of a realistic camera map")
    func cameraMap() throws {
        let result = try reader.read(ReaderFixtures.data("geojson/cameras-den-haag.geojson"), file: "cameras.geojson")
        #expect(result.problems.isEmpty)
        #expect(result.records.count == 4)

        let bosch = result.records[0]
        #expect(bosch.origin == RecordOrigin(file: "cameras.geojson", line: 6, element: "features[0]"))
        #expect(bosch.brand == "Bosch")
        #expect(bosch.model == "FLEXIDOME IP 5000i")
        #expect(bosch.serialNumber == "044512873203010021")
        #expect(bosch.macAddresses.map(\.description) == ["00:07:5F:8A:12:34"])
        #expect(bosch.ipAddresses == ["10.20.31.12"])
        #expect(bosch.owner == "Gemeente Den Haag")
        #expect(bosch.operatorOrganisation == "Politie Eenheid Den Haag")
        #expect(bosch.purpose == Purpose(description: "Cameratoezicht openbare orde (art. 151c Gemeentewet)",
                                         legalGround: .publiekeTaak, personalData: true))
        #expect(bosch.installed == Day("2018-04-16"))
        #expect(bosch.district == "Centrum")
        #expect(bosch.address == "Grote Markt 1")
        #expect(bosch.direction == 135)
        #expect(bosch.deviceClass == .camera)
        #expect(bosch.point == GeoPoint(longitude: 4.31309, latitude: 52.07712))
        #expect(bosch.externalIDs["geojson"] == "cam-ctr-0012")
        #expect(bosch.unmapped == ["Opmerking": "paal 3, tegenover tramhalte"])

        let hik = result.records[1]
        #expect(hik.brand == "Hikvision")
        #expect(hik.serialNumber == "G12345678")
        #expect(hik.installed == Day("2019-06-03"))
        #expect(hik.removed == Day("2022-11-15"))
        #expect(hik.status == .verwijderd)
        #expect(hik.point == GeoPoint(longitude: 4.27501, latitude: 52.11032), "the height is dropped")

        let osm = result.records[2]
        #expect(osm.deviceClass == .camera)
        #expect(osm.manufacturer == "Axis")
        #expect(osm.mount == "pole")
        #expect(osm.direction == 45)
        #expect(osm.operatorOrganisation == "Gemeente Den Haag")
        #expect(osm.owner == "Gemeente Den Haag")
        #expect(osm.externalIDs["osm"] == "node/8123456701")
        #expect(osm.purpose?.description == "Cameratoezicht: toezicht op public, zone traffic")
        #expect(osm.evidence.map(\.value).contains("manufacturer:wikidata=Q786786"))

        let sensor = result.records[3]
        #expect(sensor.deviceClass == .sensor)
        #expect(sensor.manufacturer == "Libelium")
        #expect(sensor.model == "Smart Environment PRO")
        #expect(sensor.connectivity == [.lora])
        #expect(sensor.purpose == Purpose(description: "Meten van fijnstof", personalData: false))
        #expect(sensor.point == nil)
    }

    @Test("latitude 91 is refused, naming the field, the feature and its line")
    func latitudeOutOfRange() throws {
        let json = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"merk": "Axis"}, "geometry": {"type": "Point", "coordinates": [4.3, 52.1]}},
          {"type": "Feature", "properties": {"merk": "Axis"},
           "geometry": {"type": "Point", "coordinates": [4.3, 91]}}
        ]}
        """
        let result = try read(json)
        #expect(result.records.count == 1)
        let problem = try #require(result.problems.first)
        #expect(problem.field == "latitude")
        #expect(problem.line == 4)
        #expect(problem.message.contains("features[1]"))
        #expect(problem.message.contains("91"))
    }

    @Test("swapped coordinates and points abroad are named; --allow-abroad lets the latter in")
    func swappedAndAbroad() throws {
        let swapped = #"{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [52.08, 4.31]}}"#
        #expect(try read(swapped).problems.first?.message.contains("verwisseld") == true)
        let paris = #"{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [2.35, 48.85]}}"#
        #expect(try read(paris).problems.first?.message.contains("buiten Nederland") == true)
        #expect(try read(paris, allowAbroad: true).records.first?.point == GeoPoint(longitude: 2.35, latitude: 48.85))
    }

    @Test("bad values, other geometries and other coordinate systems are refused with the place")
    func invalid() throws {
        let badDate = #"{"type": "Feature", "properties": {"geplaatst": "2023-13-45"}, "geometry": null}"#
        let p1 = try #require(try read(badDate).problems.first)
        #expect(p1.field == "geplaatst")
        #expect(p1.message.contains("'2023-13-45' is geen geldige datum"))

        let line = #"{"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[4.3, 52.1], [4.4, 52.1]]}}"#
        #expect(try read(line).problems.first?.field == "geometry")

        let rd = #"{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}, "features": []}"#
        #expect(inputProblem { _ = try read(rd) }?.field == "crs")

        let notGeo = #"{"type": "Topology", "objects": {}}"#
        #expect(inputProblem { _ = try read(notGeo) }?.field == "type")

        let mac = #"{"type": "Feature", "properties": {"mac": "00:11:22:33:44"}, "geometry": null}"#
        #expect(try read(mac).problems.first?.message.contains("geen geldig MAC-adres") == true)
    }
}

@Suite("strict JSON parsing")
struct JSONParserTests {
    func parse(_ text: String, limits: ReaderLimits = .scan) throws -> JSONValue {
        try JSONParser(file: "x.json", limits: limits).parse(Data(text.utf8))
    }

    @Test("values, escapes and line numbers")
    func values() throws {
        let value = try parse("{\n \"a\": [1, -2.5e3, true, null],\n \"b\": {\"c\": \"\\u00e9\\ud83d\\ude00\\n\"}\n}")
        let object = try #require(value.object)
        #expect(object.line == 1)
        #expect(object["a"]?.line == 2)
        #expect(object["a"]?.array?.compactMap(\.text) == ["1", "-2.5e3", "true"])
        #expect(object.value(at: "b")?.line == 3)
        #expect(object.text("b", "c") == "é😀")
    }

    @Test("truncated, malformed, binary and too deep documents are refused with the line", arguments: [
        ("{\"features\": [\n{\"type\": \"Feature\",\n", 3, "niet afgesloten"),
        ("{\"a\": 1,}", 1, "verwacht een sleutel"),
        ("{\"a\": 01}", 1, "voorloopnul"),
        ("{\"a\": \"x\ny\"}", 1, "regeleinde binnen tekst"),
        ("[1, 2]\n[3]", 2, "nog inhoud"),
        ("{\"a\": NaN}", 1, "onverwacht teken"),
        ("\u{01}\u{02}garbage", 1, "binaire inhoud"),
    ])
    func refused(_ text: String, _ line: Int, _ words: String) {
        let problem = inputProblem { _ = try parse(text) }
        #expect(problem?.line == line, "\(text)")
        #expect(problem?.message.contains(words) == true, "\(problem?.message ?? "geen fout") ∌ \(words)")
    }

    @Test("deep nesting fails fast at the limit")
    func deep() {
        let text = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let started = Date()
        let problem = inputProblem { _ = try parse(text) }
        #expect(problem?.message.contains("dieper genest dan 64") == true)
        #expect(Date().timeIntervalSince(started) < 1)
    }
}
