import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("SNMP walks")
struct SNMPWalkReaderTests {
    let reader = SNMPWalkReader()

    @Test("snmprec: hex-encoded sysDescr, sysObjectID, sysName, chassis row of the entity table")
    func huaweiSwitch() throws {
        let device = try reader.read(Fixture.data("huawei-s5735-switch.snmprec"), fileName: "huawei-s5735-switch.snmprec")
        let descr = try #require(device.values(.sysDescr).first)
        #expect(descr.hasPrefix("Huawei Versatile Routing Platform Software"))
        #expect(descr.contains("HUAWEI S5735-L24T4S-A1"))
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.2011.2.23.683"])
        #expect(device.hostname == "vrh-dc1-acc-sw07")
        // The chassis row (class 3), not the Finisar transceiver.
        #expect(device.values(.snmpManufacturer) == ["Huawei Technologies Co., Ltd."])
        #expect(device.model == "S5735-L24T4S-A1")
        #expect(device.values(.modelString) == ["S5735-L24T4S-A1"])
        #expect(device.serialNumber == "4E22B1C07A5F")
        #expect(device.firmware == "Version 5.170 V200R022C00SPC500")
        #expect(device.source == "huawei-s5735-switch.snmprec")
        #expect(device.evidence.first { $0.kind == .sysObjectID }?.source == "huawei-s5735-switch.snmprec:2")
    }

    @Test("interface MACs: empty, zero and multicast dropped, duplicates once, each also as evidence")
    func interfaceMACs() throws {
        let device = try reader.read(Fixture.data("huawei-s5735-switch.snmprec"), fileName: "s.snmprec")
        #expect(device.macAddresses.map(\.description) == ["00:E0:FC:8A:3B:01", "00:E0:FC:8A:3B:0A"])
        #expect(device.values(.macAddress) == ["00:E0:FC:8A:3B:01", "00:E0:FC:8A:3B:0A"])
    }

    @Test("a walk with its own sysObjectID: its own enterprise MIB is not offered again, and nothing stands in for it")
    func noEnterpriseHintsWithOwnObjectID() throws {
        let device = try reader.read(Fixture.data("huawei-s5735-switch.snmprec"), fileName: "s.snmprec")
        #expect(device.values(.sysObjectID).count == 1)
        #expect(!device.values(.snmpEnterpriseMIB).contains("1.3.6.1.4.1.2011"))
    }

    @Test("an OLT with a shared sysObjectID: its own MIB beside it is weaker evidence; bridge and LLDP chassis MACs first; neighbours never")
    func sharedObjectIDAndOwnAddresses() throws {
        // Written for this test in the shape such agents answer: a standards body's number as sysObjectID, the
        // maker's MIB beside it, placeholder interface MACs, and an LLDP neighbour that is another device.
        let walk = """
        1.3.6.1.2.1.1.1.0|4|OLT-7708
        1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.17409.1.10
        1.3.6.1.2.1.2.2.1.6.1|4x|000000000000
        1.3.6.1.2.1.2.2.1.6.2|4x|010203040506
        1.3.6.1.2.1.17.1.1.0|4x|a0f3e4112233
        1.3.6.1.4.1.17409.2.3.1.1.0|2|1
        1.3.6.1.4.1.34592.1.3.1.1.0|4|V1.2.3
        1.0.8802.1.1.2.1.3.1.0|2|4
        1.0.8802.1.1.2.1.3.2.0|4x|a0f3e4112234
        1.0.8802.1.1.2.1.4.1.1.5.0.1.1|4x|0019e2aabbcc
        """
        let device = try reader.read(Data(walk.utf8), fileName: "olt.snmprec")
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.17409.1.10"])
        #expect(device.values(.snmpEnterpriseMIB) == ["1.3.6.1.4.1.34592"], "its own number is not repeated")
        #expect(device.macAddresses == [MACAddress("A0:F3:E4:11:22:33")!, MACAddress("A0:F3:E4:11:22:34")!])
        #expect(!device.values(.macAddress).contains("00:19:E2:AA:BB:CC"), "the LLDP neighbour is another device")
    }

    @Test("a sysObjectID outside the enterprises is no maker's: the walk's enterprise MIBs stand in for it")
    func objectIDOutsideEnterprises() throws {
        let walk = """
        1.3.6.1.2.1.1.1.0|4|GLCY SNMP
        1.3.6.1.2.1.1.2.0|6|1.3.6.1.2.1.1.2
        1.3.6.1.4.1.40989.10.16.1.1.0|4|OAP-M1
        """
        let device = try reader.read(Data(walk.utf8), fileName: "nmu.snmprec")
        #expect(device.values(.sysObjectID) == ["1.3.6.1.2.1.1.2", "1.3.6.1.4.1.40989"])
        #expect(device.values(.snmpEnterpriseMIB).isEmpty)
    }

    @Test("the sysORTable's vendor modules: their enterprise stands in for a missing sysObjectID, their descriptions are read")
    func vendorModulesInTheSysORTable() throws {
        // The shape of a camera agent that answers with little more than its module list (written for this test).
        let walk = """
        1.3.6.1.2.1.1.5.0|4|voordeur
        1.3.6.1.2.1.1.9.1.2.1|6|1.3.6.1.6.3.1
        1.3.6.1.2.1.1.9.1.2.2|6|1.3.6.1.4.1.8072.3.2.10
        1.3.6.1.2.1.1.9.1.2.3|6|1.3.6.1.4.1.1004849.2.1
        1.3.6.1.2.1.1.9.1.3.1|4|The MIB module for SNMPv2 entities
        1.3.6.1.2.1.1.9.1.3.2|4|Net-SNMP agent
        1.3.6.1.2.1.1.9.1.3.3|4|Dahua SNMP Mib Module
        """
        let device = try reader.read(Data(walk.utf8), fileName: "cam.snmprec")
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.1004849"])
        #expect(device.values(.sysDescr) == ["Dahua SNMP Mib Module"], "standard and generic agents' modules say nothing")
        #expect(device.evidence.first { $0.kind == .sysDescr }?.source == "cam.snmprec:7 (sysORDescr)")
    }

    @Test("snmpwalk without -On: an unquoted sysDescr that runs over several lines, sysORTable and unknown MIB names")
    func symbolicWalk() throws {
        // Default net-snmp output as people paste it (written for this test in that shape).
        let walk = """
        SNMPv2-MIB::sysDescr.0 = STRING: HP Comware Platform Software, Software Version 5.20.99 Release 2220P09
        HP A5500-24G EI Switch with 2 Interface Slots

        Copyright (c) 2010-2013 Hewlett-Packard Development Company, L.P.
        SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.25506.11.1.24
        DISMAN-EXPRESSION-MIB::sysUpTimeInstance = Timeticks: (2786528611) 322 days, 12:21:26.11
        HH3C-ENTITY-EXT-MIB::hh3cEntityExtMemUsage.2 = INTEGER: 40
        SNMPv2-MIB::sysORID.10 = OID: SNMPv2-SMI::enterprises.25506.8.35
        SNMPv2-MIB::sysORDescr.10 = STRING: H3C enterprise MIB module
        """
        let device = try reader.read(Data(walk.utf8), fileName: "a5500.walk")
        #expect(device.values(.sysDescr) == ["""
            HP Comware Platform Software, Software Version 5.20.99 Release 2220P09
            HP A5500-24G EI Switch with 2 Interface Slots
            Copyright (c) 2010-2013 Hewlett-Packard Development Company, L.P.
            """, "H3C enterprise MIB module"])
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.25506.11.1.24"])
    }

    @Test("a camera that answers only its vendor MIB: model, firmware and the enterprise number as a hint")
    func vendorMIBOnly() throws {
        let device = try reader.read(Fixture.data("hikvision-camera-vendor-mib.snmprec"), fileName: "cam.snmprec")
        #expect(device.model == "DS-2CD2386G2-IU")
        #expect(device.values(.modelString) == ["DS-2CD2386G2-IU"])
        #expect(device.firmware == "V5.7.12 build 221215")
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.39165"])
        #expect(device.values(.sysDescr).isEmpty)
        #expect(device.macAddresses.map(\.description) == ["BC:AD:28:A1:C2:D3"])
    }

    @Test("UPS behind net-snmp's generic sysObjectID: UPS-MIB identity and the vendor enterprise, not net-snmp's")
    func upsIdentity() throws {
        let device = try reader.read(Fixture.data("huawei-ups-generic-agent.snmprec"), fileName: "ups.snmprec")
        #expect(device.values(.snmpManufacturer) == ["HUAWEI"])
        #expect(device.model == "UPS2000-G-6KRTL")
        #expect(device.firmware == "V2R1C1SPC40")
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.8072.3.2.10", "1.3.6.1.4.1.2011"])
        #expect(device.hostname == nil, "an anonymised <private> sysName is no name")
    }

    @Test("snmpwalk -On: multi-line quoted sysDescr, OID values, typed integers, chassis by INTEGER: chassis(3)")
    func ciscoWalk() throws {
        let device = try reader.read(Fixture.data("cisco-c9200-switch.snmpwalk"), fileName: "c9200.walk")
        let descr = try #require(device.values(.sysDescr).first)
        #expect(descr.hasPrefix("Cisco IOS Software [Cupertino]"))
        #expect(descr.hasSuffix("Compiled Wed 26-Jul-23 10:08 by mcpre"))
        #expect(descr.split(separator: "\n").count == 4)
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.9.1.2694"])
        #expect(device.hostname == "dh-stadhuis-sw-3.denhaag.example")
        #expect(device.values(.snmpManufacturer) == ["Cisco Systems Inc"])
        #expect(device.model == "C9200L-48P-4X")
        #expect(device.serialNumber == "JAE26151ABC")
        #expect(device.firmware == "17.09.04")
        #expect(device.macAddresses.map(\.description) == ["70:DB:98:4C:11:C1", "70:DB:98:4C:11:C9"])
    }

    @Test("snmpwalk without -On: symbolic and iso. names, display-hinted MAC, wrapped Hex-STRING")
    func axisSymbolicWalk() throws {
        let walk = try reader.walk(Fixture.data("axis-camera-no-on.snmpwalk"), fileName: "axis.walk")
        #expect(walk["1.3.6.1.4.1.368.4.1.3.1.3.1"]?.value.text == "Temperature sensor 1")
        let device = try reader.read(Fixture.data("axis-camera-no-on.snmpwalk"), fileName: "axis.walk")
        #expect(device.values(.sysDescr) == ["; AXIS Q6135-LE; PTZ Network Camera; 10.12.165; Nov 02 2022 09:14; 1D0.2; 1;"])
        #expect(device.values(.sysObjectID) == ["1.3.6.1.4.1.368.1.1"])
        #expect(device.macAddresses.map(\.description) == ["B8:A4:4F:0C:7D:21"])
        #expect(device.values(.snmpManufacturer) == ["Axis Communications AB"])
        #expect(device.model == "Q6135-LE")
        #expect(device.serialNumber == "B8A44F0C7D21")
    }

    @Test("the format is decided from the content")
    func detection() throws {
        let snmprec = try reader.read(Data("1.3.6.1.2.1.1.1.0|4|Linux gw 5.15\n".utf8), fileName: "a.txt")
        #expect(snmprec.values(.sysDescr) == ["Linux gw 5.15"])
        let walk = try reader.read(Data(".1.3.6.1.2.1.1.1.0 = STRING: Linux gw 5.15\n".utf8), fileName: "b.txt")
        #expect(walk.values(.sysDescr) == ["Linux gw 5.15"])
    }

    @Test("snmprec values keep a '|' after the second separator; types 64 and 70 decode")
    func separatorsInValues() throws {
        let walk = try reader.walk(Fixture.data("huawei-s5735-switch.snmprec"), fileName: "s.snmprec")
        #expect(walk["1.3.6.1.2.1.1.4.0"]?.value == .octets(Array("noc@veiligheidsregio.example|nacht: 070-0000000".utf8)))
        #expect(walk["1.3.6.1.2.1.4.20.1.1.10.12.0.7"]?.value == .ipAddress("10.12.0.7"))
        #expect(walk["1.3.6.1.2.1.31.1.1.1.6.6"]?.value == .unsigned(98_127_746_251))
    }
}
