import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("SNMP walks in net-snmp snmpwalk -On form")
struct SnmpwalkReaderTests {
    let reader = SnmpwalkReader()

    @Test("an Axis camera: quoted strings, Hex-STRING MAC, typed numbers and end-of-MIB markers")
    func axisCamera() throws {
        let device = try reader.read(ReaderFixtures.data("snmp/axis-q1615.snmpwalk"), file: "axis.snmpwalk")
        #expect(device.values(.sysDescr) == ["; AXIS Q1615 Mk III; Network Camera; 10.12.182; Mar 14 2023 11:02; 1A8; 1;"])
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.368.4"], "normalised without the leading dot")
        #expect(device.hostname == "axis-accc8e0a1b2c")
        #expect(device.macAddresses.map(\.description) == ["AC:CC:8E:0A:1B:2C"])
    }

    @Test("a Cisco switch: unquoted multi-line sysDescr, named enumerations, display-hint MACs, stack before chassis")
    func ciscoSwitch() throws {
        let device = try reader.read(ReaderFixtures.data("snmp/cisco-c2960x.snmpwalk"), file: "c2960.snmpwalk")
        let descr = try #require(device.values(.sysDescr).first)
        #expect(descr.split(separator: "\n").count == 4)
        #expect(descr.hasPrefix("Cisco IOS Software, C2960X Software"))
        #expect(descr.hasSuffix("Compiled Tue 09-Feb-21 03:35 by prod_rel_team"))
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.9.1.1208"])
        #expect(device.hostname == "htm-dc-sw-a12.intern.example")
        #expect(device.macAddresses.map(\.description) == ["00:00:0C:12:34:C0", "00:00:0C:12:34:81", "00:00:0C:12:34:82"])
        // The chassis row (class 3), not the stack row or the Delta power supply inside it.
        #expect(device.values(.snmpManufacturer) == ["Cisco Systems Inc"])
        #expect(device.model == "WS-C2960X-48FPD-L")
        #expect(device.serialNumber == "FOC2231X1AB")
        #expect(device.firmware == "15.2(7)E4")
    }

    @Test("escaped quotes and a quoted value over several lines stay one value")
    func quotedContinuation() throws {
        let walk = """
        .1.3.6.1.2.1.1.1.0 = STRING: "Regel een
        .1.3.6.1.2.1.1.5.0 = STRING: \\"geen OID-regel\\"
        einde"
        .1.3.6.1.2.1.1.2.0 = OID: SNMPv2-SMI::enterprises.2011.2.23.291
        """
        let device = try reader.read(Data(walk.utf8), file: "q.snmpwalk")
        #expect(device.values(.sysDescr) == ["Regel een\n.1.3.6.1.2.1.1.5.0 = STRING: \"geen OID-regel\"\neinde"])
        #expect(device.hostname == nil)
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.2011.2.23.291"])
    }

    @Test("walks that are not -On output, unclosed strings and stray lines are refused with the line")
    func malformed() {
        let cases: [(String, Int, String)] = [
            ("SNMPv2-MIB::sysDescr.0 = STRING: Linux\n", 1, "snmpwalk -On"),
            (".1.3.6.1.2.1.1.1.0 = STRING: \"Linux\nmeer tekst\n", 1, "niet afgesloten"),
            (".1.3.6.1.2.1.1.7.0 = INTEGER: 72\nwat doet deze regel hier\n", 2, "verwacht '.OID = TYPE: waarde'"),
            ("1.3.6.1.2.1.1.1.0|4|Linux\n", 1, ".snmprec"),
            (".1.3.6.1.2.1.1.1.0 = Hex-STRING: 41 4G\n", 1, "geen geldige hex"),
        ]
        for (text, line, words) in cases {
            let problem = inputProblem { _ = try reader.read(Data(text.utf8), file: "kapot.snmpwalk") }
            #expect(problem?.line == line, "\(text)")
            #expect(problem?.message.contains(words) == true, "\(problem?.message ?? "geen fout") ∌ \(words)")
        }
    }

    @Test("an unclosed quote cannot swallow the file: the value is bounded by the line limit")
    func unclosedQuoteBounded() {
        let tight = SnmpwalkReader(limits: ReaderLimits(maximumBytes: 1 << 22, maximumLineLength: 1 << 16))
        var walk = ".1.3.6.1.2.1.1.1.0 = STRING: \"begin\n"
        walk += String(repeating: "nog meer tekst zonder einde\n", count: 20_000)
        let problem = inputProblem { _ = try tight.read(Data(walk.utf8), file: "open.snmpwalk") }
        #expect(problem?.line == 1)
        #expect(problem?.message.contains("niet afgesloten aanhalingsteken") == true)
    }
}
