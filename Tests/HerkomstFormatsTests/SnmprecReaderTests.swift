import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("SNMP walks in .snmprec form")
struct SnmprecReaderTests {
    let reader = SnmprecReader()

    @Test("a Huawei switch: hex-encoded sysDescr, chassis board row, real MACs only")
    func huaweiSwitch() throws {
        let device = try reader.read(ReaderFixtures.data("snmp/huawei-s5720.snmprec"), file: "huawei-s5720.snmprec")
        let descr = try #require(device.values(.sysDescr).first)
        #expect(descr.hasPrefix("S5720-28X-SI-AC\nHuawei Versatile Routing Platform Software\n"))
        #expect(descr.contains("HUAWEI TECH Co., Ltd."))
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.2011.2.23.291"])
        #expect(device.hostname == "vr-hgl-sw-core-02")
        // The bare chassis row defers to the board inside it, not to the Finisar optic in a port.
        #expect(device.values(.snmpManufacturer) == ["Huawei"])
        #expect(device.model == "S5720-28X-SI-AC")
        #expect(device.values(.modelString) == ["S5720-28X-SI-AC"])
        #expect(device.serialNumber == "2102350DLC10H8001234")
        #expect(device.firmware == "Version 5.170 V200R011C10SPC600")
        // Zero and multicast (01:00:5E) interface addresses are no device's own; the bridge address repeats one.
        #expect(device.macAddresses.map(\.description) == ["00:E0:FC:3A:5B:10", "00:E0:FC:3A:5B:11", "00:E0:FC:3A:5B:12"])
        #expect(device.values(.macAddress) == device.macAddresses.map(\.description))
        #expect(device.evidence.allSatisfy { $0.source?.hasPrefix("huawei-s5720.snmprec, ") == true })
    }

    @Test("a Hikvision camera with net-snmp's generic sysObjectID: the vendor MIB tells the maker and model")
    func hikvisionCamera() throws {
        let device = try reader.read(ReaderFixtures.data("snmp/hikvision-ds2cd2143.snmprec"), file: "cam.snmprec")
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.8072.3.2.10", "1.3.6.1.4.1.39165"])
        let vendorHint = try #require(device.evidence.first { $0.value == "1.3.6.1.4.1.39165" })
        #expect(vendorHint.source?.contains("leveranciers-MIB") == true)
        #expect(device.model == "DS-2CD2143G2-I")
        #expect(device.values(.modelString) == ["DS-2CD2143G2-I"])
        #expect(device.firmware == "V5.7.3 build 220112")
        #expect(device.hostname == nil, "an anonymised sysName is no host name")
        #expect(device.macAddresses.map(\.description) == ["4C:BD:8F:2A:9C:01"])
    }

    @Test("an HPE-branded Comware switch without entPhysicalClass: the chassis description is the model evidence")
    func comwareSwitch() throws {
        let device = try reader.read(ReaderFixtures.data("snmp/hpe-comware-5130.snmprec"), file: "sw.snmprec")
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.25506.11.1.175"])
        #expect(device.values(.modelString) == ["HPE 5130-24G-4SFP+ EI Switch"])
        #expect(device.values(.snmpManufacturer).isEmpty)
        #expect(device.model == nil)
        #expect(device.hostname == "gem-dh-acc-sw-114")
    }

    @Test("without entPhysicalClass, slots and containers are passed over for the row that names the product")
    func placesAreNoProducts() throws {
        let walk = """
        1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.4881.1.1.10.1.150
        1.3.6.1.2.1.47.1.1.1.1.2.1|4|
        1.3.6.1.2.1.47.1.1.1.1.2.2|4|slot0
        1.3.6.1.2.1.47.1.1.1.1.2.3|4|RG-S6220-48XS4QXS
        1.3.6.1.2.1.47.1.1.1.1.2.4|4|Container for Fan Module
        1.3.6.1.2.1.47.1.1.1.1.11.3|4|G1MQ10Z000123
        """
        let device = try reader.read(Data(walk.utf8), file: "rg.snmprec")
        #expect(device.values(.modelString) == ["RG-S6220-48XS4QXS"])
        #expect(device.serialNumber == "G1MQ10Z000123")
    }

    @Test("values: counters, IP addresses, empty values and variation modules are read, not refused")
    func valueShapes() throws {
        let walk = """
        1.3.6.1.2.1.1.1.0|4|
        1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.9.1.1208
        1.3.6.1.2.1.1.3.0|67:numeric|rate=100,initial=12
        1.3.6.1.2.1.4.20.1.1.10.0.0.1|64x|0a000001
        1.3.6.1.2.1.31.1.1.1.6.1|70|18446744073709551615
        1.3.6.1.2.1.2.2.1.6.1|4x|0000000000
        1.3.6.1.2.1.2.2.1.6.2|4x|FFFFFFFFFFFF
        1.3.6.1.2.1.99.1.1.1.1.1|5|
        """
        let device = try reader.read(Data(walk.utf8), file: "vorm.snmprec")
        #expect(device.values(.sysDescr).isEmpty)
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.9.1.1208"])
        #expect(device.macAddresses.isEmpty, "five zero bytes and the broadcast address are no MAC of the device")
    }

    @Test("malformed lines are refused with their line number and why")
    func malformedLines() {
        let cases: [(String, Int, String)] = [
            ("1.3.6.1.2.1.1.1.0|4|ok\n1.3.6.1.2.1.1.2.0 4 1.3.6\n", 2, "scheidingsteken"),
            ("1.3.6.1.2.1.1.1.0|4x|4g6f\n", 1, "hexadecimale"),
            ("1.3.6.1.2.1.1.1.0|4x|486\n", 1, "hexadecimale"),
            ("sysDescr.0|4|Linux\n", 1, "numerieke OID"),
            ("1.3.6.1.2.1.1.3.0|67|gisteren\n", 1, "geheel getal"),
            ("1.3.6.1.2.1.1.1.0|4|a\n1.3.6.1.2.1.1.7.0|99|3\n", 2, "onbekend SNMP-type 99"),
            ("1.3.6.1.2.1.1.2.0|6|1.3.6.x\n", 1, "numerieke OID"),
            (".1.3.6.1.2.1.1.1.0 = STRING: \"Linux\"\n", 1, "snmpwalk"),
        ]
        for (text, line, words) in cases {
            let problem = inputProblem { _ = try reader.read(Data(text.utf8), file: "kapot.snmprec") }
            #expect(problem?.file == "kapot.snmprec")
            #expect(problem?.line == line, "\(text)")
            #expect(problem?.message.contains(words) == true, "\(problem?.message ?? "geen fout") ∌ \(words)")
        }
    }

    @Test("binary garbage, absurd lines, empty and oversized files fail fast with a clear message")
    func hostileInput() {
        var garbage = Data("1.3.6.1.2.1.1.1.0|4|Linux\n".utf8)
        var generator = SplitMix(seed: 42)
        garbage.append(Data((0..<2_000_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }))
        let binary = inputProblem { _ = try reader.read(garbage, file: "ruis.snmprec") }
        #expect(binary?.line == 2)
        #expect(binary?.message.contains("binaire inhoud") == true)

        let tight = SnmprecReader(limits: ReaderLimits(maximumBytes: 1 << 20, maximumLineLength: 4096))
        let long = "1.3.6.1.2.1.1.1.0|4|ok\n1.3.6.1.2.1.1.1.0|4|" + String(repeating: "A", count: 100_000) + "\n"
        let longLine = inputProblem { _ = try tight.read(Data(long.utf8), file: "lang.snmprec") }
        #expect(longLine?.line == 2)
        #expect(longLine?.message.contains("langer dan 4 KiB") == true)

        let big = Data(repeating: UInt8(ascii: "1"), count: (1 << 20) + 1)
        #expect(inputProblem { _ = try tight.read(big, file: "groot.snmprec") }?.message.contains("groter dan") == true)
        #expect(inputProblem { _ = try reader.read(Data(), file: "leeg.snmprec") }?.message == "bestand is leeg")
        #expect(inputProblem { _ = try reader.read(Data("\n# alleen commentaar\n".utf8), file: "c.snmprec") }?
            .message.contains("geen enkele SNMP-waarde") == true)
    }
}

/// A small deterministic generator for hostile test input.
struct SplitMix: RandomNumberGenerator {
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
