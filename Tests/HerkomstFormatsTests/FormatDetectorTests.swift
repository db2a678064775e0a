import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("format detection and the import switch")
struct FormatDetectorTests {
    static let samples: [(String, ImportFormat, Int)] = [
        ("huawei-s5735-switch.snmprec", .snmprec, 1),
        ("cisco-c9200-switch.snmpwalk", .snmpwalk, 1),
        ("bosch-flexidome-5100i-GetDeviceInformation.xml", .onvif, 1),
        ("onvif-probematches-two-cameras.xml", .onvif, 2),
        ("nmap-five-devices.xml", .nmap, 5),
        ("geojson/cameras-den-haag.geojson", .geojson, 4),
        ("osm/overpass-surveillance-den-haag.json", .osm, 3),
        ("osm/surveillance-scheveningen.osm", .osm, 2),
        ("amsterdam/sensorenregister-devices.json", .amsterdam, 3),
        ("netbox/dcim-devices-page1.json", .netbox, 3),
        ("cyclonedx/hbom-cameras.cdx.json", .cyclonedx, 2),
    ]

    @Test("every sample is recognised by its content, whatever its name, and read to the expected records",
          arguments: samples)
    func detectAndRead(_ path: String, _ format: ImportFormat, _ count: Int) throws {
        // A misleading name: detection must not lean on the extension.
        let file = ImportFile(name: "upload.bin", data: try ReaderFixtures.data(path))
        #expect(try FormatDetector.detect(file) == format)
        let result = try ImportReaders.read(file, format: .auto, options: ImportOptions())
        #expect(result.problems.isEmpty)
        #expect(result.records.count == count)
        #expect(result.records.allSatisfy { $0.origin.file == "upload.bin" })
    }

    @Test("observed devices become records with their evidence and the maker they name")
    func observedRecords() throws {
        let file = ImportFile(name: "scan.xml", data: try ReaderFixtures.data("nmap-five-devices.xml"))
        let records = try ImportReaders.read(file, format: .nmap, options: ImportOptions()).records
        #expect(records[0].origin == RecordOrigin(file: "scan.xml", element: "host 10.231.8.21"))
        #expect(records[0].ipAddresses == ["10.231.8.21"])
        #expect(records[0].evidence.contains { $0.kind == .httpServer && $0.value == "App-webs/" })
        #expect(records[4].evidence.contains { $0.kind == .macAddress }, "the unknown host is still a record")

        let onvif = ImportFile(name: "b.xml", data: try ReaderFixtures.data("bosch-flexidome-5100i-GetDeviceInformation.xml"))
        let bosch = try #require(try ImportReaders.read(onvif, format: .onvif, options: ImportOptions()).records.first)
        #expect(bosch.manufacturer == "Bosch")
        #expect(bosch.serialNumber == "404754734001050102")
        let walk = ImportFile(name: "w.snmprec", data: try ReaderFixtures.data("huawei-s5735-switch.snmprec"))
        let huawei = try #require(try ImportReaders.read(walk, format: .snmprec, options: ImportOptions()).records.first)
        #expect(huawei.manufacturer == "Huawei Technologies Co., Ltd.")
        #expect(huawei.hostname == "vrh-dc1-acc-sw07")
    }

    @Test("text, spreadsheets and unknown shapes", arguments: [
        ("merk;model;eigenaar\nAxis;P1375;Gemeente\n", ImportFormat.csv),
        ("\u{FEFF}merk,model\nBosch,DINION\n", .csv),
    ])
    func textFormats(_ text: String, _ format: ImportFormat) throws {
        #expect(try FormatDetector.detect(ImportFile(name: "x", data: Data(text.utf8))) == format)
    }

    @Test("zip archives are spreadsheets; UTF-16 text is Excel's Unicode text")
    func binaryHeads() throws {
        #expect(try FormatDetector.detect(ImportFile(name: "x", data: Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))) == .xlsx)
        #expect(try FormatDetector.detect(ImportFile(name: "x", data: Data([0xFF, 0xFE, 0x6D, 0x00]))) == .csv)
    }

    @Test("unknown XML, unknown JSON, nmap text output and binary are refused with a reason")
    func refused() {
        let cases: [(String, String)] = [
            ("<?xml version=\"1.0\"?>\n<rss><channel/></rss>", "<rss>"),
            ("{\"hello\": \"world\"}", "JSON-formaat niet herkend"),
            ("Starting Nmap 7.94 ( https://nmap.org )\nNmap scan report for 10.0.0.1\n", "-oX"),
            ("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"/>", "als JSON"),
            ("abc\u{0}\u{1}def", "binaire inhoud"),
        ]
        for (text, words) in cases {
            let problem = inputProblem { _ = try FormatDetector.detect(ImportFile(name: "f", data: Data(text.utf8))) }
            #expect(problem?.message.contains(words) == true, "\(problem?.message ?? "geen fout") ∌ \(words)")
        }
    }
}
