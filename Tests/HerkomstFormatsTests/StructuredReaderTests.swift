import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("GeoJSON, OSM, sensor register, NetBox and CycloneDX readers")
struct StructuredReaderTests {
    @Test("GeoJSON: Dutch and English properties, OSM tags, points in CRS84, features without geometry")
    func geoJSON() throws {
        let result = try GeoJSONReader().read(Fixture.data("cameras-den-haag.geojson"), fileName: "cams.geojson")
        #expect(result.problems.isEmpty)
        try #require(result.records.count == 3)
        let hik = result.records[0]
        #expect(hik.origin == RecordOrigin(file: "cams.geojson", element: "features[0]"))
        #expect(hik.brand == "Hikvision")
        #expect(hik.model == "DS-2CD2386G2-IU")
        #expect(hik.serialNumber == "DS-2CD2386G2-IU20210611AAWRG12345678")
        #expect(hik.macAddresses.map(\.description) == ["BC:AD:28:A1:C2:D3"])
        #expect(hik.ipAddresses == ["10.40.12.31"])
        #expect(hik.owner == "Gemeente Den Haag")
        #expect(hik.operatorOrganisation == "Veiligheidsregio Haaglanden")
        #expect(hik.purpose == Purpose(description: "Cameratoezicht openbare orde boulevard", legalGround: .publiekeTaak, personalData: true))
        #expect(hik.installed == Day("2019-05-14"))
        #expect(hik.removed == Day("2022-11-30"))
        #expect(hik.district == "Scheveningen")
        #expect(hik.direction == 285)
        #expect(hik.point == GeoPoint(longitude: 4.2771, latitude: 52.1107))
        #expect(hik.externalIDs["geojson"] == "cam-0412")
        #expect(hik.unmapped["Opmerking"] == "Living Lab Scheveningen")

        let axis = result.records[1]
        #expect(axis.deviceClass == .camera)
        #expect(axis.mount == "pole")
        #expect(axis.direction == 315)
        #expect(axis.installed == Day("2021-01-01"))
        #expect(axis.status == .actief)
        #expect(axis.macAddresses.count == 2)
        #expect(axis.purpose?.description == "cameratoezicht, zone town")
        #expect(axis.unmapped["surveillance"] == "public")

        let sensor = result.records[2]
        #expect(sensor.deviceClass == .sensor)
        #expect(sensor.manufacturer == "Sensirion")
        #expect(sensor.point == nil)
        #expect(sensor.vital == false)
    }

    @Test("GeoJSON: coordinates out of range, a bad MAC and a bad date are problems naming the field")
    func geoJSONProblems() throws {
        let json = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [155000, 463000]}, "properties": {"merk": "Axis"}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [4.3, 52.1]}, "properties": {"mac": "zz:11", "geplaatst": "31-02-2020"}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [4.3, 52.1]}, "properties": {"merk": "Bosch"}}
        ]}
        """
        let result = try GeoJSONReader().read(Data(json.utf8), fileName: "rd.geojson")
        #expect(result.records.map(\.brand) == ["Bosch"])
        let fields = result.problems.map { $0.field ?? "" }
        #expect(fields == ["features[0].geometry.coordinates", "features[0].geometry.coordinates",
                           "features[1].geplaatst", "features[1].mac"])
        #expect(result.problems[0].message.contains("breedtegraad 463000"))
        #expect(result.problems.allSatisfy { $0.file == "rd.geojson" })
    }

    @Test("GeoJSON in another CRS is refused rather than misplaced")
    func geoJSONOtherCRS() throws {
        let json = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[]}"#
        let problem = try #require(throws: InputProblem.self) { try GeoJSONReader().read(Data(json.utf8), fileName: "rd.geojson") }
        #expect(problem.field == "crs")
    }

    @Test("Overpass JSON: surveillance nodes and ways with centre, OSM ids, tags mapped; other elements skipped")
    func overpass() throws {
        let result = try OverpassJSONReader().read(Fixture.data("overpass-surveillance-den-haag.json"), fileName: "overpass.json")
        #expect(result.problems.isEmpty)
        try #require(result.records.map { $0.externalIDs["osm"] } == ["node/4426201234", "node/4426201235", "way/98765"])
        let dahua = result.records[0]
        #expect(dahua.manufacturer == "Dahua")
        #expect(dahua.model == "SD49425XB-HNR")
        #expect(dahua.operatorOrganisation == "Gemeente Den Haag")
        #expect(dahua.direction == 135)
        #expect(dahua.mount == "pole")
        #expect(dahua.installed == Day("2020-06-01"))
        #expect(dahua.externalIDs["bron"] == "DH-CAM-0217")
        #expect(dahua.externalIDs["wikidata:manufacturer"] == "Q5208823")
        #expect(dahua.point == GeoPoint(longitude: 4.3126, latitude: 52.0780))
        #expect(dahua.deviceClass == .camera)
        #expect(dahua.unmapped["camera:type"] == "dome")
        #expect(result.records[1].deviceClass == .camera, "ALPR is a camera")
        #expect(result.records[2].point == GeoPoint(longitude: 4.2990, latitude: 52.0712))
    }

    @Test("OSM XML: records point back to the element's line; a way without centre has no point")
    func osmXML() throws {
        let result = try OSMXMLReader().read(Fixture.data("osm-surveillance.osm"), fileName: "josm.osm")
        #expect(result.problems.isEmpty)
        try #require(result.records.count == 2)
        #expect(result.records[0].origin.line == 4)
        #expect(result.records[0].manufacturer == "Bosch")
        #expect(result.records[0].mount == "wall")
        #expect(result.records[0].installed == Day("2018-09-01"))
        #expect(result.records[1].externalIDs["osm"] == "way/98765")
        #expect(result.records[1].point == nil)
    }

    @Test("Amsterdam sensor register: reference, type, goals with legal ground, personal data, owner organisation only")
    func amsterdam() throws {
        let result = try AmsterdamSensorRegisterReader().read(Fixture.data("sensorenregister-amsterdam.json"), fileName: "iot.json")
        #expect(result.problems.isEmpty)
        try #require(result.records.count == 2)
        let camera = result.records[0]
        #expect(camera.externalIDs["amsterdam"] == "GVB-CAM-0031")
        #expect(camera.deviceClass == .camera)
        #expect(camera.owner == "GVB")
        #expect(camera.purpose == Purpose(description: "Sociale veiligheid op het perron", legalGround: .publiekeTaak, personalData: true))
        #expect(camera.point == GeoPoint(longitude: 4.9003, latitude: 52.3789))
        #expect(camera.removed == Day("2030-12-31"))
        #expect(camera.district == "Centrum")
        #expect(camera.address == "Perron 2, metrostation Centraal")
        #expect(camera.visibility == .openbaar)
        #expect(camera.unmapped["themes"] == "Veiligheid; Mobiliteit: auto")
        #expect(!camera.unmapped.values.contains { $0.contains("example.org") || $0.contains("Jansen") })

        let sound = result.records[1]
        #expect(sound.deviceClass == .sensor)
        #expect(sound.purpose?.legalGround == nil)
        #expect(sound.purpose?.personalData == false)
        #expect(sound.unmapped["observation_goals[0].legal_ground"] == "Verkeersmanagement in de rol van wegbeheerder.")
    }

    @Test("NetBox: nested manufacturer and model, role as class, tenant as owner, IP without prefix, custom fields")
    func netBox() throws {
        let result = try NetBoxReader().read(Fixture.data("netbox-devices.json"), fileName: "netbox.json")
        #expect(result.problems.isEmpty)
        try #require(result.records.count == 2)
        let switchRecord = result.records[0]
        #expect(switchRecord.externalIDs["netbox"] == "17")
        #expect(switchRecord.hostname == "vrh-dc1-acc-sw07")
        #expect(switchRecord.manufacturer == "Huawei")
        #expect(switchRecord.model == "S5735-L24T4S-A1")
        #expect(switchRecord.deviceClass == .switch)
        #expect(switchRecord.owner == "Veiligheidsregio Haaglanden")
        #expect(switchRecord.ipAddresses == ["10.12.0.7"])
        #expect(switchRecord.status == .actief)
        #expect(switchRecord.point == GeoPoint(longitude: 4.3007, latitude: 52.0705))
        #expect(switchRecord.procured == Day("2020-02-14"))
        #expect(switchRecord.installed == Day("2020-03-02"))
        #expect(switchRecord.vital == true)
        #expect(switchRecord.supplier == "KPN")
        #expect(switchRecord.macAddresses.map(\.description) == ["00:E0:FC:8A:3B:01"])
        #expect(switchRecord.address == "Meldkamer Den Haag, Serverruimte 1")

        let firewall = result.records[1]
        #expect(firewall.deviceClass == .firewall)
        #expect(firewall.owner == nil)
        #expect(firewall.status == .gepland)
        #expect(firewall.point == nil)
    }

    @Test("CycloneDX HBOM: devices at any depth, properties, firmware child; libraries ignored")
    func cycloneDX() throws {
        let result = try CycloneDXReader().read(Fixture.data("hbom-kruispunt.cdx.json"), fileName: "k12.cdx.json")
        #expect(result.problems.isEmpty)
        try #require(result.records.map(\.model) == ["IPC-HFW5442E-ZE", "Swarco ITC-3", "RUT240"])
        let camera = result.records[0]
        #expect(camera.manufacturer == "Zhejiang Dahua Technology Co., Ltd.")
        #expect(camera.supplier == "Verkeerstechniek BV")
        #expect(camera.serialNumber == "7J0A1B2PAZ00001")
        #expect(camera.macAddresses.map(\.description) == ["E0:50:8B:11:22:33"])
        #expect(camera.ipAddresses == ["10.50.3.21"])
        #expect(camera.firmware == "V2.840.0000000.5.R")
        #expect(camera.owner == "Gemeente Den Haag")
        #expect(camera.deviceClass == .camera)
        #expect(camera.origin.element == "components[0]")
        let modem = result.records[2]
        #expect(modem.origin.element == "components[2].components[0]")
        #expect(modem.connectivity == [.mobiel])
    }

    @Test("a bad MAC in a CycloneDX property names the property")
    func cycloneDXBadMAC() throws {
        let json = #"{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"device","name":"X","properties":[{"name":"cdx:device:macAddress","value":"00:11"}]}]}"#
        let result = try CycloneDXReader().read(Data(json.utf8), fileName: "x.json")
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.field) == ["components[0].properties[0]"])
    }
}
