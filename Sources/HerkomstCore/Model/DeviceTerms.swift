/// What a device is. Raw values are the API's Dutch/neutral vocabulary (DESIGN §4).
public enum DeviceClass: String, Codable, Sendable, CaseIterable {
    case camera, nvr, sensor, `switch`, router, firewall, accesspoint, gateway, controller, overig
}

/// Lifecycle status of a device, on a given day.
public enum DeviceStatus: String, Codable, Sendable, CaseIterable {
    case gepland, actief, verwijderd
}

/// Who may see a device: the public map shows only `openbaar`.
public enum Visibility: String, Codable, Sendable, CaseIterable {
    case openbaar, intern, vertrouwelijk
}

/// How a device is connected.
public enum Connectivity: String, Codable, Sendable, CaseIterable {
    case bekabeld, mobiel, lora, wifi
}

/// The six lawful bases of GDPR article 6(1).
public enum LegalGround: String, Codable, Sendable, CaseIterable {
    case toestemming            // (a) consent
    case overeenkomst           // (b) contract
    case wettelijkeVerplichting // (c) legal obligation
    case vitaalBelang           // (d) vital interests
    case publiekeTaak           // (e) public task
    case gerechtvaardigdBelang  // (f) legitimate interests
}

/// Why a device exists, on what legal ground, and which data it sees.
public struct Purpose: Codable, Hashable, Sendable {
    public var description: String
    public var legalGround: LegalGround?
    public var personalData: Bool
    public var dataCategories: [String]

    public init(description: String, legalGround: LegalGround? = nil, personalData: Bool = false,
                dataCategories: [String] = []) {
        self.description = description
        self.legalGround = legalGround
        self.personalData = personalData
        self.dataCategories = dataCategories
    }
}
