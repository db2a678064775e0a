import Foundation
import HerkomstCore

/// Reads nmap's XML output (`-oX`): one observed device per `<host>` that is up (`<hosthint>` elements, which
/// nmap writes before the real results, are skipped), with its addresses, names and what its open ports say.
public struct NmapReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .scan) {
        self.limits = limits
    }

    public func read(_ data: Data, fileName: String) throws -> [ObservedDevice] {
        var devices: [ObservedDevice] = []
        let root = try SafeXMLReader(limits: limits).read(data, file: fileName, collect: ["host"]) { host in
            if let device = NmapHost(node: host, file: fileName).device() { devices.append(device) }
        }
        guard root.name == "nmaprun" else {
            throw InputProblem(file: fileName, line: root.line, field: root.name,
                               message: "geen nmap-XML: het hoofdelement is <\(root.name)>, verwacht <nmaprun> (nmap -oX)")
        }
        return devices
    }
}

/// One `<host>` element.
struct NmapHost {
    let node: XMLNode
    let file: String

    func device() -> ObservedDevice? {
        if let state = node.child("status")?.attribute("state"), state != "up" { return nil }
        let observedAt = node.attribute("starttime").flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) }
        var evidence = EvidenceList()
        var device = ObservedDevice(source: file)

        for address in node.children("address") {
            guard let value = address.attribute("addr") else { continue }
            switch address.attribute("addrtype") {
            case "ipv4", "ipv6":
                if !device.ipAddresses.contains(value) { device.ipAddresses.append(value) }
            case "mac":
                guard let mac = MACAddress(value) else { continue }
                if !device.macAddresses.contains(mac) { device.macAddresses.append(mac) }
                evidence.add(.macAddress, mac.description, at: "\(file):\(address.line)", observedAt: observedAt)
                if let vendor = address.attribute("vendor") {
                    evidence.add(.scannerVendor, vendor, at: "\(file):\(address.line)", observedAt: observedAt)
                }
            default:
                continue
            }
        }
        let place = device.ipAddresses.first ?? device.macAddresses.first?.description ?? "regel \(node.line)"
        device.source = "\(file), host \(place)"
        device.hostname = node.child("hostnames")?.children("hostname").compactMap { $0.attribute("name") }.first

        for port in node.child("ports")?.children("port") ?? [] {
            guard port.child("state")?.attribute("state")?.hasPrefix("open") == true else { continue }
            let portName = "\(port.attribute("portid") ?? "?")/\(port.attribute("protocol") ?? "tcp")"
            let at = "\(file):\(port.line) host \(place) poort \(portName)"
            var findings = NmapPortFindings(at: at, observedAt: observedAt)
            if let service = port.child("service") {
                findings.service(service)
                device.deviceClass = device.deviceClass ?? service.attribute("devicetype").flatMap(Self.deviceClass)
            }
            for script in port.children("script") { findings.script(script) }
            evidence.append(findings.evidence)
        }
        for script in node.child("hostscript")?.children("script") ?? [] {
            var findings = NmapPortFindings(at: "\(file):\(script.line) host \(place)", observedAt: observedAt)
            findings.script(script)
            evidence.append(findings.evidence)
        }
        if let os = node.child("os") {
            let matches = os.children("osmatch")
            for osClass in matches.prefix(1).flatMap({ $0.children("osclass") }) {
                device.deviceClass = device.deviceClass ?? osClass.attribute("type").flatMap(Self.deviceClass)
            }
            // The vendor of an embedded system's fingerprint is the device's maker as nmap guesses it; that of a
            // general-purpose system (Linux, Microsoft, OS/2) says nothing about the box it runs on, nor do its CPEs.
            for osClass in Self.confidentGuess(matches)?.children("osclass") ?? []
            where osClass.attribute("type") != "general purpose" {
                if let vendor = osClass.attribute("vendor") {
                    evidence.add(.scannerVendor, vendor, at: "\(file):\(osClass.line) host \(place)", observedAt: observedAt)
                }
                for cpe in osClass.children("cpe") {
                    evidence.add(.cpe, cpe.trimmedText, at: "\(file):\(cpe.line) host \(place)", observedAt: observedAt)
                }
            }
        }
        device.evidence = evidence.items
        return device
    }

    /// nmap's best OS match, when it is a guess worth counting: no match of another vendor comes within
    /// `guessMargin` points of it. A fingerprint that fits an OSRAM gateway at 96% and a Denver camera at 95% names
    /// neither maker; nmap lists such near-ties when it found no exact match.
    static func confidentGuess(_ matches: [XMLNode]) -> XMLNode? {
        guard let best = matches.first else { return nil }
        func accuracy(_ match: XMLNode) -> Int { Int(match.attribute("accuracy") ?? "") ?? 0 }
        func vendors(_ match: XMLNode) -> Set<String> {
            Set(match.children("osclass").compactMap { $0.attribute("vendor")?.lowercased() })
        }
        let bestVendors = vendors(best)
        let rivals = matches.dropFirst().filter { accuracy($0) >= accuracy(best) - guessMargin && vendors($0).isDisjoint(with: bestVendors) }
        return rivals.isEmpty ? best : nil
    }

    static let guessMargin = 5

    /// nmap's device types (`devicetype`, `osclass type`) in the register's classes; the rest stays unknown.
    static func deviceClass(_ type: String) -> DeviceClass? {
        switch type.lowercased() {
        case "webcam": return .camera
        case "router", "broadband router": return .router
        case "switch": return .switch
        case "firewall": return .firewall
        case "wap": return .accesspoint
        case "security-misc": return nil
        default: return nil
        }
    }
}

extension EvidenceList {
    mutating func append(_ other: EvidenceList) {
        for item in other.items { add(item.kind, item.value, at: item.source ?? "", observedAt: item.observedAt) }
    }
}
