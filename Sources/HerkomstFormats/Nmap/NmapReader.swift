import Foundation
import HerkomstCore

/// Reads nmap's XML output (`-oX`): one device per `<host>` that was up (not per `<hosthint>`), with its
/// addresses, the MAC vendor nmap printed, host names, and for every open port the service nmap recognised,
/// its CPEs, script output and the headers inside its service fingerprint.
public struct NmapReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .scan) {
        self.limits = limits
    }

    public func read(_ data: Data, file: String) throws -> [ObservedDevice] {
        var devices: [ObservedDevice] = []
        let root = try SafeXMLParser(file: file, limits: limits).parse(data, subtrees: ["host"]) { host in
            if let device = self.device(host, file: file) { devices.append(device) }
        }
        guard root == "nmaprun" else {
            throw InputProblem(file: file, line: 1, field: root,
                               message: "het hoofdelement is <\(root)>, niet <nmaprun>; is dit nmap -oX-uitvoer?")
        }
        return devices
    }

    /// nil for a host nmap reported as down: nothing was seen of it.
    func device(_ host: XMLNode, file: String) -> ObservedDevice? {
        if host.child("status")?.attribute("state") == "down" { return nil }
        var ips: [String] = []
        var macs: [(MACAddress, String?)] = []
        for address in host.children("address") {
            guard let addr = address.attribute("addr") else { continue }
            switch address.attribute("addrtype") {
            case "ipv4", "ipv6": ips.append(addr)
            case "mac": if let mac = MACAddress(addr) { macs.append((mac, address.attribute("vendor"))) }
            default: continue
            }
        }
        let label = ips.first ?? macs.first?.0.description ?? "regel \(host.line)"
        var device = ObservedDevice(source: "\(file), host \(label)")
        device.ipAddresses = ips
        device.macAddresses = macs.map(\.0)
        let names = host.child("hostnames")?.children("hostname") ?? []
        device.hostname = (names.first { $0.attribute("type") == "user" } ?? names.first)?.attribute("name")

        let started = host.attribute("starttime").flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) }
        var evidence = EvidenceList(file: "\(file), host \(label)", observedAt: started)
        for (mac, vendor) in macs {
            evidence.add(.macAddress, mac.description, "MAC-adres")
            evidence.add(.scannerVendor, vendor, "MAC-leverancier volgens nmap")
        }
        var classes: [DeviceClass] = []
        for port in host.child("ports")?.children("port") ?? [] where port.child("state")?.attribute("state") == "open" {
            classes += readPort(port, into: &evidence)
        }
        for script in host.child("hostscript")?.children("script") ?? [] {
            readScript(script, service: nil, place: "hostscript", into: &evidence)
        }
        classes += readOS(host.child("os"), into: &evidence)
        device.deviceClass = classes.first
        device.evidence = evidence.items
        return device
    }

    private func readPort(_ port: XMLNode, into evidence: inout EvidenceList) -> [DeviceClass] {
        let place = "poort \(port.attribute("portid") ?? "?")/\(port.attribute("protocol") ?? "tcp")"
        guard let service = port.child("service") else { return [] }
        let name = service.attribute("name") ?? ""
        let kind = Self.bannerKind(service: name)
        let banner = [service.attribute("product"), service.attribute("version")]
            .compactMap { $0 }.joined(separator: " ")
        let extra = service.attribute("extrainfo").map { " (\($0))" } ?? ""
        if !banner.isEmpty { evidence.add(kind, banner + extra, "\(place), dienst \(name)") }
        for cpe in service.children("cpe") { evidence.add(.cpe, cpe.trimmedText, "\(place), CPE") }
        if let fingerprint = service.attribute("servicefp") {
            readFingerprint(fingerprint, service: name, place: place, into: &evidence)
        }
        for script in port.children("script") {
            readScript(script, service: name, place: place, into: &evidence)
        }
        return [service.attribute("devicetype")].compactMap { $0.flatMap(Self.deviceClass) }
    }

    private func readFingerprint(_ fingerprint: String, service: String, place: String,
                                 into evidence: inout EvidenceList) {
        for response in NmapServiceFingerprint.responses(fingerprint) {
            let firstLine = response.text.prefix { $0 != "\r" && $0 != "\n" }
            let where_ = "\(place), vingerafdruk \(response.probe)"
            if firstLine.hasPrefix("SSH-") {
                evidence.add(.sshBanner, String(firstLine), where_)
                continue
            }
            let headers = BannerHeaders.scan(response.text)
            let serverKind: EvidenceKind = firstLine.hasPrefix("RTSP/") || service == "rtsp" ? .rtspServer : .httpServer
            for server in headers.server { evidence.add(serverKind, server, "\(where_), Server") }
            for challenge in headers.wwwAuthenticate {
                evidence.add(.wwwAuthenticate, challenge, "\(where_), WWW-Authenticate")
            }
            // A greeting that is neither HTTP nor RTSP (telnet, FTP, proprietary) often names the product.
            if !firstLine.hasPrefix("HTTP/") && !firstLine.hasPrefix("RTSP/"), response.probe == "NULL",
               firstLine.count >= 4, firstLine.allSatisfy({ $0.isASCII && !$0.isNewline && ($0.isLetter || $0.isNumber || $0.isPunctuation || $0.isSymbol || $0 == " ") }) {
                evidence.add(.serviceBanner, String(firstLine.prefix(200)), where_)
            }
        }
    }

    private func readScript(_ script: XMLNode, service: String?, place: String, into evidence: inout EvidenceList) {
        guard let id = script.attribute("id") else { return }
        let output = script.attribute("output") ?? ""
        let where_ = "\(place), script \(id)"
        let serverKind: EvidenceKind = service == "rtsp" || id.hasPrefix("rtsp") ? .rtspServer : .httpServer
        switch id {
        case "http-server-header":
            let values = script.children("elem").compactMap(\.trimmedText)
            for value in values.isEmpty ? Self.lines(output) : values { evidence.add(serverKind, value, where_) }
        case "http-title":
            if let title = script.children("elem").first(where: { $0.attribute("key") == "title" })?.trimmedText
                ?? Self.lines(output).first, !title.hasPrefix("Site doesn't have a title") {
                evidence.add(.serviceBanner, "titel: \(title)", where_)
            }
        case "http-auth":
            for line in Self.lines(output) where line.hasPrefix("Basic") || line.hasPrefix("Digest") {
                evidence.add(.wwwAuthenticate, line, where_)
            }
        case "ssl-cert":
            evidence.add(.tlsSubject, Self.certificateSubject(script) ?? Self.subjectLine(output), where_)
        case "snmp-sysdescr":
            // The script prints the sysDescr, then a line of its own with the uptime.
            let descr = Self.lines(output).filter { !$0.hasPrefix("System uptime:") }.joined(separator: "\n")
            evidence.add(.sysDescr, descr, where_)
        case "banner":
            let line = Self.lines(output).first
            evidence.add(line?.hasPrefix("SSH-") == true ? .sshBanner : .serviceBanner, line, where_)
        case "ssh-hostkey":
            // Key types and sizes tell the SSH implementation (Dropbear on many embedded devices).
            let keys = Self.lines(output).map { $0.split(separator: " ").filter { !$0.contains(":") }.joined(separator: " ") }
            if !keys.isEmpty { evidence.add(.serviceBanner, "ssh-hostkey: " + keys.joined(separator: "; "), where_) }
        default:
            break
        }
        // Any script that dumps headers (http-headers, rtsp-methods, upnp-info) shows what the device sent.
        let headers = BannerHeaders.scan(output)
        for server in headers.server { evidence.add(serverKind, server, where_) }
        for challenge in headers.wwwAuthenticate { evidence.add(.wwwAuthenticate, challenge, where_) }
    }

    private func readOS(_ os: XMLNode?, into evidence: inout EvidenceList) -> [DeviceClass] {
        guard let best = os?.children("osmatch").first else { return [] }
        var classes: [DeviceClass] = []
        let accuracy = best.attribute("accuracy").map { " (\($0)%)" } ?? ""
        for osclass in best.children("osclass") {
            let text = [osclass.attribute("vendor"), osclass.attribute("osfamily"), osclass.attribute("osgen")]
                .compactMap { $0 }.joined(separator: " ")
            if !text.isEmpty { evidence.add(.serviceBanner, "OS: \(text)\(accuracy)", "OS-detectie") }
            for cpe in osclass.children("cpe") { evidence.add(.cpe, cpe.trimmedText, "OS-detectie, CPE") }
            if let type = osclass.attribute("type"), let c = Self.deviceClass(type) { classes.append(c) }
        }
        return classes
    }

    static func bannerKind(service: String) -> EvidenceKind {
        let s = service.lowercased()
        if s.hasPrefix("http") || s == "https" || s.hasSuffix("/http") { return .httpServer }
        if s == "rtsp" { return .rtspServer }
        if s == "ssh" { return .sshBanner }
        return .serviceBanner
    }

    /// nmap's device types, as far as they name one of the register's classes.
    static func deviceClass(_ devicetype: String) -> DeviceClass? {
        switch devicetype.lowercased() {
        case "webcam": return .camera
        case "switch": return .switch
        case "router", "broadband router": return .router
        case "firewall": return .firewall
        case "wap": return .accesspoint
        default: return nil
        }
    }

    static func lines(_ output: String) -> [String] {
        output.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `CN=…, O=…, C=…` from ssl-cert's structured `subject` table.
    static func certificateSubject(_ script: XMLNode) -> String? {
        guard let subject = script.children("table").first(where: { $0.attribute("key") == "subject" }) else { return nil }
        let short = ["commonName": "CN", "organizationName": "O", "organizationalUnitName": "OU",
                     "countryName": "C", "localityName": "L", "stateOrProvinceName": "ST"]
        let parts = subject.children("elem").compactMap { elem -> String? in
            guard let key = elem.attribute("key"), let value = elem.trimmedText else { return nil }
            return "\(short[key] ?? key)=\(value)"
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    static func subjectLine(_ output: String) -> String? {
        lines(output).first { $0.hasPrefix("Subject:") }.map { String($0.dropFirst(8)).trimmingCharacters(in: .whitespaces) }
    }
}
