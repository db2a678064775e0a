import Foundation
import HerkomstCore

/// Reads ONVIF answers: a `GetDeviceInformationResponse` (one device) or WS-Discovery `ProbeMatches` (one device
/// per `ProbeMatch`), under whatever namespace prefixes the device or the capturing tool chose.
public struct ONVIFReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .document) {
        self.limits = limits
    }

    public func read(_ data: Data, file: String) throws -> [ObservedDevice] {
        var document: XMLNode?
        try SafeXMLParser(file: file, limits: limits).parse(data, subtrees: nil) { document = $0 }
        guard let root = document else {
            throw InputProblem(file: file, message: "geen XML-document")
        }
        if let fault = root.descendants("Fault").first {
            let reason = fault.descendants("Text").first?.trimmedText ?? fault.descendants("Value").first?.trimmedText
            throw InputProblem(file: file, line: fault.line, field: "Fault",
                               message: "het apparaat antwoordde met een SOAP-fout: \(reason ?? "zonder reden")")
        }
        var devices: [ObservedDevice] = []
        let informationAnswers = root.name == "GetDeviceInformationResponse"
            ? [root] : root.descendants("GetDeviceInformationResponse")
        for answer in informationAnswers {
            devices.append(deviceInformation(answer, file: file))
        }
        let matches = root.name == "ProbeMatch" ? [root] : root.descendants("ProbeMatch")
        for match in matches {
            devices.append(probeMatch(match, file: file))
        }
        guard !devices.isEmpty else {
            throw InputProblem(file: file, line: root.line, field: root.name,
                               message: "geen GetDeviceInformationResponse of ProbeMatch gevonden; "
                               + "is dit een ONVIF-antwoord?")
        }
        return devices
    }

    func deviceInformation(_ answer: XMLNode, file: String) -> ObservedDevice {
        func field(_ name: String) -> String? { answer.child(name)?.trimmedText }
        var device = ObservedDevice(source: "\(file), GetDeviceInformationResponse (regel \(answer.line))")
        var evidence = EvidenceList(file: file)
        let manufacturer = field("Manufacturer")
        let model = field("Model")
        evidence.add(.onvifManufacturer, manufacturer, "Manufacturer")
        evidence.add(.onvifModel, model, "Model")
        if let hardware = field("HardwareId") {
            evidence.add(.labelText, "HardwareId \(hardware)", "HardwareId")
        }
        device.model = model
        device.firmware = field("FirmwareVersion")
        device.serialNumber = field("SerialNumber")
        device.evidence = evidence.items
        return device
    }

    func probeMatch(_ match: XMLNode, file: String) -> ObservedDevice {
        var device = ObservedDevice(source: "\(file), ProbeMatch (regel \(match.line))")
        var evidence = EvidenceList(file: file)
        device.endpointID = match.child("EndpointReference")?.child("Address")?.trimmedText

        let types = (match.child("Types")?.trimmedText ?? "").split(whereSeparator: \.isWhitespace)
            .map { ONVIFScopes.localName($0) }
        var deviceClass = ONVIFScopes.deviceClass(types: types)

        for scope in (match.child("Scopes")?.trimmedText ?? "").split(whereSeparator: \.isWhitespace) {
            guard let (category, value) = ONVIFScopes.parse(scope) else { continue }
            switch category {
            case "name":
                evidence.add(.labelText, value, "Scopes name")
            case "hardware":
                device.model = device.model ?? value
                evidence.add(.onvifModel, value, "Scopes hardware")
            case "type":
                deviceClass = deviceClass ?? ONVIFScopes.deviceClass(type: value)
            case "mac":
                if let mac = MACAddress(value), !device.macAddresses.contains(mac) {
                    device.macAddresses.append(mac)
                    evidence.add(.macAddress, mac.description, "Scopes MAC")
                }
            default:
                continue
            }
        }
        device.deviceClass = deviceClass

        for address in (match.child("XAddrs")?.trimmedText ?? "").split(whereSeparator: \.isWhitespace) {
            guard let host = URLComponents(string: String(address))?.host, !host.isEmpty else { continue }
            let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
            if IPAddressSyntax.isValid(bare) {
                if !device.ipAddresses.contains(bare) { device.ipAddresses.append(bare) }
            } else if device.hostname == nil, HostnameSyntax.isPlausible(bare) {
                device.hostname = bare
            }
        }
        device.evidence = evidence.items
        return device
    }
}

/// ONVIF scope URIs (`onvif://www.onvif.org/hardware/DS-2CD2143G2-I`) and discovery types.
enum ONVIFScopes {
    /// (category in lower case, percent-decoded value); nil for scopes outside the ONVIF namespace.
    static func parse(_ scope: Substring) -> (String, String)? {
        let prefix = "onvif://www.onvif.org/"
        guard scope.lowercased().hasPrefix(prefix) else { return nil }
        let path = scope.dropFirst(prefix.count)
        guard let slash = path.firstIndex(of: "/") else { return nil }
        let category = path[..<slash].lowercased()
        let raw = String(path[path.index(after: slash)...])
        let value = (raw.removingPercentEncoding ?? raw).trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : (category, value)
    }

    static func localName(_ qualified: Substring) -> String {
        qualified.split(separator: ":").last.map(String.init) ?? String(qualified)
    }

    static func deviceClass(types: [String]) -> DeviceClass? {
        if types.contains("NetworkVideoTransmitter") { return .camera }
        if types.contains(where: { $0.hasPrefix("NetworkVideoStorage") || $0 == "NetworkVideoRecorder" }) { return .nvr }
        return nil
    }

    static func deviceClass(type: String) -> DeviceClass? {
        let t = type.lowercased()
        if t.contains("nvr") || t.contains("recorder") || t.contains("storage") { return .nvr }
        if t.contains("video_encoder") || t.contains("networkvideotransmitter") || t.contains("ptz")
            || t.contains("camera") { return .camera }
        return nil
    }
}

/// Collects evidence of one device without repeats, naming the file and the field each item came from.
struct EvidenceList {
    let file: String
    var observedAt: Date?
    private(set) var items: [Evidence] = []

    init(file: String, observedAt: Date? = nil) {
        self.file = file
        self.observedAt = observedAt
    }

    mutating func add(_ kind: EvidenceKind, _ value: String?, _ place: String) {
        guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty,
              !items.contains(where: { $0.kind == kind && $0.value == value }) else { return }
        items.append(Evidence(kind: kind, value: value, source: "\(file), \(place)", observedAt: observedAt))
    }
}
