import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("XML encodings")
struct XMLEncodingTests {
    /// Found by fuzzing: an invalid UTF-8 byte in an element name crashed Foundation's XMLParser on Linux.
    @Test("invalid UTF-8 is refused before the parser sees it, with its line")
    func invalidUTF8() {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Envelope>\n<Body>\n<ProbeMatches".utf8)
        bytes += [0xD5] + Array("><ProbeMatch/></ProbeMatches></Body></Envelope>".utf8)
        var problem: InputProblem?
        do { _ = try DeviceIdentityReader().read(Data(bytes), fileName: "probe.xml", format: .onvif) }
        catch { problem = error as? InputProblem }
        #expect(problem?.line == 4)
        #expect(problem?.message.contains("ongeldige UTF-8 (byte 0xd5)") == true)
    }

    @Test("overlong forms and surrogates are not UTF-8; real multi-byte text is")
    func validator() {
        #expect(XMLPrologGuard.firstInvalidUTF8(Array("Café ☕ 𝄞".utf8)) == nil)
        #expect(XMLPrologGuard.firstInvalidUTF8([0x41, 0xC0, 0xAF]) == 1)  // overlong '/'
        #expect(XMLPrologGuard.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)  // a UTF-16 surrogate
        #expect(XMLPrologGuard.firstInvalidUTF8([0x41, 0x42, 0xE2, 0x82]) == 2)  // cut short
    }

    @Test("a file that declares Latin-1 is read as Latin-1")
    func latin1() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<osm version=\"0.6\">\n".utf8)
        bytes += Array("<node id=\"7\" lat=\"52.08\" lon=\"4.31\"><tag k=\"man_made\" v=\"surveillance\"/><tag k=\"operator\" v=\"Caf".utf8)
        bytes += [0xE9] + Array(" Centraal\"/></node></osm>".utf8)
        let result = try OSMXMLReader().read(Data(bytes), file: "latin1.osm")
        #expect(result.records.first?.operatorOrganisation == "Café Centraal")
    }
}

extension XMLEncodingTests {
    /// Found by fuzzing: a garbled encoding name let raw bytes through to the parser.
    @Test("an encoding the parser does not convert is refused by name")
    func unknownEncoding() {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UT".utf8) + [0x91]
        bytes += Array("F-8\"?>\n<osm version=\"0.6\"><node id=\"1\" lat=\"52.1\"".utf8) + [0xE0, 0x8E]
        bytes += Array("on=\"4.2\"/></osm>".utf8)
        var problem: InputProblem?
        do { _ = try OSMXMLReader().read(Data(bytes), file: "x.osm") } catch { problem = error as? InputProblem }
        #expect(problem?.field == "encoding")
        #expect(problem?.message.contains("wordt niet gelezen") == true)
    }
}

extension XMLEncodingTests {
    /// Found by fuzzing: `<?name?>` without data crashed Foundation's XMLParser on Linux.
    @Test("a processing instruction without content is refused with its line")
    func emptyProcessingInstruction() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun>\n<?xml-sty?>\n<nmaprun></nmaprun>"
        var problem: InputProblem?
        do { _ = try DeviceIdentityReader().read(Data(xml.utf8), fileName: "scan.xml", format: .nmap) }
        catch { problem = error as? InputProblem }
        #expect(problem?.line == 3)
        #expect(problem?.field == "<?")
    }
}
