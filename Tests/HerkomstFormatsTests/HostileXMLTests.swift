import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

/// Every XML reader goes through the same guard; each hostile input must fail fast with a clear message.
@Suite("hostile XML")
struct HostileXMLTests {
    /// Both XML readers, so that no reader escapes the guard.
    static let readers: [(String, @Sendable (Data, String) throws -> Void)] = [
        ("nmap", { _ = try NmapReader().read($0, file: $1) }),
        ("onvif", { _ = try ONVIFReader().read($0, file: $1) }),
    ]

    static let billionLaughs = """
    <?xml version="1.0"?>
    <!DOCTYPE lolz [
     <!ENTITY lol "lol">
     <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
     <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
     <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
     <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
    ]>
    <nmaprun><host><hostnames><hostname name="&lol9;"/></hostnames></host></nmaprun>
    """

    static let externalEntity = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE Envelope [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
    <Envelope><Body><GetDeviceInformationResponse><Manufacturer>&xxe;</Manufacturer></GetDeviceInformationResponse></Body></Envelope>
    """

    static let externalDTD = """
    <?xml version="1.0"?>
    <!DOCTYPE nmaprun SYSTEM "http://203.0.113.9/nmap.dtd">
    <nmaprun></nmaprun>
    """

    static let parameterEntity = """
    <?xml version="1.0"?>
    <!DOCTYPE nmaprun PUBLIC "-//x//y" "http://203.0.113.9/x.dtd">
    <nmaprun/>
    """

    static let looseEntity = "<?xml version=\"1.0\"?>\n<!-- gewoon commentaar -->\n<!ENTITY x \"y\">\n<nmaprun/>"

    @Test("entity declarations, internal subsets and external identifiers are refused before parsing",
          arguments: [billionLaughs, externalEntity, externalDTD, parameterEntity, looseEntity])
    func refusedDeclarations(_ xml: String) {
        for (name, read) in Self.readers {
            let started = Date()
            let problem = inputProblem { try read(Data(xml.utf8), "vijandig.xml") }
            #expect(problem?.file == "vijandig.xml", "\(name)")
            #expect(problem?.field == "DOCTYPE", "\(name): \(problem?.description ?? "geen fout")")
            #expect(problem?.line == (xml == Self.looseEntity ? 3 : 2), "\(name)")
            #expect(Date().timeIntervalSince(started) < 1)
        }
    }

    @Test("the messages say why")
    func reasons() {
        let reader = NmapReader()
        #expect(inputProblem { _ = try reader.read(Data(Self.billionLaughs.utf8), file: "a.xml") }?
            .message.contains("interne DTD-subset") == true)
        #expect(inputProblem { _ = try reader.read(Data(Self.externalDTD.utf8), file: "a.xml") }?
            .message.contains("externe verwijzing") == true)
    }

    @Test("deep nesting is refused at the limit, naming the line")
    func deepNesting() {
        let depth = 100_000
        let xml = "<nmaprun>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</nmaprun>"
        for (name, read) in Self.readers {
            let started = Date()
            let problem = inputProblem { try read(Data(xml.utf8), "diep.xml") }
            #expect(problem?.message.contains("dieper genest dan 64") == true, "\(name): \(problem?.description ?? "geen fout")")
            #expect(problem?.line == 1)
            #expect(Date().timeIntervalSince(started) < 2)
        }
    }

    @Test("a truncated scan names the element left open and the line where it broke off")
    func truncated() throws {
        let whole = try ReaderFixtures.data("nmap/nmap-five-devices.xml")
        let cut = whole.prefix(whole.count * 2 / 3)
        let problem = inputProblem { _ = try NmapReader().read(cut, file: "half.xml") }
        let field = try #require(problem?.field)
        #expect(["host", "ports", "port", "service", "nmaprun"].contains(field), "\(field)")
        #expect(problem?.message.contains("niet afgesloten") == true)
        #expect((problem?.line ?? 0) > 30)
    }

    @Test("binary content and UTF-16 are refused as not being XML text")
    func binary() {
        var generator = SplitMix(seed: 7)
        let noise = Data((0..<500_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        let utf16 = Data([0xFF, 0xFE]) + "<nmaprun/>".data(using: .utf16LittleEndian)!
        for (name, read) in Self.readers {
            let problem = inputProblem { try read(noise, "ruis.bin") }
            #expect(problem?.message.contains("binaire inhoud") == true, "\(name): \(problem?.description ?? "geen fout")")
            #expect(inputProblem { try read(utf16, "utf16.xml") }?.message.contains("UTF-16") == true)
        }
    }

    @Test("text that is no XML at all, and files over the size limit")
    func notXMLAndTooLarge() {
        let notXML = inputProblem { _ = try NmapReader().read(Data("Nmap scan report for 10.0.0.1\n".utf8), file: "n.txt") }
        #expect(notXML?.file == "n.txt")
        #expect(notXML?.message.contains("XML") == true)

        let small = NmapReader(limits: ReaderLimits(maximumBytes: 1024))
        let big = Data(("<nmaprun>" + String(repeating: "<host/>", count: 1000) + "</nmaprun>").utf8)
        #expect(inputProblem { _ = try small.read(big, file: "groot.xml") }?.message.contains("groter dan de grens van 1 KiB") == true)
    }

    @Test("the file loader stops reading at the limit")
    func loaderBounded() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("herkomst-groot-\(UUID().uuidString).xml")
        try Data(repeating: 0x20, count: 3 << 20).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let problem = inputProblem { _ = try InputFileLoader.load(url, limits: ReaderLimits(maximumBytes: 1 << 20)) }
        #expect(problem?.message.contains("groter dan de grens van 1 MiB") == true)
        let missing = inputProblem {
            _ = try InputFileLoader.load(url.appendingPathExtension("weg"), limits: .document)
        }
        #expect(missing?.message.contains("kan het bestand niet openen") == true)
    }
}
