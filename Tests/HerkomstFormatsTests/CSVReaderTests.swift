import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

@Suite("CSV: realistic inventories")
struct CSVReaderTests {
    let reader = CSVReader()

    @Test("Dutch municipal camera sheet: Windows-1252, semicolons, decimal commas, a remark over two lines")
    func municipalCameraSheet() throws {
        let result = try reader.read(TabularFixtures.input("gemeente-denhaag-cameras-cp1252.csv"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.dialect?.encoding == .windows1252)
        #expect(result.dialect?.delimiter == UInt8(ascii: ";"))
        #expect(result.records.count == 4)

        let first = result.records[0]
        #expect(first.origin.line == 2)
        #expect(first.brand == "Hikvision")
        #expect(first.model == "DS-2CD2143G2-I")
        #expect(first.macAddresses == [MACAddress("4C:BD:8F:12:34:56")!])
        #expect(first.ipAddresses == ["10.20.1.11"])
        #expect(first.address == "Grote Markt / Café ’t Goude Hooft")
        #expect(first.point == GeoPoint(longitude: 4.3089, latitude: 52.0767))
        #expect(first.direction == 135)
        #expect(first.installed == Day(year: 2021, month: 3, day: 15))
        #expect(first.owner == "Gemeente Den Haag")
        #expect(first.operatorOrganisation == "Veiligheidsregio Haaglanden")
        #expect(first.purpose == Purpose(description: "Toezicht openbare orde uitgaansgebied", legalGround: .publiekeTaak,
                                         personalData: true))
        #expect(first.unmapped["Camera-nr"] == "DH-0001")

        // The second camera's remark holds a semicolon and a line break; the next record starts on line 5.
        let second = result.records[1]
        #expect(second.origin.line == 3)
        #expect(second.direction == 225)
        #expect(second.unmapped["Opmerking"] == "Vervangen na storing;\r\nzie melding 2022-114")
        #expect(result.records[2].origin.line == 5)
        #expect(result.records[2].installed == Day(year: 2022, month: 6, day: 1))
        #expect(result.records[3].installed == Day(year: 2020, month: 9, day: 1))
        #expect(result.records[3].unmapped["Opmerking"] == "Bevestigd met € 250 beugel")
        #expect(result.records[3].purpose?.personalData == false)
    }

    @Test("Excel 'Unicode text': UTF-16 LE with BOM, tab separated")
    func utf16TabFile() throws {
        let result = try reader.read(TabularFixtures.input("veiligheidsregio-netwerk-utf16.txt"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.dialect?.encoding == .utf16LittleEndian)
        #expect(result.dialect?.delimiter == 0x09)
        #expect(result.records.map(\.deviceClass) == [.switch, .router, .accesspoint])
        #expect(result.records.map(\.manufacturer) == ["Huawei", "Huawei", "Aruba"])
        #expect(result.records[0].hostname == "vrh-sw-core-01")
        #expect(result.records[0].status == .verwijderd)
        #expect(result.records[0].visibility == .vertrouwelijk)
        #expect(result.records[2].serialNumber == "CNJ9KD1234")
        #expect(result.records.map { $0.origin.line } == [2, 3, 4])
    }

    @Test("English NetBox-style CSV: commas, quoted quotes, prefix lengths on addresses")
    func netBoxStyleCSV() throws {
        let result = try reader.read(TabularFixtures.input("netbox-devices.csv"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.dialect?.delimiter == UInt8(ascii: ","))
        #expect(result.dialect?.encoding == .utf8)
        let records = result.records
        #expect(records.count == 4)
        #expect(records.map(\.deviceClass) == [.camera, .camera, .switch, .gateway])
        #expect(records.map(\.status) == [.actief, .actief, .gepland, .actief])
        #expect(records[0].hostname == "ams-cam-0101")
        #expect(records[0].manufacturer == "Bosch")
        #expect(records[0].model == "FLEXIDOME IP 5100i")
        #expect(records[0].ipAddresses == ["10.40.1.21"])
        #expect(records[0].owner == "Gemeente Amsterdam")
        #expect(records[0].address == "Dam Square")
        #expect(records[0].externalIDs["extern"] == "AST-0101")
        #expect(records[1].unmapped["Comments"] == "Pole 3, facing \"Nieuwe Kerk\"")
        #expect(records[2].unmapped["Platform"] == "Cisco IOS-XE")
        #expect(records[0].unmapped["Role"] == "Security Camera")
        #expect(result.unmappedHeaders == ["Platform", "Comments"])
    }

    @Test("RD New coordinates become CRS84 points; Dutch thousands grouping is read as metres")
    func rdCoordinates() throws {
        let result = try reader.read(TabularFixtures.input("rd-sensoren.csv"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.records.count == 3)
        let amersfoort = try #require(result.records[0].point)
        #expect(abs(amersfoort.latitude - 52.15517) < 0.00001)
        #expect(abs(amersfoort.longitude - 5.38721) < 0.00001)
        let dam = try #require(result.records[1].point)
        #expect(abs(dam.latitude - 52.36983) < 0.0001)
        #expect(abs(dam.longitude - 4.88797) < 0.0001)
        #expect(result.records[2].removed == Day(year: 2023, month: 12, day: 31))
        #expect(result.records[0].installed == Day(year: 2021, month: 2, day: 1))
        #expect(result.records[0].externalIDs["extern"] == "SNS-101")
    }

    @Test("A mapping file names columns the synonyms do not know, and drops others")
    func mappingFile() throws {
        let mapping = try TabularMappingOverrides.load(from: TabularFixtures.url("koppeling.json"))
        let reader = CSVReader(options: TabularReadOptions(mapping: mapping))
        let result = try reader.read(TabularFixtures.input("gemeente-denhaag-cameras-cp1252.csv"))
        #expect(result.problems.isEmpty)
        #expect(result.records.map { $0.externalIDs["extern"] } == ["DH-0001", "DH-0002", "DH-0003", "DH-0004"])
        #expect(result.records[1].unmapped["Opmerking"] == nil)
        #expect(result.records[1].unmapped["Camera-nr"] == nil)
    }

    @Test("A mapping file with an unknown field name is refused with the name")
    func badMappingFile() {
        let json = Data(#"{"Fabr.": "fabriek"}"#.utf8)
        #expect(throws: InputProblem.self) { try TabularMappingOverrides(json: json, fileName: "k.json") }
        do {
            _ = try TabularMappingOverrides(json: json, fileName: "k.json")
        } catch let problem as InputProblem {
            #expect(problem.file == "k.json")
            #expect(problem.field == "Fabr.")
            #expect(problem.message.contains("fabriek"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test("Title rows above the header are skipped; a sheet without a describing column is refused")
    func headerSearchAndRequiredColumns() throws {
        let titled = "Overzicht camera's stadsdeel Centrum;;\nPeildatum 1-1-2024;;\n;;\nMerk;Model;Serienummer\nAxis;P1465-LE;ACCC8E000001\n"
        let result = try reader.read(.bytes(Array(titled.utf8), name: "titel.csv"))
        #expect(result.headerLine == 4)
        #expect(result.records.count == 1)
        #expect(result.records[0].origin.line == 5)

        let noDescribing = "Hostnaam;IP-adres;MAC-adres\ncam-1;10.0.0.1;4C:BD:8F:00:00:01\n"
        do {
            _ = try reader.read(.bytes(Array(noDescribing.utf8), name: "netwerk.csv"))
            Issue.record("expected a refusal")
        } catch let problem as InputProblem {
            #expect(problem.file == "netwerk.csv")
            #expect(problem.line == 1)
            #expect(problem.message.contains("klasse, merk, fabrikant of model"))
        }
    }
}
