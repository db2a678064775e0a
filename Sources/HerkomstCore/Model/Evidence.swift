import Foundation

/// What kind of observed fact a piece of evidence is.
public enum EvidenceKind: String, Codable, Sendable, CaseIterable {
    case macAddress = "mac-oui"
    case brandLabel = "merk"
    case modelString = "model"
    case httpServer = "http-server"
    case rtspServer = "rtsp-server"
    case wwwAuthenticate = "www-authenticate"
    case tlsSubject = "tls-subject"
    case sshBanner = "ssh-banner"
    case sysObjectID = "sysobjectid"
    /// An enterprise subtree (`1.3.6.1.4.1.N`) an SNMP agent answers under beside its own sysObjectID: weaker, for
    /// agents that report a number shared by many makers (a chip vendor's, a standards body's) and keep their
    /// maker's own MIB beside it — or that implement another vendor's MIB.
    case snmpEnterpriseMIB = "snmp-enterprise-mib"
    case sysDescr = "sysdescr"
    case snmpManufacturer = "snmp-fabrikant"
    case onvifManufacturer = "onvif-fabrikant"
    case onvifModel = "onvif-model"
    case cpe = "cpe"
    case serviceBanner = "banner"
    case scannerVendor = "scanner-fabrikant"
    case labelText = "label"
    /// An ONVIF endpoint reference (`urn:uuid:…`): an identity for merging more than a clue to the maker.
    case onvifEndpoint = "onvif-endpoint"
    /// A value a source offered for a field that differed from the register's and was not applied.
    case conflictingValue = "tegenstrijdige-waarde"
    /// The device's identifier in another system (`osm:node/123`, `netbox:17`): an identity for merging.
    case externalID = "extern-id"
}

/// One observed fact about a device, with where and when it was seen.
public struct Evidence: Codable, Hashable, Sendable {
    public var kind: EvidenceKind
    public var value: String
    /// Where it came from: an import file and line, a probe, a person.
    public var source: String?
    public var observedAt: Date?

    public init(kind: EvidenceKind, value: String, source: String? = nil, observedAt: Date? = nil) {
        self.kind = kind
        self.value = value
        self.source = source
        self.observedAt = observedAt
    }
}
