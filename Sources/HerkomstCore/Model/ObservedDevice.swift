/// What one outside source (an SNMP walk, an ONVIF answer, one host of an nmap scan) says about one device,
/// before attribution: identity fields where the source has them, and the evidence to attribute it by.
public struct ObservedDevice: Hashable, Sendable {
    /// The file and place it came from (`scan.xml, host 10.0.0.5`).
    public var source: String
    public var deviceClass: DeviceClass?
    public var brand: String?
    public var model: String?
    public var firmware: String?
    public var serialNumber: String?
    public var hostname: String?
    public var macAddresses: [MACAddress]
    public var ipAddresses: [String]
    /// ONVIF endpoint reference (`urn:uuid:…`), an identity of its own for merging.
    public var endpointID: String?
    public var evidence: [Evidence]

    public init(source: String, deviceClass: DeviceClass? = nil, brand: String? = nil, model: String? = nil,
                firmware: String? = nil, serialNumber: String? = nil, hostname: String? = nil,
                macAddresses: [MACAddress] = [], ipAddresses: [String] = [], endpointID: String? = nil,
                evidence: [Evidence] = []) {
        self.source = source
        self.deviceClass = deviceClass
        self.brand = brand
        self.model = model
        self.firmware = firmware
        self.serialNumber = serialNumber
        self.hostname = hostname
        self.macAddresses = macAddresses
        self.ipAddresses = ipAddresses
        self.endpointID = endpointID
        self.evidence = evidence
    }
}

/// A problem with an outside file, naming the file and the place (line, element, field) and why.
public struct InputProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line, where the format has lines.
    public var line: Int?
    /// The field, column, element or entry concerned.
    public var field: String?
    public var message: String

    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let field { place += " (\(field))" }
        return "\(place): \(message)"
    }
}
