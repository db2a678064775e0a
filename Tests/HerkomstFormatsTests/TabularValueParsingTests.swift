import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

@Suite("Spreadsheet values: numbers, dates, words")
struct TabularValueParsingTests {
    @Test("Numbers as Dutch and English sheets write them")
    func numbers() {
        #expect(TabularValueParsing.number("52,0799") == 52.0799)
        #expect(TabularValueParsing.number("52.0799") == 52.0799)
        #expect(TabularValueParsing.number(" 1.234,5 ") == 1234.5)
        #expect(TabularValueParsing.number("1,234.5") == 1234.5)
        #expect(TabularValueParsing.number("4.3°") == 4.3)
        #expect(TabularValueParsing.number("-3.5e2") == -350)
        #expect(TabularValueParsing.number("52,07,99") == nil)
        #expect(TabularValueParsing.number("abc") == nil)
        #expect(TabularValueParsing.number("nan") == nil)
        #expect(TabularValueParsing.rdCoordinate("155.000") == 155_000)
        #expect(TabularValueParsing.rdCoordinate("155000,25") == 155_000.25)
    }

    @Test("Dates: ISO, day-first, Excel serials; impossible dates named")
    func dates() {
        #expect(TabularValueParsing.day("2021-03-15") == .day(Day(year: 2021, month: 3, day: 15)!))
        #expect(TabularValueParsing.day("2021-03-15T00:00:00Z") == .day(Day(year: 2021, month: 3, day: 15)!))
        #expect(TabularValueParsing.day("15-03-2021") == .day(Day(year: 2021, month: 3, day: 15)!))
        #expect(TabularValueParsing.day("3-4-2021") == .day(Day(year: 2021, month: 4, day: 3)!))
        #expect(TabularValueParsing.day("3/4/2021") == .day(Day(year: 2021, month: 4, day: 3)!))
        #expect(TabularValueParsing.day("20210403") == .day(Day(year: 2021, month: 4, day: 3)!))
        // 44286 is 2021-03-31 in Excel's 1900 date system (and 45000 is 2023-03-15).
        #expect(TabularValueParsing.day("44286") == .day(Day(year: 2021, month: 3, day: 31)!))
        #expect(TabularValueParsing.day("45000.75") == .day(Day(year: 2023, month: 3, day: 15)!))
        #expect(TabularValueParsing.excelSerial(of: Day(year: 2023, month: 3, day: 15)!) == 45000)
        guard case .invalid(let why) = TabularValueParsing.day("2023-02-30") else { Issue.record("accepted"); return }
        #expect(why.contains("bestaat niet"))
        guard case .invalid = TabularValueParsing.day("2023") else { Issue.record("a year is no date"); return }
        guard case .invalid = TabularValueParsing.day("31-12-23") else { Issue.record("two-digit year"); return }
        guard case .invalid = TabularValueParsing.day("gisteren") else { Issue.record("accepted"); return }
    }

    @Test("IPv4 fast path agrees with Core's check; lists split only where there is a separator")
    func addressesAndLists() {
        for text in ["10.0.0.1", "0.0.0.0", "255.255.255.255", "192.168.001.1", "256.1.1.1", "1.2.3", "1.2.3.4.5",
                     "1..2.3", "a.b.c.d", "", "10.0.0.1 ", "2001:db8::1"] {
            #expect(TabularValueParsing.isIPv4(text) == IPAddressSyntax.isIPv4(text), "\(text)")
        }
        #expect(TabularValueParsing.list("4C:BD:8F:00:00:01") == ["4C:BD:8F:00:00:01"])
        #expect(TabularValueParsing.list("10.0.0.1, 10.0.0.2;10.0.0.3") == ["10.0.0.1", "10.0.0.2", "10.0.0.3"])
        #expect(TabularValueParsing.textList(" beeld ") == ["beeld"])
        #expect(TabularValueParsing.textList("beeld, geluid|kenteken") == ["beeld", "geluid", "kenteken"])
        #expect(TabularValueParsing.textList("  ") == [])
    }

    @Test("Device classes from class words, roles and sensor types")
    func deviceClasses() {
        #expect(TabularVocabulary.deviceClass("Camera") == .camera)
        #expect(TabularVocabulary.deviceClass("Optische / camera sensor") == .camera)
        #expect(TabularVocabulary.deviceClass("ANPR") == .camera)
        #expect(TabularVocabulary.deviceClass("Geluidsensor") == .sensor)
        #expect(TabularVocabulary.deviceClass("Core Router") == .router)
        #expect(TabularVocabulary.deviceClass("Access Switch") == .switch)
        #expect(TabularVocabulary.deviceClass("Access point") == .accesspoint)
        #expect(TabularVocabulary.deviceClass("LoRaWAN Gateway") == .gateway)
        #expect(TabularVocabulary.deviceClass("NVR") == .nvr)
        #expect(TabularVocabulary.deviceClass("Lantaarnpaal") == nil)
    }

    @Test("Legal grounds by name, letter and municipal wording")
    func legalGrounds() {
        #expect(TabularVocabulary.legalGround("publieke taak") == .publiekeTaak)
        #expect(TabularVocabulary.legalGround("Public task") == .publiekeTaak)
        #expect(TabularVocabulary.legalGround("e") == .publiekeTaak)
        #expect(TabularVocabulary.legalGround("art. 6 lid 1 sub f AVG") == .gerechtvaardigdBelang)
        #expect(TabularVocabulary.legalGround("6(1)(c)") == .wettelijkeVerplichting)
        #expect(TabularVocabulary.legalGround("Bescherming vitale belangen betrokkene(n) of van een andere natuurlijke persoon)") == .vitaalBelang)
        #expect(TabularVocabulary.legalGround("Toestemming betrokkene (art. 6.1 (a) AVG)") == .toestemming)
        #expect(TabularVocabulary.legalGround("Art. 6 lid 1 AVG") == nil, "the A of AVG is no letter of a basis")
        for ground in LegalGround.allCases {
            #expect(TabularVocabulary.legalGround(TabularVocabulary.label(ground)) == ground)
        }
    }

    @Test("Headers are matched whatever their case, accents, punctuation or brackets")
    func headers() {
        #expect(ColumnSynonyms.field(forHeader: "MAC-adres") == .macAddress)
        #expect(ColumnSynonyms.field(forHeader: " mac adres* ") == .macAddress)
        #expect(ColumnSynonyms.field(forHeader: "X-coördinaat (RD)") == .rdX)
        #expect(ColumnSynonyms.field(forHeader: "Latitude (WGS84)") == .latitude)
        #expect(ColumnSynonyms.field(forHeader: "Gegevenscategorieen") == .dataCategories)
        #expect(ColumnSynonyms.field(forHeader: "Serial Number") == .serialNumber)
        #expect(ColumnSynonyms.field(forHeader: "Wettelijke grondslag") == .legalGround)
        #expect(ColumnSynonyms.field(forHeader: "Opmerkingen") == nil)
        for field in TabularField.allCases {
            #expect(ColumnSynonyms.field(forHeader: field.header) == field, "writer header \(field.header)")
        }
    }

    @Test("Formula guard: dangerous text gets a quote, and only that quote is taken off again")
    func formulaGuard() {
        let samples = ["=HYPERLINK(\"http://x\")", "+31 70 123", "-5", "@SUM(A1)", "\tx", "\rx", "'=already", "'plain",
                       "plain", "", "''+x", "it's"]
        for sample in samples {
            let written = TabularFormulaGuard.neutralise(sample)
            #expect(TabularFormulaGuard.restore(written) == sample, "round trip of \(sample.debugDescription)")
            if let first = written.utf8.first { #expect(!TabularFormulaGuard.isDangerous(first)) }
        }
        #expect(TabularFormulaGuard.neutralise("=1+1") == "'=1+1")
        #expect(TabularFormulaGuard.neutralise("plain") == "plain")
    }
}
