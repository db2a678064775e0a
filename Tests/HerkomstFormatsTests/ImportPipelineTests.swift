import Foundation
import HerkomstCore
@testable import HerkomstFormats
import HerkomstStore
import Testing

/// The importer core end to end on a real SQLite register: samples of every format, overlapping sources merged
/// into one device per unit, and hostile input refused with the register left exactly as it was.
@Suite("Import pipeline on a real register")
struct ImportPipelineTests {
    static let now = Date(timeIntervalSince1970: 1_764_403_200)

    func withRegister(_ body: (SQLRegisterStore, ImportPipeline) async throws -> Void) async throws {
        let store = try await SQLRegisterStore.open(.sqliteMemory, now: { Self.now })
        let ids = IDs()
        let pipeline = ImportPipeline(store: store, now: { Self.now }, newDeviceID: { ids.next() })
        do { try await body(store, pipeline) } catch {
            try? await store.shutdown()
            throw error
        }
        try await store.shutdown()
    }

    /// Deterministic ids for new devices.
    final class IDs: @unchecked Sendable {
        private var n = 0
        private let lock = NSLock()
        func next() -> String { lock.lock(); defer { lock.unlock() }; n += 1; return String(format: "imp-%04d", n) }
    }

    func file(_ path: String) throws -> ImportFile {
        ImportFile(name: (path as NSString).lastPathComponent, data: try ReaderFixtures.data(path))
    }

    func options(dryRun: Bool = false) -> ImportOptions {
        var o = ImportOptions()
        o.organisation = "gemeente-den-haag"
        o.dryRun = dryRun
        return o
    }

    @Test("every sample format is imported with the expected counts", arguments: [
        ("tabular/gemeente-denhaag-cameras-cp1252.csv", "csv"),
        ("tabular/veiligheidsregio-netwerk-utf16.txt", "csv"),
        ("tabular/netbox-devices.csv", "csv"),
        ("tabular/rd-sensoren.csv", "csv"),
        ("tabular/amsterdam-bulk-sensorregistratie.csv", "csv"),
        ("tabular/amsterdam-webformulier.csv", "csv"),
        ("tabular/sensrnet-inventarisatie.csv", "csv"),
        ("geojson/cameras-den-haag.geojson", "geojson"),
        ("osm/overpass-surveillance-den-haag.json", "osm"),
        ("osm/surveillance-scheveningen.osm", "osm"),
        ("amsterdam/sensorenregister-devices.json", "amsterdam"),
        ("netbox/dcim-devices-page1.json", "netbox"),
        ("cyclonedx/hbom-cameras.cdx.json", "cyclonedx"),
        ("nmap-five-devices.xml", "nmap"),
        ("onvif-probematches-two-cameras.xml", "onvif"),
        ("bosch-flexidome-5100i-GetDeviceInformation.xml", "onvif"),
        ("huawei-s5735-switch.snmprec", "snmprec"),
        ("cisco-c9200-switch.snmpwalk", "snmpwalk"),
    ])
    func everySample(path: String, format: String) async throws {
        try await withRegister { store, pipeline in
            let sample = try file(path)
            // What the format's reader alone makes of the file is what the register must end up holding.
            let read = try ImportReaders.read(sample, format: ImportFormat(rawValue: format)!, options: options())
            #expect(read.problems.isEmpty, "\(read.problems)")
            #expect(!read.records.isEmpty)

            let summary = try await pipeline.run([sample], options: options(), actor: "test")
            #expect(summary.files.first?.formaat == format, "detected from content")
            #expect(summary.rejectedCount == 0, "\(summary.problems)")
            #expect(summary.created + summary.merged == read.records.count)
            #expect(summary.written)
            #expect(try await store.deviceCount() == summary.created)

            let ids = try await store.registeredDevices().map(\.device.id)
            var sources: [[FieldSourceRecord]] = []
            for id in ids { sources.append(try await store.fieldSources(deviceID: id)) }

            let again = try await pipeline.run([sample], options: options(), actor: "test")
            #expect(again.created == 0 && again.updated == 0 && again.merged == 0, "the same file twice changes nothing")
            #expect(again.unchanged == read.records.count)
            #expect(try await store.deviceCount() == summary.created)
            for (id, before) in zip(ids, sources) {
                #expect(try await store.fieldSources(deviceID: id) == before, "no new provenance for \(id)")
            }
        }
    }

    @Test("a sheet, a scan and a NetBox export of overlapping cameras give one device per camera, with all evidence")
    func overlappingSources() async throws {
        try await withRegister { store, pipeline in
            let sheet = try await pipeline.run([try file("overlap/cameras.csv")], options: options(), actor: "test")
            #expect(sheet.created == 3)
            let scan = try await pipeline.run([try file("nmap-five-devices.xml")], options: options(), actor: "test")
            #expect(scan.created == 3, "ZTE, TP-Link and the unknown host are new")
            #expect(scan.updated + scan.merged == 2, "the Hikvision and Bosch cameras are the sheet's")
            let netbox = try await pipeline.run([try file("overlap/netbox-cameras.json")], options: options(), actor: "test")
            #expect(netbox.created == 0)
            #expect(try await store.deviceCount() == 6)

            let devices = try await store.registeredDevices()
            let hikvision = try #require(devices.first { $0.device.serialNumber == "F12345678" })
            #expect(hikvision.device.macAddresses == [MACAddress("C0:56:E3:10:20:30")!])
            #expect(hikvision.evidence.contains { $0.kind == .httpServer && $0.value.contains("App-webs") },
                    "the scan's banner")
            let origins = try await store.fieldSources(deviceID: hikvision.device.id).map(\.origin)
            #expect(origins.contains { $0.hasPrefix("cameras.csv:") }, "\(origins)")
            #expect(hikvision.evidence.contains { $0.source?.hasPrefix("nmap-five-devices.xml") == true }, "the scan's evidence")
            #expect(origins.contains { $0.hasPrefix("netbox-cameras.json") }, "\(origins)")
            #expect(hikvision.device.hostname == "cam-boulevard-01", "NetBox filled what the sheet lacked")
        }
    }

    @Test("new devices are attributed and stored with their attribution in the import's transaction")
    func attributesWhatItCreates() async throws {
        // A stand-in engine: the maker from the brand label, with the evidence it was given quoted back.
        let attributor = Attributor(referenceVersion: "test-referentie") { evidence in
            let brand = evidence.first { $0.kind == .brandLabel }?.value
            guard brand == "Hikvision" else { return .unknown }
            return Attribution(manufacturer: VendorRef(id: "hikvision", name: "Hikvision", country: "CN"), countryOfOrigin: "CN",
                               highRisk: true, confidence: 0.9,
                               evidence: evidence.map { EvidenceContribution(kind: $0.kind, value: $0.value, finding: "gezien",
                                                                              reference: nil, weight: 0.5) })
        }
        let store = try await SQLRegisterStore.open(.sqliteMemory, now: { Self.now }, attributor: attributor)
        do {
            try await checkAttributedImport(store, ImportPipeline(store: store, now: { Self.now }, attributor: attributor))
        } catch {
            try? await store.shutdown()
            throw error
        }
        try await store.shutdown()
    }

    func checkAttributedImport(_ store: SQLRegisterStore, _ pipeline: ImportPipeline) async throws {
        let preview = try await pipeline.run([try file("overlap/cameras.csv")], options: options(dryRun: true), actor: "test")
        #expect(preview.created == 3 && !preview.written)
        #expect(try await store.deviceCount() == 0)

        let summary = try await pipeline.run([try file("overlap/cameras.csv")], options: options(), actor: "test")
        #expect(summary.created == 3 && summary.written)
        #expect(try await store.devicesToAttribute(referenceVersion: "test-referentie").isEmpty, "nothing left to attribute")
        let page = try await store.devices(DeviceQuery(asOf: Day("2026-01-01")!))
        let hikvision = try #require(page.devices.first { $0.device.brand == "Hikvision" })
        #expect(hikvision.attribution?.highRisk == true)
        #expect(hikvision.attribution?.evidence.contains { $0.kind == .brandLabel && $0.value == "Hikvision" } == true)
        #expect(page.devices.filter { $0.attribution == .unknown }.count == 2)
        // The registration names the line it came from; the values are the line's field sources.
        let registered = try #require(try await store.events(subjectID: hikvision.device.id).first)
        #expect(registered.action == .registered)
        #expect(registered.changes.count == 1 && registered.changes[0].field == "bron"
                && registered.changes[0].after?.hasPrefix("cameras.csv:") == true)
        let sources = try await store.fieldSources(deviceID: hikvision.device.id)
        #expect(sources.count == 1 && sources[0].origin == registered.changes[0].after && sources[0].accepted["merk"] == "Hikvision")
    }

    @Test("a dry run shows every line's outcome and writes nothing")
    func dryRun() async throws {
        try await withRegister { store, pipeline in
            let summary = try await pipeline.run([try file("overlap/cameras.csv")], options: options(dryRun: true), actor: "test")
            #expect(summary.created == 3 && !summary.written)
            #expect(summary.records.map(\.regel) == [2, 3, 4])
            #expect(try await store.deviceCount() == 0)
        }
    }

    /// Everything the register holds, as one hash: devices, placements, evidence and the event log's length.
    func fingerprint(_ store: SQLRegisterStore) async throws -> String {
        let devices = try await store.registeredDevices()
        var text = ""
        for d in devices {
            text += "\(d.device)|\(String(describing: d.currentPlacement))|\(d.evidence)\n"
            text += "\(try await store.events(subjectID: d.device.id).count)\n"
        }
        text += "\(try await store.organisations())"
        return ImportPipeline.sha256(Data(text.utf8))
    }

    @Test("hostile files are refused with the place and the reason, and the register stays exactly as it was")
    func hostileSet() async throws {
        try await withRegister { store, pipeline in
            _ = try await pipeline.run([try file("overlap/cameras.csv")], options: options(), actor: "test")
            let before = try await fingerprint(store)

            let laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <nmaprun>&lol2;</nmaprun>
                """
            let external = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Envelope><Body><GetDeviceInformationResponse><Manufacturer>&xxe;</Manufacturer></GetDeviceInformationResponse></Body></Envelope>
                """
            let bomb = try XLSXReaderTests.workbook(sheets: [("Blad1", XLSXReaderTests.sheet(""))],
                                                    extra: [("xl/media/padding.xml", [UInt8](repeating: 0x20, count: 50 << 20))])
            let traversal = try XLSXReaderTests.workbook(sheets: [("Blad1", XLSXReaderTests.sheet(""))],
                                                         extra: [("../../etc/cron.d/x", Array("x".utf8))])
            var hugeField = Data("merk;model\nAxis;\"".utf8)
            hugeField.append(Data(repeating: UInt8(ascii: "a"), count: 50 << 20))
            hugeField.append(Data("\"\n".utf8))
            let latitude91 = Data("merk;latitude;longitude\nAxis;91;4,3\n".utf8)

            let cases: [(ImportFile, ImportFormat, Int?)] = [
                (ImportFile(name: "lol.xml", data: Data(laughs.utf8)), .auto, nil),
                (ImportFile(name: "xxe.xml", data: Data(external.utf8)), .onvif, nil),
                (ImportFile(name: "bom.xlsx", data: bomb), .auto, nil),
                (ImportFile(name: "pad.xlsx", data: traversal), .auto, nil),
                (ImportFile(name: "groot-veld.csv", data: hugeField), .csv, nil),
                (ImportFile(name: "te-groot.csv", data: Data(repeating: UInt8(ascii: "x"), count: 2 << 20)), .csv, 1 << 20),
                (ImportFile(name: "lat.csv", data: latitude91), .auto, nil),
            ]
            for (file, format, limit) in cases {
                var o = options()
                o.format = format
                if let limit { o.maximumFileSize = limit }
                let summary = try await pipeline.run([file], options: o, actor: "test")
                #expect(summary.rejectedCount > 0, "\(file.name) was not refused")
                #expect(!summary.written)
                #expect(summary.problems.allSatisfy { $0.file == file.name && !$0.message.isEmpty }, "\(summary.problems)")
            }
            #expect(try await fingerprint(store) == before)
        }
    }
}
