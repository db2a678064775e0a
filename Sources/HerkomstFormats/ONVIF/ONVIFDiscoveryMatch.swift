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
        if node.child("DeviceSN") != nil || node.child("DeviceDescription") != nil {
            return Self.sadpAnswer(node, device: device, at: at)
        }

        if let address = node.firstDescendant("EndpointReference")?.childText("Address") {
            device.endpointID = address
            evidence.add(.onvifEndpoint, address, at: at)
            if let mac = Self.deviceMACInUUID(address) {
                // A UUID that ends in the device's address is evidence of the maker. Not an identity: firmware
                // that writes one fixed UUID into every camera would merge them all.
                evidence.add(.macAddress, mac.description, at: at)
            }
        }
        let types = (node.childText("Types") ?? "").split(whereSeparator: \.isWhitespace).map { XMLNode.localName(String($0)) }
        device.deviceClass = Self.deviceClass(types: types)
        Self.read(scopes: (node.childText("Scopes") ?? "").split(whereSeparator: \.isWhitespace).map(String.init),
                  into: &device, evidence: &evidence, at: at)
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

    /// Hikvision's own discovery protocol (SADP) answers in a `ProbeMatch` of its own: model, serial number, MAC
    /// address, address and firmware as plain elements, no WS-Addressing.
    static func sadpAnswer(_ node: XMLNode, device: ObservedDevice, at: String) -> ObservedDevice {
        var device = device
        var evidence = EvidenceList()
        if let model = node.childText("DeviceDescription") {
            device.model = model
            evidence.add(.modelString, model, at: at)
        }
        device.serialNumber = node.childText("DeviceSN")
        device.firmware = node.childText("SoftwareVersion")
        if let text = node.childText("MAC"), let mac = MACAddress(text) {
            device.macAddresses.append(mac)
            evidence.add(.macAddress, mac.description, at: at)
        }
        if let ip = node.childText("IPv4Address"), IPAddressSyntax.isValid(ip) { device.ipAddresses.append(ip) }
        device.evidence = evidence.items
        return device
    }

    /// The ONVIF scopes of a device (from discovery or from GetScopes): model, maker, name, MAC address and type.
    static func read(scopes: [String], into device: inout ObservedDevice, evidence: inout EvidenceList, at: String) {
        for scope in scopes {
            guard let (category, value) = onvifScope(scope) else { continue }
            switch category {
            case "hardware", "model":
                device.model = device.model ?? value
                evidence.add(.onvifModel, value, at: at)
            case "mfg", "manufacturer":
                device.brand = device.brand ?? value
                evidence.add(.onvifManufacturer, value, at: at)
            case "name":
                // A name set by the maker or the owner: it often carries the brand, so offer it like a banner.
                evidence.add(.serviceBanner, value, at: at)
            case "mac", "macaddress":
                guard let mac = MACAddress(value), !device.macAddresses.contains(mac) else { continue }
                device.macAddresses.append(mac)
                evidence.add(.macAddress, mac.description, at: at)
            case "type":
                device.deviceClass = device.deviceClass ?? deviceClass(types: [value])
            case "location", "profile":
                continue
            default:
                // A scope of the maker's own making (`onvif://www.onvif.org/b/jovision`): read like a banner, so only
                // a catalogued name or signature in it counts.
                evidence.add(.serviceBanner, value, at: at)
            }
        }
    }

    /// The device's own MAC address in its endpoint UUID, where the UUID's shape says it holds one:
    /// `urn:uuid:aa85c000-6324-11b3-8000-5850ed1fe385` (version 1, time-based: its node is the maker's address) →
    /// 58:50:ED:1F:E3:85, and UUIDs that no RFC 4122 generator made (a version digit outside 1–8, or a variant digit
    /// outside 8–b), which firmware writes by hand from the device's address (`15020314-0204-0408-1500-ec71db465af7`).
    /// Nil for RFC 4122 random and name-based versions (3–8), whose last digits are no address, and for a node that
    /// is no device's own address (random nodes have the multicast bit set, RFC 4122 §4.5).
    static func deviceMACInUUID(_ address: String) -> MACAddress? {
        let uuid = address.lowercased().replacingOccurrences(of: "urn:uuid:", with: "").replacingOccurrences(of: "uuid:", with: "")
        let parts = uuid.split(separator: "-")
        guard parts.count == 5, parts.map(\.count) == [8, 4, 4, 4, 12],
              let version = parts[2].first, let variant = parts[3].first else { return nil }
        let generated = "89ab".contains(variant) && "12345678".contains(version)
        guard !generated || "12".contains(version),
              let mac = MACAddress(String(parts[4])), !mac.isMulticast, !mac.isLocallyAdministered, mac.value != 0
        else { return nil }
        return mac
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
