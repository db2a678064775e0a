/// A block of MAC addresses that the IEEE assigned to one organisation (MA-L: 24 bits, MA-S: 36 bits).
/// Every block below was checked against the IEEE registries (Debian's `ieee-data`): the demo's MAC
/// addresses point to their real assignees, so attribution has real work to do.
struct DemoMACBlock: Hashable, Sendable {
    let prefix: UInt64
    let bits: Int

    static func maL(_ prefix: UInt64) -> DemoMACBlock { DemoMACBlock(prefix: prefix, bits: 24) }
    static func maS(_ prefix: UInt64) -> DemoMACBlock { DemoMACBlock(prefix: prefix, bits: 36) }

    func address(suffix: UInt64) -> MACAddress {
        let hostBits = UInt64(48 - bits)
        return MACAddress(value: prefix << hostBits | (suffix & ((1 << hostBits) - 1)))
    }
}

/// How a maker's devices show themselves on the network: which banners, OIDs and ONVIF answers they give.
enum DemoSignature: Sendable {
    case hikvision, dahua, axis, bosch, mobotix, uniview
    case huaweiVRP, ciscoIOS, ciscoASA, junos, comware
    /// Devices that say nothing on the network beyond their MAC address: what is known comes from the label.
    case quiet
}

/// A maker (or the brand on the box) as the demo uses it.
struct DemoMaker: Sendable {
    /// The brand label; nil would be an unknown brand, which the unknown-device story builds separately.
    let brand: String
    let macBlocks: [DemoMACBlock]
    let signature: DemoSignature
    /// What the device answers in ONVIF `GetDeviceInformation` → `Manufacturer`.
    let onvifManufacturer: String?
}

extension DemoMaker {
    static let hikvision = DemoMaker(brand: "Hikvision",
                                     macBlocks: [.maL(0x4CBD8F), .maL(0xC056E3), .maL(0xBCAD28), .maL(0x1868CB), .maL(0x08A189)],
                                     signature: .hikvision, onvifManufacturer: "HIKVISION")
    /// Hikvision's budget brand: the same factory, the same MAC blocks, another label.
    static let hiLook = DemoMaker(brand: "HiLook", macBlocks: [.maL(0xC056E3), .maL(0xBCAD28)],
                                  signature: .hikvision, onvifManufacturer: "HIKVISION")
    static let dahua = DemoMaker(brand: "Dahua", macBlocks: [.maL(0x3CEF8C), .maL(0xE0508B), .maL(0x14A78B), .maL(0x38AF29)],
                                 signature: .dahua, onvifManufacturer: "Dahua")
    static let uniview = DemoMaker(brand: "Uniview", macBlocks: [.maL(0x48EA63), .maL(0xC47905), .maL(0x6CF17E)],
                                   signature: .uniview, onvifManufacturer: "Uniview")
    static let axis = DemoMaker(brand: "Axis", macBlocks: [.maL(0x00408C), .maL(0xACCC8E), .maL(0xB8A44F)],
                                signature: .axis, onvifManufacturer: "AXIS")
    /// Bosch Security Systems: the VCS block (Bosch's video arm), the US block and the Dutch block (Breda).
    static let bosch = DemoMaker(brand: "Bosch", macBlocks: [.maL(0x00075F), .maL(0x000463), .maL(0x001C44)],
                                 signature: .bosch, onvifManufacturer: "Bosch")
    static let mobotix = DemoMaker(brand: "Mobotix", macBlocks: [.maL(0x0003C5)], signature: .mobotix,
                                   onvifManufacturer: "MOBOTIX")

    static let huawei = DemoMaker(brand: "Huawei", macBlocks: [.maL(0x001882), .maL(0x00E0FC), .maL(0x286ED4), .maL(0x4C1FCC)],
                                  signature: .huaweiVRP, onvifManufacturer: nil)
    static let cisco = DemoMaker(brand: "Cisco", macBlocks: [.maL(0x70DB98), .maL(0xF87B20), .maL(0x5C5015), .maL(0x002155)],
                                 signature: .ciscoIOS, onvifManufacturer: nil)
    static let ciscoFirewall = DemoMaker(brand: "Cisco", macBlocks: [.maL(0x70DB98), .maL(0x002155)],
                                         signature: .ciscoASA, onvifManufacturer: nil)
    static let juniper = DemoMaker(brand: "Juniper", macBlocks: [.maL(0x288A1C), .maL(0x3C6104), .maL(0x84B59C), .maL(0x000585)],
                                   signature: .junos, onvifManufacturer: nil)
    /// HPE-branded Comware switches are designed and built by H3C: most carry an HPE block, older stock an H3C one.
    static let hpeComware = DemoMaker(brand: "HPE",
                                      macBlocks: [.maL(0x94F128), .maL(0x98F2B3), .maL(0x1402EC), .maL(0x000FE2), .maL(0x3822D6)],
                                      signature: .comware, onvifManufacturer: nil)

    static let xovis = DemoMaker(brand: "Xovis", macBlocks: [.maL(0x006E02)], signature: .quiet, onvifManufacturer: nil)
    static let siemens = DemoMaker(brand: "Siemens", macBlocks: [.maL(0x000E8C), .maL(0x286336)], signature: .quiet,
                                   onvifManufacturer: nil)
    static let nedap = DemoMaker(brand: "Nedap", macBlocks: [.maL(0x000DA0)], signature: .quiet, onvifManufacturer: nil)
    static let teltonika = DemoMaker(brand: "Teltonika", macBlocks: [.maL(0x001E42)], signature: .quiet, onvifManufacturer: nil)
    static let sorama = DemoMaker(brand: "Sorama", macBlocks: [.maS(0x70B3D526B)], signature: .quiet, onvifManufacturer: nil)
    /// A Dutch maker whose Wi-Fi units carry an Espressif (Shanghai) module: a Chinese MAC block, a Dutch maker.
    static let sodaq = DemoMaker(brand: "SODAQ", macBlocks: [.maS(0x70B3D5ADC)], signature: .quiet, onvifManufacturer: nil)
    static let espressifModule: [DemoMACBlock] = [.maL(0x240AC4), .maL(0x30AEA4), .maL(0xA4CF12), .maL(0x0C8B95)]
    /// Makers whose devices in the demo have no IP interface of their own (LoRa, mobile, logger-attached).
    static let libelium = DemoMaker(brand: "Libelium", macBlocks: [], signature: .quiet, onvifManufacturer: nil)
    static let kippZonen = DemoMaker(brand: "Kipp & Zonen", macBlocks: [], signature: .quiet, onvifManufacturer: nil)
    static let vanEssen = DemoMaker(brand: "Van Essen Instruments", macBlocks: [], signature: .quiet, onvifManufacturer: nil)
    static let boschClimate = DemoMaker(brand: "Bosch", macBlocks: [], signature: .quiet, onvifManufacturer: nil)
}
