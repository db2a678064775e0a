/// Switches, routers and firewalls. sysObjectIDs sit under each maker's IANA enterprise number
/// (2011 Huawei, 9 Cisco, 2636 Juniper, 25506 H3C); the product numbers below it are illustrative.
enum DemoNetworkModels {
    // Huawei: platform = the VRP software line as printed in sysDescr; firmware = VRP release.
    static let huaweiAccessSwitch = DemoModel(.huawei, "S5720-28X-SI-AC", .switch,
                                              firmwares: ["V200R011C10SPC600"], platform: "S5720",
                                              sysObjectID: "1.3.6.1.4.1.2011.2.23.258")
    static let huaweiPoESwitch = DemoModel(.huawei, "S5735-L24T4S-A1", .switch,
                                           firmwares: ["V200R019C10SPC500"], platform: "S5735",
                                           sysObjectID: "1.3.6.1.4.1.2011.2.23.629")
    static let huaweiCoreSwitch = DemoModel(.huawei, "S6730-H24X6C", .switch,
                                            firmwares: ["V200R019C10SPC500"], platform: "S6730",
                                            sysObjectID: "1.3.6.1.4.1.2011.2.23.565")
    static let huaweiHeadOfficeRouter = DemoModel(.huawei, "AR6120", .router,
                                                  firmwares: ["V300R019C10SPC300"], platform: "AR6120",
                                                  sysObjectID: "1.3.6.1.4.1.2011.2.224.318")
    static let huaweiBranchRouter = DemoModel(.huawei, "AR651", .router,
                                              firmwares: ["V300R019C13SPC200"], platform: "AR650",
                                              sysObjectID: "1.3.6.1.4.1.2011.2.224.290")

    // Cisco: platform = the image line of `show version` / sysDescr.
    static let ciscoCoreSwitch = DemoModel(.cisco, "C9300-48P", .switch, firmwares: ["16.12.4", "17.3.4", "17.9.4"],
                                           platform: "Catalyst L3 Switch Software (CAT9K_IOSXE)",
                                           sysObjectID: "1.3.6.1.4.1.9.1.2494")
    static let ciscoAccessSwitch = DemoModel(.cisco, "C9200L-24P-4G", .switch, firmwares: ["17.3.4", "17.9.4"],
                                             platform: "Catalyst L3 Switch Software (CAT9K_LITE_IOSXE)",
                                             sysObjectID: "1.3.6.1.4.1.9.1.2685")
    static let ciscoLegacySwitch = DemoModel(.cisco, "WS-C2960X-24PS-L", .switch, firmwares: ["15.2(4)E8", "15.2(7)E4"],
                                             platform: "C2960X Software (C2960X-UNIVERSALK9-M)",
                                             sysObjectID: "1.3.6.1.4.1.9.1.1208")
    static let ciscoBranchRouter = DemoModel(.cisco, "ISR4331/K9", .router, firmwares: ["16.12.4", "17.6.4"],
                                             platform: "ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M)",
                                             sysObjectID: "1.3.6.1.4.1.9.1.1862")
    static let ciscoEdgeRouter = DemoModel(.cisco, "C8300-1N1S-4T2X", .router, firmwares: ["17.9.4", "17.12.2"],
                                           platform: "c8000be Software (X86_64_LINUX_IOSD-UNIVERSALK9-M)",
                                           sysObjectID: "1.3.6.1.4.1.9.1.3146")
    static let ciscoFirewall = DemoModel(.ciscoFirewall, "ASA5516-X", .firewall, firmwares: ["9.12(4)", "9.16(2)"],
                                         sysObjectID: "1.3.6.1.4.1.9.1.2133")

    // Juniper: platform = how Junos names the product kind in sysDescr.
    static let juniperAccessSwitch = DemoModel(.juniper, "EX2300-24P", .switch, firmwares: ["20.4R3-S2.6", "21.4R3.15"],
                                               platform: "Ethernet Switch", sysObjectID: "1.3.6.1.4.1.2636.1.1.1.2.132")
    static let juniperCoreSwitch = DemoModel(.juniper, "EX4300-48P", .switch, firmwares: ["20.4R3-S2.6", "21.4R3.15"],
                                             platform: "Ethernet Switch", sysObjectID: "1.3.6.1.4.1.2636.1.1.1.2.63")
    static let juniperRouter = DemoModel(.juniper, "MX204", .router, firmwares: ["21.2R3-S3.5", "22.2R3.15"],
                                         platform: "internet router", sysObjectID: "1.3.6.1.4.1.2636.1.1.1.2.151")
    static let juniperFirewall = DemoModel(.juniper, "SRX345", .firewall, firmwares: ["20.4R3-S2.6", "21.4R3.15"],
                                           platform: "internet router", sysObjectID: "1.3.6.1.4.1.2636.1.1.1.2.135")

    // HPE-branded Comware switches (H3C-made): platform = the product line as sysDescr prints it.
    static let hpe5130 = DemoModel(.hpeComware, "5130-24G-4SFP+ EI", .switch, firmwares: ["3208P10", "3507P10"],
                                   platform: "HPE 5130 24G 4SFP+ EI Switch", sysObjectID: "1.3.6.1.4.1.25506.11.1.218")
    static let hpe5510 = DemoModel(.hpeComware, "5510-24G-4SFP+ HI", .switch, firmwares: ["1311P03"],
                                   platform: "HPE 5510 24G 4SFP+ HI 1-slot Switch", sysObjectID: "1.3.6.1.4.1.25506.11.1.246")
    static let hpe5900 = DemoModel(.hpeComware, "5900AF-48G-4X-2QSFP+", .switch, firmwares: ["2432P61", "2432P63"],
                                   platform: "HPE FF 5900AF-48G-4XG-2QSFP+ Switch", sysObjectID: "1.3.6.1.4.1.25506.11.1.101")
}
