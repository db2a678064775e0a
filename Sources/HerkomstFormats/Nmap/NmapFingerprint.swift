import Foundation
/// Decodes the raw answers nmap keeps in a service fingerprint (`servicefp`): each `%r(Probe,LEN,"…")`
/// holds the bytes the service sent, escaped as `\x20`, `\r`, `\n`, `\"`, `\.` and so on.
enum NmapFingerprint {
    /// The decoded answers, in order, without repeats (many probes get the same answer).
    static func responses(_ fingerprint: String) -> [String] {
        // Fingerprints printed for submission wrap at 80 columns with an `SF:` prefix on each line.
        let text = Array(fingerprint.replacingOccurrences(of: "\nSF:", with: "").utf8)
        var answers: [String] = []
        var index = 0
        let marker = Array("%r(".utf8)
        while let start = XMLPrologGuard.find(marker, in: text, from: index) {
            index = start + marker.count
            // Skip the probe name and the length: up to the opening quote.
            while index < text.count && text[index] != UInt8(ascii: "\"") && text[index] != UInt8(ascii: ")") { index += 1 }
            guard index < text.count, text[index] == UInt8(ascii: "\"") else { continue }
            index += 1
            var bytes: [UInt8] = []
            var closed = false
            while index < text.count {
                let byte = text[index]
                if byte == UInt8(ascii: "\"") { closed = true; index += 1; break }
                if byte == UInt8(ascii: "\\"), index + 1 < text.count {
                    let next = text[index + 1]
                    switch next {
                    case UInt8(ascii: "x"):
                        if index + 3 < text.count,
                           let high = HexDigits.value(text[index + 2]), let low = HexDigits.value(text[index + 3]) {
                            bytes.append(high << 4 | low)
                            index += 4
                            continue
                        }
                        bytes.append(next)
                    case UInt8(ascii: "r"): bytes.append(0x0D)
                    case UInt8(ascii: "n"): bytes.append(0x0A)
                    case UInt8(ascii: "t"): bytes.append(0x09)
                    case UInt8(ascii: "0"): bytes.append(0x00)
                    default: bytes.append(next)
                    }
                    index += 2
                    continue
                }
                bytes.append(byte)
                index += 1
            }
            guard closed else { break }
            let answer = String(bytes: bytes, encoding: .utf8) ?? String(bytes.map { Character(Unicode.Scalar($0)) })
            if !answers.contains(answer) { answers.append(answer) }
        }
        return answers
    }
}

import HerkomstCore
