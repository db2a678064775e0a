import Foundation
import HerkomstCore

/// Reads ONVIF answers: a GetDeviceInformation, GetScopes or GetNetworkInterfaces response (one device) or
/// WS-Discovery ProbeMatches / Hello messages (one device per match), whatever namespace prefixes the device chose —
/// and the answers of Hikvision's own discovery (SADP), which arrive as a `ProbeMatch` too.
public struct ONVIFReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .standard) {
        self.limits = limits
    }

    /// The devices in an ONVIF answer, or in a saved exchange holding several (an HTTP response, a capture tool's
    /// JSON or archive). The device service's answers in one capture (information, scopes, network cards) describe one camera and
    /// make one device; discovery answers make one device per match. An answer without a device (a SOAP fault,
    /// another operation) is passed over when others hold one; malformed or hostile XML anywhere refuses the file.
    public func read(_ data: Data, fileName: String) throws -> [ObservedDevice] {
        try limits.checkSize(of: data.count, file: fileName)
        var answers: [ObservedDevice] = []
        var discovered: [ObservedDevice] = []
        var firstProblem: InputProblem?
        for document in try ONVIFCapture.documents(in: data, file: fileName, limits: limits) {
            switch try readDocument(document.data, fileName: document.place.map { "\(fileName), \($0)" } ?? fileName) {
            case .devices(let fromDeviceService, let fromDiscovery):
                answers += fromDeviceService
                discovered += fromDiscovery
            case .noDevice(let problem):
                firstProblem = firstProblem ?? problem
            }
        }
        let devices = (answers.count > 1 ? [Self.oneDevice(answers, source: fileName)] : answers) + discovered
        if devices.isEmpty, let firstProblem { throw firstProblem }
        return devices
    }

    /// The device service's answers of one camera as one device: the first value of each field, every address and
    /// every piece of evidence.
    static func oneDevice(_ answers: [ObservedDevice], source: String) -> ObservedDevice {
        var device = ObservedDevice(source: source)
        for answer in answers {
            device.deviceClass = device.deviceClass ?? answer.deviceClass
            device.brand = device.brand ?? answer.brand
            device.model = device.model ?? answer.model
            device.firmware = device.firmware ?? answer.firmware
            device.serialNumber = device.serialNumber ?? answer.serialNumber
            device.hostname = device.hostname ?? answer.hostname
            device.endpointID = device.endpointID ?? answer.endpointID
            device.macAddresses += answer.macAddresses.filter { !device.macAddresses.contains($0) }
            device.ipAddresses += answer.ipAddresses.filter { !device.ipAddresses.contains($0) }
            device.evidence += answer.evidence
        }
        return device
    }

    private enum Outcome {
        case devices(fromDeviceService: [ObservedDevice], fromDiscovery: [ObservedDevice])
        case noDevice(InputProblem)
    }

    private func readDocument(_ data: Data, fileName: String) throws -> Outcome {
        var answers: [ObservedDevice] = []
        var discovered: [ObservedDevice] = []
        var soapFault: InputProblem?
        var matchNumber = 0
        let root = try SafeXMLReader(limits: limits).read(
            data, file: fileName, collect: ["GetDeviceInformationResponse", "GetScopesResponse", "GetNetworkInterfacesResponse",
                                     "ProbeMatch", "Hello", "Fault"]
        ) { node in
            switch node.name {
            case "Fault":
                soapFault = soapFault ?? fault(node, file: fileName)
            case "GetDeviceInformationResponse":
                answers.append(deviceInformation(node, file: fileName))
            case "GetScopesResponse":
                answers.append(scopes(node, file: fileName))
            case "GetNetworkInterfacesResponse":
                if let device = networkInterfaces(node, file: fileName) { answers.append(device) }
            default:
                matchNumber += 1
                discovered.append(try ONVIFDiscoveryMatch(file: fileName, number: matchNumber).device(from: node))
            }
        }
        if answers.isEmpty && discovered.isEmpty {
            return .noDevice(soapFault ?? InputProblem(file: fileName, field: root.name, message:
                "geen ONVIF-antwoord gevonden: verwacht GetDeviceInformationResponse, GetScopesResponse, "
                + "GetNetworkInterfacesResponse (met een MAC-adres), ProbeMatch of Hello (hoofdelement is <\(root.name)>)"))
        }
        return .devices(fromDeviceService: answers, fromDiscovery: discovered)
    }

    private func deviceInformation(_ node: XMLNode, file: String) -> ObservedDevice {
        var device = ObservedDevice(source: file)
        var evidence = EvidenceList()
        func source(_ name: String) -> String { "\(file):\(node.child(name)?.line ?? node.line)" }
        if let maker = node.childText("Manufacturer") {
            device.brand = maker
            evidence.add(.onvifManufacturer, maker, at: source("Manufacturer"))
        }
        if let model = node.childText("Model") {
            device.model = model
            evidence.add(.onvifModel, model, at: source("Model"))
        }
        device.firmware = node.childText("FirmwareVersion")
        device.serialNumber = node.childText("SerialNumber")
        if let hardware = node.childText("HardwareId") {
            // No evidence kind of its own: a vendor's hardware code, matched like a banner.
            evidence.add(.serviceBanner, "ONVIF HardwareId: \(hardware)", at: source("HardwareId"))
        }
        device.evidence = evidence.items
        return device
    }

    private func scopes(_ node: XMLNode, file: String) -> ObservedDevice {
        var device = ObservedDevice(source: file)
        var evidence = EvidenceList()
        ONVIFDiscoveryMatch.read(scopes: node.descendants("ScopeItem").map(\.trimmedText), into: &device,
                                 evidence: &evidence, at: "\(file):\(node.line)")
        device.evidence = evidence.items
        return device
    }

    /// The device's own network cards (`tt:Info/tt:HwAddress`): their addresses are evidence of the maker.
    private func networkInterfaces(_ node: XMLNode, file: String) -> ObservedDevice? {
        var device = ObservedDevice(source: file)
        var evidence = EvidenceList()
        for address in node.descendants("HwAddress") {
            guard let mac = MACAddress(address.trimmedText), !device.macAddresses.contains(mac) else { continue }
            device.macAddresses.append(mac)
            evidence.add(.macAddress, mac.description, at: "\(file):\(address.line)")
        }
        device.evidence = evidence.items
        return device.macAddresses.isEmpty ? nil : device
    }

    private func fault(_ node: XMLNode, file: String) -> InputProblem {
        let reason = node.firstDescendant("Text")?.trimmedText
            ?? node.firstDescendant("faultstring")?.trimmedText
            ?? node.firstDescendant("Value")?.trimmedText
            ?? "zonder reden"
        return InputProblem(file: file, line: node.line, field: "Fault",
                            message: "het apparaat antwoordde met een SOAP-fout, niet met apparaatgegevens: \(reason)")
    }
}
