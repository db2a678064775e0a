import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("Format detection and the import readers")
struct FormatDetectorTests {
    @Test("every fixture is recognised by its content, whatever its name", arguments: [
        ("nmap-five-devices.xml", ImportFormat.nmap),
        ("bosch-flexidome-5100i-GetDeviceInformation.xml", .onvif),
        ("onvif-probematches-two-cameras.xml", .onvif),
        ("osm-surveillance.osm", .osm),
        ("overpass-surveillance-den-haag.json", .osm),
        ("cameras-den-haag.geojson", .geojson),
        ("sensorenregister-amsterdam.json", .amsterdam),
        ("netbox-devices.json", .netbox),
        ("hbom-kruispunt.cdx.json", .cyclonedx),
        ("huawei-s5735-switch.snmprec", .snmprec),
        ("cisco-c9200-switch.snmpwalk", .snmpwalk),
    ])
    func detect(fixture: String, expected: ImportFormat) throws {
        let file = ImportFile(name: "upload.bin", data: try Fixture.data(fixture))
        #expect(try FormatDetector.detect(file) == expected)
    }

    @Test("a ZIP container is a spreadsheet; text with separators is CSV; unknown JSON is refused")
    func otherContent() throws {
        #expect(try FormatDetector.detect(ImportFile(name: "a", data: Data([0x50, 0x4B, 0x03, 0x04, 0, 0]))) == .xlsx)
        #expect(try FormatDetector.detect(ImportFile(name: "a", data: Data("merk;model\nAxis;P1\n".utf8))) == .csv)
        let problem = try #require(throws: InputProblem.self) {
            try FormatDetector.detect(ImportFile(name: "x.json", data: Data(#"{"hello": "world"}"#.utf8)))
        }
        #expect(problem.message.contains("--format"))
    }

    @Test("scans become import records carrying their evidence, one per host")
    func scanAsRecords() throws {
        let file = ImportFile(name: "scan.xml", data: try Fixture.data("nmap-five-devices.xml"))
        let result = try ImportReaders.read(file, format: .auto, options: ImportOptions())
        try #require(result.records.count == 5)
        let first = result.records[0]
        #expect(first.origin == RecordOrigin(file: "scan.xml", element: "host 10.231.8.21"))
        #expect(first.macAddresses.map(\.description) == ["C0:56:E3:10:20:30"])
        #expect(first.evidence.contains { $0.kind == .wwwAuthenticate })
    }

    @Test("an ONVIF discovery answer becomes records with endpoint identities")
    func onvifAsRecords() throws {
        let file = ImportFile(name: "probe.xml", data: try Fixture.data("onvif-probematches-two-cameras.xml"))
        let result = try ImportReaders.read(file, format: .onvif, options: ImportOptions())
        try #require(result.records.map(\.endpointID) == ["urn:uuid:4c7a1e00-7cf4-11ee-8000-bcad28a1c2d3", "urn:uuid:a7c6e5d4-0b1a-4f2e-8d3c-accc8e0f1a2b"])
        #expect(result.records[0].origin.element == "ProbeMatch 1")
    }
}
