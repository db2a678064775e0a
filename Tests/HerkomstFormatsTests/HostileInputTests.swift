import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

/// Hostile and broken files: each must fail fast with a problem naming the file and the place, never crash.
@Suite("Hostile input to the identity readers")
struct HostileInputTests {
    let readers = DeviceIdentityReader()

    private func problem(_ text: String, _ format: DeviceIdentityFormat, file: String = "evil.xml",
                         readers: DeviceIdentityReader? = nil) throws -> InputProblem {
        try problem(Data(text.utf8), format, file: file, readers: readers)
    }

    private func problem(_ data: Data, _ format: DeviceIdentityFormat, file: String = "evil.xml",
                         readers: DeviceIdentityReader? = nil) throws -> InputProblem {
        let found = try #require(throws: InputProblem.self) {
            try (readers ?? self.readers).read(data, fileName: file, format: format)
        }
        #expect(found.file == file)
        return found
    }

    @Test("billion laughs is refused before parsing", arguments: [DeviceIdentityFormat.onvif, .nmap])
    func billionLaughs(format: DeviceIdentityFormat) throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            xml += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>\n"
        let clock = ContinuousClock()
        let started = clock.now
        let found = try problem(xml, format)
        #expect(clock.now - started < .seconds(1))
        #expect(found.line == 3)
        #expect(found.message.contains("entiteit"))
    }

    @Test("an external entity (file read) is refused")
    func externalEntity() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE foo [ <!ELEMENT foo ANY > <!ENTITY xxe SYSTEM "file:///etc/passwd" >]>
        <GetDeviceInformationResponse><Manufacturer>&xxe;</Manufacturer></GetDeviceInformationResponse>
        """
        let found = try problem(xml, .onvif)
        #expect(found.line == 2)
        #expect(found.field == "<!ENTITY")
    }

    @Test("a DOCTYPE naming an external DTD is refused; nmap's bare DOCTYPE is accepted")
    func externalDTD() throws {
        let found = try problem("<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun SYSTEM \"http://attacker.example/x.dtd\">\n<nmaprun/>", .nmap)
        #expect(found.line == 2)
        #expect(found.message.contains("SYSTEM"))
        let accepted = try readers.read(Data("<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun>\n<nmaprun></nmaprun>".utf8),
                                        fileName: "empty-scan.xml", format: .nmap)
        #expect(accepted.isEmpty)
    }

    @Test("a truncated scan names the line and the open element")
    func truncatedScan() throws {
        let full = try Fixture.data("nmap-five-devices.xml")
        let cut = full.prefix(full.count * 2 / 3)
        let found = try problem(Data(cut), .nmap, file: "cut.xml")
        let line = try #require(found.line)
        #expect(line > 40)
        #expect(found.message.contains("afgebroken"))
    }

    @Test("binary input is refused as binary", arguments: DeviceIdentityFormat.allCases)
    func binary(format: DeviceIdentityFormat) throws {
        var generator = SplitMix(seed: 42)
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let found = try problem(Data(bytes), format, file: "random.bin")
        #expect(found.message.contains("binair"))
        #expect(found.line != nil)
    }

    @Test("deep nesting stops at the limit with the element and line named")
    func deepNesting() throws {
        let depth = 100_000
        let xml = "<nmaprun>" + String(repeating: "<host>", count: depth) + String(repeating: "</host>", count: depth) + "</nmaprun>"
        let clock = ContinuousClock()
        let started = clock.now
        let found = try problem(xml, .nmap, file: "deep.xml")
        #expect(clock.now - started < .seconds(2))
        #expect(found.message.contains("genest"))
        #expect(found.field == "host")
    }

    @Test("oversized files are refused before reading, by the configured limit")
    func sizeLimit() throws {
        let small = DeviceIdentityReader(limits: ReaderLimits(maximumBytes: 1000), scanLimits: ReaderLimits(maximumBytes: 2000))
        let found = try problem(try Fixture.data("nmap-five-devices.xml"), .nmap, file: "scan.xml", readers: small)
        #expect(found.message.contains("2000"))
        let walk = try problem(try Fixture.data("huawei-s5735-switch.snmprec"), .snmprec, file: "w.snmprec", readers: small)
        #expect(walk.message.contains("1000"))
    }

    @Test("empty files are a problem, not an empty answer", arguments: DeviceIdentityFormat.allCases)
    func empty(format: DeviceIdentityFormat) throws {
        let found = try problem(Data(), format, file: "leeg")
        #expect(found.message.contains("leeg"))
    }

    @Test("snmprec: a line without separators, a bad hex value, a bad OID — each with its line number")
    func brokenSnmprec() throws {
        let missing = try problem("1.3.6.1.2.1.1.1.0|4|ok\n1.3.6.1.2.1.1.5.0 4 host\n", .snmprec, file: "w.snmprec")
        #expect(missing.line == 2)
        #expect(missing.message.contains("|"))
        let hex = try problem("1.3.6.1.2.1.1.1.0|4x|48656c6c6\n", .snmprec, file: "w.snmprec")
        #expect(hex.line == 1)
        #expect(hex.field == "waarde")
        let oid = try problem("\n\n1.3.6.1.2.1.1.1.x|4|a\n", .snmprec, file: "w.snmprec")
        #expect(oid.line == 3)
        #expect(oid.field == "OID")
    }

    @Test("an absurdly long line is refused with its number")
    func longLine() throws {
        let long = "1.3.6.1.2.1.1.1.0|4|ok\n1.3.6.1.2.1.1.5.0|4|" + String(repeating: "A", count: 300_000) + "\n"
        let found = try problem(long, .snmprec, file: "long.snmprec")
        #expect(found.line == 2)
        #expect(found.message.contains("langer"))
    }

    @Test("snmpwalk: an unterminated quoted string and a line that is no binding")
    func brokenSnmpwalk() throws {
        let open = try problem(".1.3.6.1.2.1.1.5.0 = STRING: sw1\n.1.3.6.1.2.1.1.1.0 = STRING: \"Cisco IOS\nTechnical", .snmpwalk, file: "w.txt")
        #expect(open.line == 2)
        let stray = try problem(".1.3.6.1.2.1.1.5.0 = STRING: sw1\nTimeout: No Response from 10.0.0.1\n", .snmpwalk, file: "w.txt")
        #expect(stray.line == 2)
    }

    @Test("a text file that is no walk at all")
    func notAWalk() throws {
        let found = try problem("Dit is een notitie over de camera's.\n", .snmprec, file: "notitie.txt")
        #expect(found.line == 1)
        #expect(found.message.contains("OID|type|waarde"))
        let detected = try #require(throws: InputProblem.self) {
            try SNMPWalkReader().read(Data("Dit is een notitie.\n".utf8), fileName: "notitie.txt")
        }
        #expect(detected.message.contains("SNMP"))
    }
}

/// A small deterministic generator, so the "random" bytes are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
