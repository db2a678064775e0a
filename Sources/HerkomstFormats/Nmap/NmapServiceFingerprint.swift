/// The probe responses inside an nmap service fingerprint (`servicefp`), decoded from nmap's escaping
/// (`\x20`, `\r\n`, `\.`), so that the headers a device sent can be read as the device sent them.
enum NmapServiceFingerprint {
    struct Response: Equatable {
        var probe: String
        var text: String
    }

    /// Every `%r(Probe,LENGTH,"…")` of the fingerprint, in order.
    static func responses(_ fingerprint: String) -> [Response] {
        // Normal output wraps fingerprints into lines starting with `SF:`; undo that if it is there.
        let flat = Array(fingerprint.replacingOccurrences(of: "\nSF:", with: "").utf8)
        var found: [Response] = []
        var i = 0
        while let start = find(Array("%r(".utf8), in: flat, from: i) {
            var p = start + 3
            guard let nameEnd = flat[p...].firstIndex(of: UInt8(ascii: ",")) else { break }
            let probe = String(decoding: flat[p..<nameEnd], as: UTF8.self)
            p = nameEnd + 1
            guard let lengthEnd = flat[p...].firstIndex(of: UInt8(ascii: ",")),
                  lengthEnd + 1 < flat.count, flat[lengthEnd + 1] == UInt8(ascii: "\"") else { break }
            p = lengthEnd + 2
            var bytes: [UInt8] = []
            var closed = false
            while p < flat.count {
                let c = flat[p]
                if c == UInt8(ascii: "\"") { closed = true; p += 1; break }
                if c == UInt8(ascii: "\\"), p + 1 < flat.count {
                    let e = flat[p + 1]
                    switch e {
                    case UInt8(ascii: "x") where p + 3 < flat.count:
                        if let h = HexBytes.nibble(flat[p + 2]), let l = HexBytes.nibble(flat[p + 3]) {
                            bytes.append(h << 4 | l)
                            p += 4
                            continue
                        }
                        bytes.append(e)
                    case UInt8(ascii: "r"): bytes.append(0x0D)
                    case UInt8(ascii: "n"): bytes.append(0x0A)
                    case UInt8(ascii: "t"): bytes.append(0x09)
                    case UInt8(ascii: "0"): bytes.append(0x00)
                    default: bytes.append(e)  // `\.`, `\(`, `\"`, `\\`: the character itself
                    }
                    p += 2
                    continue
                }
                bytes.append(c)
                p += 1
            }
            guard closed else { break }
            let text = String(bytes: bytes, encoding: .utf8) ?? latin1String(bytes)
            found.append(Response(probe: probe, text: text))
            i = p
        }
        return found
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<i + needle.count]) == needle { return i }
            i += 1
        }
        return nil
    }
}

/// Headers that name a device's software, found in any text a scanner recorded (probe answers, script output).
enum BannerHeaders {
    struct Found: Equatable {
        var server: [String] = []
        var wwwAuthenticate: [String] = []
    }

    static func scan(_ text: String) -> Found {
        var found = Found()
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { continue }
            if name == "server", !found.server.contains(value) { found.server.append(value) }
            if name == "www-authenticate", !found.wwwAuthenticate.contains(value) { found.wwwAuthenticate.append(value) }
        }
        return found
    }
}

import Foundation
