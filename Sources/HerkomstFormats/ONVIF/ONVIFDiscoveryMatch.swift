import Foundation
import HerkomstCore

/// One WS-Discovery ProbeMatch or Hello: endpoint reference, types, ONVIF scopes and service addresses.
struct ONVIFDiscoveryMatch {
    let file: String
    let number: Int

    func device(from node: XMLNode) throws -> ObservedDevice {
        var device = ObservedDevice(source: "\(file), \(node.name) \(number)")
        var evidence = EvidenceList()
        let at = "\(file):\(node.line)"

        if let address = node.firstDescendant("EndpointReference")?.childText("Address") {
            device.endpointID = address
            evidence.add(.onvifEndpoint, address, at: at)
        }
        let types = (node.childText("Types") ?? "").split(whereSeparator: \.isWhitespace).map { XMLNode.localName(String($0)) }
        device.deviceClass = Self.deviceClass(types: types)

        for scope in (node.childText("Scopes") ?? "").split(whereSeparator: \.isWhitespace) {
            guard let (category, value) = Self.onvifScope(String(scope)) else { continue }
            switch category {
            case "hardware":
                device.model = device.model ?? value
                evidence.add(.onvifModel, value, at: at)
            case "mfg", "manufacturer":
                device.brand = device.brand ?? value
                evidence.add(.onvifManufacturer, value, at: at)
            case "name":
                // A name set by the maker or the owner: it often carries the brand, so offer it like a banner.
                evidence.add(.serviceBanner, value, at: at)
            case "type":
                device.deviceClass = device.deviceClass ?? Self.deviceClass(types: [value])
            default:
                continue
            }
        }
        for address in (node.childText("XAddrs") ?? "").split(whereSeparator: \.isWhitespace) {
            guard let host = URLComponents(string: String(address))?.host, !host.isEmpty else { continue }
            let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            if IPAddressSyntax.isValid(bare) {
                if !device.ipAddresses.contains(bare) { device.ipAddresses.append(bare) }
            } else {
                device.hostname = device.hostname ?? bare
            }
        }
        if device.endpointID == nil && device.ipAddresses.isEmpty && evidence.items.isEmpty {
            throw InputProblem(file: file, line: node.line, field: node.name,
                               message: "\(node.name) zonder EndpointReference, Scopes of XAddrs")
        }
        device.evidence = evidence.items
        return device
    }

    /// `onvif://www.onvif.org/hardware/DS-2CD2143G0-I` → ("hardware", "DS-2CD2143G0-I"), percent-decoded.
    static func onvifScope(_ scope: String) -> (String, String)? {
        let prefix = "onvif://www.onvif.org/"
        guard scope.lowercased().hasPrefix(prefix) else { return nil }
        let path = scope.dropFirst(prefix.count)
        guard let slash = path.firstIndex(of: "/") else { return nil }
        let category = path[..<slash].lowercased()
        let raw = String(path[path.index(after: slash)...])
        let value = (raw.removingPercentEncoding ?? raw).trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : (category, value)
    }

    static func deviceClass(types: [String]) -> DeviceClass? {
        let lowered = types.map { $0.lowercased().replacingOccurrences(of: "_", with: "") }
        if lowered.contains(where: { $0.contains("networkvideostorage") || $0.contains("recorder") || $0 == "nvr" }) { return .nvr }
        if lowered.contains(where: { $0.contains("networkvideotransmitter") || $0 == "videoencoder" || $0 == "ptz"
            || $0 == "camera" }) { return .camera }
        return nil
    }
}
