import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("the entPhysical chassis row")
struct SNMPEntityTableTests {
    func read(_ walk: String) throws -> ObservedDevice {
        try #require(try DeviceIdentityReader().read(Data(walk.utf8), fileName: "ent.snmprec", format: .snmprec).first)
    }

    @Test("a bare chassis row defers to the board inside it, not to the optic in a port")
    func bareChassis() throws {
        let device = try read("""
        1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.2011.2.23.291
        1.3.6.1.2.1.47.1.1.1.1.2.16777216|4|S5720-28X-SI-AC
        1.3.6.1.2.1.47.1.1.1.1.2.16842752|4|S5720-28X-SI-AC main board
        1.3.6.1.2.1.47.1.1.1.1.2.17104898|4|10GBase_SFP_SM
        1.3.6.1.2.1.47.1.1.1.1.4.16777216|2|0
        1.3.6.1.2.1.47.1.1.1.1.4.16842752|2|16777216
        1.3.6.1.2.1.47.1.1.1.1.4.17104898|2|17104897
        1.3.6.1.2.1.47.1.1.1.1.5.16777216|2|3
        1.3.6.1.2.1.47.1.1.1.1.5.16842752|2|9
        1.3.6.1.2.1.47.1.1.1.1.5.17104898|2|9
        1.3.6.1.2.1.47.1.1.1.1.11.16842752|4|2102350DLC10H8001234
        1.3.6.1.2.1.47.1.1.1.1.11.17104898|4|FNS19460ABC
        1.3.6.1.2.1.47.1.1.1.1.12.16842752|4|Huawei
        1.3.6.1.2.1.47.1.1.1.1.12.17104898|4|FINISAR CORP.
        1.3.6.1.2.1.47.1.1.1.1.13.16842752|4|S5720-28X-SI-AC
        1.3.6.1.2.1.47.1.1.1.1.13.17104898|4|FTLX1471D3BCL
        """)
        #expect(device.values(.snmpManufacturer) == ["Huawei"])
        #expect(device.model == "S5720-28X-SI-AC")
        #expect(device.serialNumber == "2102350DLC10H8001234")
    }

    @Test("without entPhysicalClass, empty rows and slots are passed over for the row that names the product")
    func placesAreNoProducts() throws {
        let device = try read("""
        1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.4881.1.1.10.1.150
        1.3.6.1.2.1.47.1.1.1.1.2.1|4|
        1.3.6.1.2.1.47.1.1.1.1.2.2|4|slot0
        1.3.6.1.2.1.47.1.1.1.1.2.3|4|RG-S6220-48XS4QXS
        1.3.6.1.2.1.47.1.1.1.1.2.4|4|Container for Fan Module
        1.3.6.1.2.1.47.1.1.1.1.11.3|4|G1MQ10Z000123
        """)
        #expect(device.values(.modelString) == ["RG-S6220-48XS4QXS"])
        #expect(device.serialNumber == "G1MQ10Z000123")
    }

    @Test("a slot is never reported as the model")
    func slotIsNoModel() throws {
        let device = try read("""
        1.3.6.1.2.1.47.1.1.1.1.2.1|4|Slot 0
        1.3.6.1.2.1.47.1.1.1.1.2.2|4|Card slot
        """)
        #expect(device.values(.modelString).isEmpty)
    }
}
