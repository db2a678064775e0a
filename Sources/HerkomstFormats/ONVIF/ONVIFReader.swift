import Foundation
import HerkomstCore

/// Reads ONVIF answers: a GetDeviceInformation, GetScopes or GetNetworkInterfaces response (one device) or WS-Discovery ProbeMatches /
/// Hello messages (one device per match), whatever namespace prefixes the device chose — and the answers of
/// Hikvision's own discovery (SADP), which arrive as a `ProbeMatch` too.
public struct ONVIFReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .standard) {
        self.limits = limits
    }

    /// The devices in an ONVIF answer, or in a saved exchange holding several (an HTTP response, a capture tool's
    /// JSON). An answer without a device (a SOAP fault, another operation) is passed over when others hold one;
    /// malformed or hostile XML anywhere refuses the whole file.
    public func read(_ data: Data, fileName: String) throws -> [ObservedDevice] {
        var devices: [ObservedDevice] = []
        var firstProblem: InputProblem?
        for document in try ONVIFCapture.documents(in: data, file: fileName) {
            switch try readDocument(document.data, fileName: document.place.map { "\(fileName), \($0)" } ?? fileName) {
            case .devices(let found): devices += found
            case .noDevice(let problem): firstProblem = firstProblem ?? problem
            }
        }
        if devices.isEmpty, let firstProblem { throw firstProblem }
        return devices
    }

    private enum Outcome {
        case devices([ObservedDevice])
        case noDevice(InputProblem)
    }

    private func readDocument(_ data: Data, fileName: String) throws -> Outcome {
        var devices: [ObservedDevice] = []
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
                devices.append(deviceInformation(node, file: fileName))
            case "GetScopesResponse":
                devices.append(scopes(node, file: fileName))
            case "GetNetworkInterfacesResponse":
                if let device = networkInterfaces(node, file: fileName) { devices.append(device) }
            default:
                matchNumber += 1
                devices.append(try ONVIFDiscoveryMatch(file: fileName, number: matchNumber).device(from: node))
            }
        }
        if devices.isEmpty {
            return .noDevice(soapFault ?? InputProblem(file: fileName, field: root.name, message:
                "geen ONVIF-antwoord gevonden: verwacht GetDeviceInformationResponse, GetScopesResponse, "
                + "GetNetworkInterfacesResponse (met een MAC-adres), ProbeMatch of Hello (hoofdelement is <\(root.name)>)"))
        }
        return .devices(devices)
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
