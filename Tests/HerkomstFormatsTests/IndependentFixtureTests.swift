import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

/// The import readers on sample files written independently of them (root of `Fixtures/`), through the same
/// switch the importer uses: format decided from content, records checked field by field.
@Suite("Import readers on independently written samples")
struct IndependentFixtureTests {
    private func read(_ fixture: String) throws -> ReadResult {
        try ImportReaders.read(ImportFile(name: fixture, data: Fixture.data(fixture)), format: .auto, options: ImportOptions())
    }

    @Test("GeoJSON: Dutch and English properties and OSM tags, CRS84 points")
    func geoJSON() throws {
        let result = try read("cameras-den-haag.geojson")
        try #require(result.records.count >= 2)
        let hik = result.records[0]
        #expect(hik.brand == "Hikvision")
        #expect(hik.model == "DS-2CD2386G2-IU")
        #expect(hik.serialNumber == "DS-2CD2386G2-IU20210611AAWRG12345678")
        #expect(hik.macAddresses.map(\.description) == ["BC:AD:28:A1:C2:D3"])
        #expect(hik.ipAddresses == ["10.40.12.31"])
        #expect(hik.owner == "Gemeente Den Haag")
        #expect(hik.operatorOrganisation == "Veiligheidsregio Haaglanden")
        #expect(hik.purpose?.legalGround == .publiekeTaak)
        #expect(hik.purpose?.personalData == true)
        #expect(hik.installed == Day("2019-05-14"))
        #expect(hik.removed == Day("2022-11-30"))
        #expect(hik.district == "Scheveningen")
        #expect(hik.direction == 285)
        #expect(hik.point == GeoPoint(longitude: 4.2771, latitude: 52.1107))

        let axis = result.records[1]
        #expect(axis.brand == "Axis")
        #expect(axis.deviceClass == .camera)
        #expect(axis.mount == "pole")
        #expect(axis.macAddresses.count == 2)
        #expect(axis.status == .actief)
    }

    @Test("Overpass JSON: surveillance nodes and a way with its centre, OSM ids and tags")
    func overpass() throws {
        let result = try read("overpass-surveillance-den-haag.json")
        #expect(result.problems.isEmpty)
        try #require(result.records.map { $0.externalIDs["osm"] } == ["node/4426201234", "node/4426201235", "way/98765"])
        let dahua = result.records[0]
        #expect(dahua.manufacturer == "Dahua" || dahua.brand == "Dahua")
        #expect(dahua.model == "SD49425XB-HNR")
        #expect(dahua.operatorOrganisation == "Gemeente Den Haag")
        #expect(dahua.direction == 135)
        #expect(dahua.mount == "pole")
        #expect(dahua.point == GeoPoint(longitude: 4.3126, latitude: 52.0780))
        #expect(dahua.deviceClass == .camera)
        #expect(result.records[2].point == GeoPoint(longitude: 4.2990, latitude: 52.0712))
    }

    @Test("OSM XML: records point back to their element's line")
    func osmXML() throws {
        let result = try read("osm-surveillance.osm")
        #expect(result.problems.isEmpty)
        try #require(result.records.count == 2)
        #expect(result.records[0].origin.line == 4)
        #expect(result.records[0].mount == "wall")
        #expect(result.records[0].installed == Day("2018-09-01"))
        #expect(result.records[1].externalIDs["osm"] == "way/98765")
    }

    @Test("Amsterdam register: reference, class from type, goal with its ground, owner organisation, no personal contact data")
    func amsterdam() throws {
        let result = try read("sensorenregister-amsterdam.json")
        #expect(result.problems.isEmpty)
        try #require(result.records.count == 2)
        let camera = result.records[0]
        #expect(camera.externalIDs["amsterdam"] == "GVB-CAM-0031")
        #expect(camera.deviceClass == .camera)
        #expect(camera.owner == "GVB")
        #expect(camera.purpose?.legalGround == .publiekeTaak)
        #expect(camera.purpose?.personalData == true)
        #expect(camera.point == GeoPoint(longitude: 4.9003, latitude: 52.3789))
        #expect(!camera.unmapped.values.contains { $0.contains("example.org") || $0.contains("Jansen") })
        #expect(result.records[1].deviceClass == .sensor)
        #expect(result.records[1].purpose?.personalData == false)
    }

    @Test("NetBox: nested manufacturer and model, role, tenant, primary IP without prefix, custom fields")
    func netBox() throws {
        let result = try read("netbox-devices.json")
        #expect(result.problems.isEmpty)
        try #require(result.records.count == 2)
        let sw = result.records[0]
        #expect(sw.externalIDs["netbox"] == "17")
        #expect(sw.hostname == "vrh-dc1-acc-sw07")
        #expect(sw.manufacturer == "Huawei" || sw.brand == "Huawei")
        #expect(sw.model == "S5735-L24T4S-A1")
        #expect(sw.deviceClass == .switch)
        #expect(sw.owner == "Veiligheidsregio Haaglanden")
        #expect(sw.ipAddresses == ["10.12.0.7"])
        #expect(sw.status == .actief)
        #expect(sw.point == GeoPoint(longitude: 4.3007, latitude: 52.0705))
        #expect(sw.procured == Day("2020-02-14"))
        #expect(sw.vital == true)
        #expect(sw.macAddresses.map(\.description) == ["00:E0:FC:8A:3B:01"])
        #expect(result.records[1].deviceClass == .firewall)
        #expect(result.records[1].status == .gepland)
    }

    @Test("CycloneDX HBOM: top-level devices, serial, MAC and IP properties, firmware child; nested parts as evidence")
    func cycloneDX() throws {
        let result = try read("hbom-kruispunt.cdx.json")
        #expect(result.problems.isEmpty)
        try #require(result.records.map(\.model) == ["IPC-HFW5442E-ZE", "Swarco ITC-3"])
        // The modem inside the controller cabinet is a part of it: its maker is evidence, not a device of its own.
        #expect(result.records[1].evidence.contains { $0.value.contains("RUT240") && $0.value.contains("Teltonika") })
        let camera = try #require(result.records.first)
        #expect(camera.manufacturer == "Zhejiang Dahua Technology Co., Ltd.")
        #expect(camera.serialNumber == "7J0A1B2PAZ00001")
        #expect(camera.macAddresses.map(\.description) == ["E0:50:8B:11:22:33"])
        #expect(camera.ipAddresses == ["10.50.3.21"])
        #expect(camera.firmware == "V2.840.0000000.5.R")
    }
}
