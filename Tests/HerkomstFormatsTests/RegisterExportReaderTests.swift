import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("Amsterdam sensor register, NetBox and CycloneDX")
struct RegisterExportReaderTests {
    @Test("Amsterdam iot-api devices: reference, type, goals with legal ground, personal data, owner, location")
    func amsterdam() throws {
        let result = try AmsterdamRegisterReader(allowAbroad: false)
            .read(ReaderFixtures.data("amsterdam/sensorenregister-devices.json"), file: "iot.json")
        #expect(result.problems.isEmpty)
        #expect(result.records.map { $0.externalIDs["amsterdam"] } == ["CMSA-GAWW-16", "GGD-LML-544", "MZ-ANPR-0031"])
        #expect(result.records.map(\.deviceClass) == [.camera, .sensor, .camera])

        let crowd = result.records[0]
        #expect(crowd.owner == "Gemeente Amsterdam")
        #expect(crowd.point == GeoPoint(longitude: 4.8926, latitude: 52.3731))
        #expect(crowd.address == "Dam, lantaarnpaal 12")
        #expect(crowd.district == "Centrum")
        #expect(crowd.removed == Day("2026-12-31"))
        #expect(crowd.visibility == .openbaar)
        #expect(crowd.purpose == Purpose(description: "Drukte meten op de Dam", legalGround: .publiekeTaak,
                                         personalData: true, dataCategories: ["Mobiliteit: voetganger", "Veiligheid"]))
        #expect(crowd.origin == RecordOrigin(file: "iot.json", line: 9, element: "results[0]"))
        // The contact person is personal data: not kept anywhere.
        #expect(!crowd.unmapped.values.contains { $0.contains("de Vries") || $0.contains("@") })

        #expect(result.records[1].purpose?.legalGround == .wettelijkeVerplichting)
        #expect(result.records[1].purpose?.personalData == false)
        #expect(result.records[2].purpose?.description == "Handhaving milieuzone; Reistijdmeting")
    }

    @Test("Amsterdam: a plain list works too; bad coordinates and missing references are named")
    func amsterdamInvalid() throws {
        let json = """
        [
          {"reference": "A-1", "type": "Geluidsensor", "location": {"latitude": 4.89, "longitude": 52.37}},
          {"type": "Beacon", "location": {"latitude": 52.37, "longitude": 4.89}},
          {"reference": "A-3", "type": "Beacon", "contains_pi_data": "misschien"}
        ]
        """
        let result = try AmsterdamRegisterReader().read(Data(json.utf8), file: "lijst.json")
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.field) == ["latitude", "reference", "contains_pi_data"])
        #expect(result.problems[0].message.contains("verwisseld"))
        #expect(result.problems.map(\.line) == [2, 3, 4])
    }

    @Test("NetBox devices: nested maker and model, tenant, site, prefix-less IPs, status, custom fields")
    func netbox() throws {
        let result = try NetBoxReader().read(ReaderFixtures.data("netbox/dcim-devices-page1.json"), file: "devices.json")
        #expect(result.problems.isEmpty)
        #expect(result.records.map { $0.externalIDs["netbox"] } == ["17", "23", "31"])

        let sw = result.records[0]
        #expect(sw.manufacturer == "HPE")
        #expect(sw.model == "5130-24G-4SFP+ EI")
        #expect(sw.deviceClass == .switch)
        #expect(sw.hostname == "gem-dh-acc-sw-114")
        #expect(sw.serialNumber == "CN79G4Q0RX")
        #expect(sw.owner == "Gemeente Den Haag")
        #expect(sw.supplier == "KPN")
        #expect(sw.installed == Day("2020-03-12"))
        #expect(sw.vital == true)
        #expect(sw.status == .actief)
        #expect(sw.ipAddresses == ["10.40.7.14"])
        #expect(sw.address == "Stadhuis Spui, MER verdieping 3")
        #expect(sw.point == GeoPoint(longitude: 4.316941, latitude: 52.077102))
        #expect(sw.externalIDs["asset"] == "DH-IT-004411")
        #expect(sw.unmapped["custom_fields.contractnummer"] == "KPN-2019-0442")
        #expect(sw.unmapped["platform"] == "Comware 7")
        #expect(sw.origin.element == "results[0] (gem-dh-acc-sw-114)")

        let router = result.records[1]
        #expect(router.deviceClass == .router)
        #expect(router.ipAddresses == ["10.99.0.1", "2001:db8:99::1"])
        #expect(router.status == nil)
        #expect(router.unmapped["status"] == "decommissioning")
        #expect(router.point == nil)

        let camera = result.records[2]
        #expect(camera.deviceClass == .camera, "older NetBox calls the role device_role")
        #expect(camera.status == .gepland)
        #expect(camera.macAddresses.map(\.description) == ["AC:CC:8E:0A:1B:2C"])
        #expect(camera.purpose == Purpose(description: "Toezicht boulevard", legalGround: .publiekeTaak, personalData: true))
    }

    @Test("NetBox: latitude out of range names the field and the device")
    func netboxInvalid() throws {
        let json = #"{"results": [{"id": 5, "name": "sw-x", "latitude": 91.0, "longitude": 4.3, "primary_ip4": {"address": "10.0.0.300/24"}}]}"#
        let result = try NetBoxReader().read(Data(json.utf8), file: "nb.json")
        #expect(result.records.isEmpty)
        #expect(Set(result.problems.map(\.field)) == ["primary_ip4", "latitude"])
        #expect(result.problems.allSatisfy { $0.message.contains("results[0] (sw-x)") })
        #expect(inputProblem { _ = try NetBoxReader().read(Data(#"{"count": 0}"#.utf8), file: "nb.json") }?.field == "results")
    }

    @Test("CycloneDX HBOM: devices with maker, supplier, serial, MAC; parts as evidence; software skipped")
    func cyclonedx() throws {
        let result = try CycloneDXReader().read(ReaderFixtures.data("cyclonedx/hbom-cameras.cdx.json"), file: "hbom.json")
        #expect(result.problems.isEmpty)
        #expect(result.records.count == 2)
        let camera = result.records[0]
        #expect(camera.manufacturer == "Mobotix AG")
        #expect(camera.supplier == "Beveiligingstechniek Haaglanden B.V.")
        #expect(camera.model == "M73 IP-camera")
        #expect(camera.serialNumber == "10.7.1.201")
        #expect(camera.macAddresses.map(\.description) == ["00:03:C5:1A:2B:3C"])
        #expect(camera.firmware == "MX-V5.2.4.18")
        #expect(camera.ipAddresses == ["10.20.40.31"])
        #expect(camera.deviceClass == .camera)
        #expect(camera.externalIDs["cyclonedx"] == "cam-ll-0031")
        #expect(camera.evidence.map(\.value) == ["cpe:2.3:h:mobotix:m73:-:*:*:*:*:*:*:*"])
        #expect(camera.unmapped["inkoop:ordernummer"] == "PO-2024-1187")

        let sensor = result.records[1]
        #expect(sensor.deviceClass == .sensor)
        #expect(sensor.manufacturer == "Sensorfabriek Delft B.V.")
        #expect(sensor.evidence.map(\.value) == ["onderdeel ESP32-C3-MINI-1 van Espressif Systems"])
    }

    @Test("CycloneDX: not a BOM, an unknown version, a bad MAC")
    func cyclonedxInvalid() throws {
        #expect(inputProblem { _ = try CycloneDXReader().read(Data(#"{"bomFormat": "SPDX"}"#.utf8), file: "b.json") }?
            .field == "bomFormat")
        #expect(inputProblem {
            _ = try CycloneDXReader().read(Data(#"{"bomFormat": "CycloneDX", "specVersion": "1.2"}"#.utf8), file: "b.json")
        }?.field == "specVersion")
        let badMAC = #"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "device", "name": "x", "properties": [{"name": "cdx:device:macAddress", "value": "zz:zz"}]}]}"#
        let result = try CycloneDXReader().read(Data(badMAC.utf8), file: "b.json")
        #expect(result.records.isEmpty)
        #expect(result.problems.first?.field == "cdx:device:macAddress")
    }
}
