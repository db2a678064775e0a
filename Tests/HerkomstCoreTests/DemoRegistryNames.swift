import HerkomstCore

/// IEEE assignments the demo data may use, copied by hand from the registries (Debian `ieee-data`, oui.csv and
/// oui36.csv): prefix → organisation name exactly as registered. The tests check the demo against this table,
/// so a made-up prefix, or a real one of another maker, fails.
enum DemoRegistryNames {
    static let assignments: [String: String] = [
        "4CBD8F": "Hangzhou Hikvision Digital Technology Co.,Ltd.",
        "C056E3": "Hangzhou Hikvision Digital Technology Co.,Ltd.",
        "BCAD28": "Hangzhou Hikvision Digital Technology Co.,Ltd.",
        "1868CB": "Hangzhou Hikvision Digital Technology Co.,Ltd.",
        "08A189": "Hangzhou Hikvision Digital Technology Co.,Ltd.",
        "3CEF8C": "Zhejiang Dahua Technology Co., Ltd.",
        "E0508B": "Zhejiang Dahua Technology Co., Ltd.",
        "14A78B": "Zhejiang Dahua Technology Co., Ltd.",
        "38AF29": "Zhejiang Dahua Technology Co., Ltd.",
        "48EA63": "Zhejiang Uniview Technologies Co., Ltd.",
        "C47905": "Zhejiang Uniview Technologies Co.,Ltd.",
        "6CF17E": "Zhejiang Uniview Technologies Co.,Ltd.",
        "00408C": "AXIS COMMUNICATIONS AB",
        "ACCC8E": "Axis Communications AB",
        "B8A44F": "Axis Communications AB",
        "00075F": "VCS Video Communication Systems AG",
        "000463": "Bosch Security Systems",
        "001C44": "Bosch Security Systems BV",
        "0003C5": "Mobotix AG",
        "001882": "HUAWEI TECHNOLOGIES CO.,LTD",
        "00E0FC": "HUAWEI TECHNOLOGIES CO.,LTD",
        "286ED4": "HUAWEI TECHNOLOGIES CO.,LTD",
        "4C1FCC": "HUAWEI TECHNOLOGIES CO.,LTD",
        "70DB98": "Cisco Systems, Inc",
        "F87B20": "Cisco Systems, Inc",
        "5C5015": "Cisco Systems, Inc",
        "002155": "Cisco Systems, Inc",
        "288A1C": "Juniper Networks",
        "3C6104": "Juniper Networks",
        "84B59C": "Juniper Networks",
        "000585": "Juniper Networks",
        "94F128": "Hewlett Packard Enterprise",
        "98F2B3": "Hewlett Packard Enterprise",
        "1402EC": "Hewlett Packard Enterprise",
        "000FE2": "Hangzhou H3C Technologies Co., Limited",
        "3822D6": "Hangzhou H3C Technologies Co., Limited",
        "006E02": "Xovis AG",
        "000E8C": "Siemens AG",
        "286336": "Siemens AG",
        "000DA0": "NEDAP N.V.",
        "001E42": "Teltonika",
        "240AC4": "Espressif Inc.",
        "30AEA4": "Espressif Inc.",
        "A4CF12": "Espressif Inc.",
        "0C8B95": "Espressif Inc.",
        // MA-S (36-bit) blocks.
        "70B3D526B": "Sorama BV",
        "70B3D5ADC": "SODAQ",
    ]

    /// Which registrants may stand behind a brand's MAC address. HPE's Comware switches may carry H3C's block;
    /// SODAQ's Wi-Fi units carry the Espressif module's.
    static let registrantsByBrand: [String: Set<String>] = [
        "Hikvision": ["Hangzhou Hikvision Digital Technology Co.,Ltd."],
        "HiLook": ["Hangzhou Hikvision Digital Technology Co.,Ltd."],
        "Dahua": ["Zhejiang Dahua Technology Co., Ltd."],
        "Uniview": ["Zhejiang Uniview Technologies Co., Ltd.", "Zhejiang Uniview Technologies Co.,Ltd."],
        "Axis": ["AXIS COMMUNICATIONS AB", "Axis Communications AB"],
        "Bosch": ["VCS Video Communication Systems AG", "Bosch Security Systems", "Bosch Security Systems BV"],
        "Mobotix": ["Mobotix AG"],
        "Huawei": ["HUAWEI TECHNOLOGIES CO.,LTD"],
        "Cisco": ["Cisco Systems, Inc"],
        "Juniper": ["Juniper Networks"],
        "HPE": ["Hewlett Packard Enterprise", "Hangzhou H3C Technologies Co., Limited"],
        "Xovis": ["Xovis AG"],
        "Siemens": ["Siemens AG"],
        "Nedap": ["NEDAP N.V."],
        "Teltonika": ["Teltonika"],
        "Sorama": ["Sorama BV"],
        "SODAQ": ["SODAQ", "Espressif Inc."],
    ]

    /// The registrant of a MAC address: the 36-bit MA-S block first, then the 24-bit MA-L block.
    static func registrant(of mac: MACAddress) -> String? {
        assignments[hex(mac.prefix(bits: 36), digits: 9)] ?? assignments[hex(mac.prefix(bits: 24), digits: 6)]
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
