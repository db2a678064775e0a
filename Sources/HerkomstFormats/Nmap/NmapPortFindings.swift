import Foundation
import HerkomstCore

/// What one open port says: the service nmap recognised, its CPEs, its scripts' output and the raw answers
/// kept in the service fingerprint.
struct NmapPortFindings {
    let at: String
    let observedAt: Date?
    private(set) var evidence = EvidenceList()

    init(at: String, observedAt: Date?) {
        self.at = at
        self.observedAt = observedAt
    }

    mutating func service(_ service: XMLNode) {
        let name = service.attribute("name") ?? ""
        let parts = [service.attribute("product"), service.attribute("version"),
                     service.attribute("extrainfo").map { "(\($0))" }].compactMap { $0 }.filter { !$0.isEmpty }
        if !parts.isEmpty {
            add(Self.bannerKind(serviceName: name), parts.joined(separator: " "))
        }
        for cpe in service.children("cpe") { add(.cpe, cpe.trimmedText) }
        if let fingerprint = service.attribute("servicefp") {
            for response in NmapFingerprint.responses(fingerprint) { headers(in: response) }
        }
    }

    mutating func script(_ script: XMLNode) {
        let output = script.attribute("output") ?? ""
        let lines = output.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        switch script.attribute("id") ?? "" {
        case "http-server-header":
            let elements = script.children("elem").map(\.trimmedText)
            for value in elements.isEmpty ? lines : elements { add(.httpServer, value) }
        case "http-title":
            if let title = lines.first { add(.serviceBanner, title) }
        case "ssh-hostkey":
            for line in lines { add(.serviceBanner, "ssh-hostkey \(line)") }
        case "banner":
            for line in lines { add(line.hasPrefix("SSH-") ? .sshBanner : .serviceBanner, line) }
        case "ssl-cert":
            if let subject = Self.certificateSubject(script, lines: lines) { add(.tlsSubject, subject) }
        case "http-headers", "rtsp-methods", "http-auth":
            headers(in: output)
        default:
            break
        }
    }

    /// `Server:` and `WWW-Authenticate:` headers of one raw answer; `SSH-…` greetings; the first lines a telnet or FTP
    /// service greets with ("Welcome Visiting Huawei Home Gateway"), which often name the maker.
    private mutating func headers(in response: String) {
        // `\r\n` is one Character in Swift: split on newline characters, not on "\n".
        let lines = response.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let isRTSP = lines.first?.hasPrefix("RTSP/") == true
        let isHTTP = lines.first?.hasPrefix("HTTP/") == true
        if !isRTSP && !isHTTP && lines.first?.hasPrefix("SSH-") != true {
            for line in lines.prefix(3) where Self.isGreeting(line) { add(.serviceBanner, line) }
            for line in lines where Self.isGreeting(line) {
                if let mac = Self.labelledMAC(in: line) { add(.macAddress, mac.description) }
            }
            return
        }
        if isHTTP, let title = Self.htmlTitle(in: response) { add(.serviceBanner, title) }
        for line in lines {
            if line.hasPrefix("SSH-") { add(.sshBanner, line); continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch name {
            case "server": add(isRTSP ? .rtspServer : .httpServer, value)
            case "www-authenticate": add(.wwwAuthenticate, value)
            default: continue
            }
        }
    }

    /// A MAC address a service prints about itself, after a label that says so ("MAC address : 00:90:E8:41:7A:0C",
    /// as serial servers and embedded boards greet on telnet). Only the written-out form with `:` or `-` between the
    /// bytes: twelve bare hex digits are as often a serial number.
    static func labelledMAC(in line: String) -> MACAddress? {
        guard let label = line.range(of: "mac", options: .caseInsensitive) else { return nil }
        let rest = line[label.upperBound...]
        for token in rest.split(whereSeparator: { " \t=,;()[]".contains($0) }) where token.count == 17 {
            let separators = token.enumerated().filter { $0.offset % 3 == 2 }.map(\.element)
            guard Set(separators).count == 1, separators.first == ":" || separators.first == "-",
                  let mac = MACAddress(String(token)) else { continue }
            return mac
        }
        return nil
    }

    /// The `<title>` of a web page in a raw answer, as nmap's http-title script would report it: a login page's title
    /// often names the product ("NETGEAR Router", "DVR Login"). Nil when absent, empty or not readable text.
    static func htmlTitle(in response: String) -> String? {
        guard let open = response.range(of: "<title", options: .caseInsensitive),
              let tagEnd = response[open.upperBound...].firstIndex(of: ">"),
              let close = response[tagEnd...].range(of: "</title", options: .caseInsensitive) else { return nil }
        let title = response[response.index(after: tagEnd)..<close.lowerBound]
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return isGreeting(title) ? title : nil
    }

    /// Readable text, not a binary answer: printable characters only, with letters in it.
    static func isGreeting(_ line: String) -> Bool {
        (4...200).contains(line.count) && line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
            && line.contains { $0.isLetter }
    }

    private mutating func add(_ kind: EvidenceKind, _ value: String) {
        evidence.add(kind, value, at: at, observedAt: observedAt)
    }

    static func bannerKind(serviceName: String) -> EvidenceKind {
        let name = serviceName.lowercased()
        if name.hasPrefix("http") || name == "https" { return .httpServer }
        if name.hasPrefix("rtsp") { return .rtspServer }
        if name == "ssh" { return .sshBanner }
        return .serviceBanner
    }

    /// `CN=…, O=…, C=…` from the script's subject table, or from its `Subject:` output line.
    static func certificateSubject(_ script: XMLNode, lines: [String]) -> String? {
        let short = ["commonName": "CN", "organizationName": "O", "organizationalUnitName": "OU",
                     "countryName": "C", "localityName": "L", "stateOrProvinceName": "ST"]
        if let table = script.children("table").first(where: { $0.attribute("key") == "subject" }) {
            let parts = table.children("elem").compactMap { elem -> String? in
                guard let key = elem.attribute("key") else { return nil }
                return "\(short[key] ?? key)=\(elem.trimmedText)"
            }
            if !parts.isEmpty { return parts.joined(separator: ", ") }
        }
        guard let line = lines.first(where: { $0.hasPrefix("Subject:") }) else { return nil }
        var subject = String(line.dropFirst("Subject:".count)).trimmingCharacters(in: .whitespaces)
        for (long, abbreviation) in short { subject = subject.replacingOccurrences(of: long + "=", with: abbreviation + "=") }
        return subject.replacingOccurrences(of: "/", with: ", ")
    }
}
