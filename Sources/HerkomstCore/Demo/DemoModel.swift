/// One product of a maker, with the strings it reports in that maker's real grammar.
struct DemoModel: Sendable {
    let maker: DemoMaker
    /// The model number as on the label and in the device's own answers (`DS-2CD2143G2-I`, `S5720-28X-SI-AC`).
    let name: String
    let deviceClass: DeviceClass
    /// Firmware releases a unit of this model may run, oldest first.
    let firmwares: [String]
    /// Maker-specific text the banners need: the VRP series (`S5720`), the IOS image line, the Junos product kind,
    /// the Comware product line (`HPE 5130 24G 4SFP+ EI Switch`), the ONVIF product name of a Bosch camera.
    let platform: String?
    let sysObjectID: String?
    /// What the label says besides brand and model, for devices that tell nothing over the network.
    let labelText: String?

    init(_ maker: DemoMaker, _ name: String, _ deviceClass: DeviceClass, firmwares: [String] = [],
         platform: String? = nil, sysObjectID: String? = nil, labelText: String? = nil) {
        self.maker = maker
        self.name = name
        self.deviceClass = deviceClass
        self.firmwares = firmwares
        self.platform = platform
        self.sysObjectID = sysObjectID
        self.labelText = labelText
    }
}
