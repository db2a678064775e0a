import Foundation
import HerkomstCore

/// Refuses hostile XML before a parser sees it: entity declarations (billion laughs), internal DTD subsets and
/// external identifiers (XXE) in the prolog, and binary content. The bare `<!DOCTYPE nmaprun>` that real nmap
/// writes carries none of these and passes. One place for every XML reader of the project.
enum XMLPrologGuard {
    static func check(_ data: Data, file: String) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            try refuseBinary(bytes, file: file)
            try checkProlog(bytes, file: file)
        }
    }

    private static func refuseBinary(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw InputProblem(file: file, line: 1, message: "XML in UTF-16 wordt niet gelezen; sla het op als UTF-8")
        }
        // No XML text in a byte encoding holds NUL or the C0 controls other than tab, LF and CR.
        for (offset, b) in bytes.enumerated() where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
            throw InputProblem(file: file, line: lineNumber(at: offset, in: bytes),
                               message: "binaire inhoud (byte 0x\(String(b, radix: 16))); dit is geen XML-tekst")
        }
    }

    private static func checkProlog(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        func starts(_ text: String, at position: Int) -> Bool {
            let utf8 = Array(text.utf8)
            guard position + utf8.count <= bytes.count else { return false }
            for k in 0..<utf8.count where bytes[position + k] != utf8[k] { return false }
            return true
        }
        func find(_ text: String, from position: Int) -> Int? {
            var p = position
            while p < bytes.count {
                if starts(text, at: p) { return p }
                p += 1
            }
            return nil
        }
        func refuse(_ message: String, at position: Int) -> InputProblem {
            InputProblem(file: file, line: lineNumber(at: position, in: bytes), field: "DOCTYPE", message: message)
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
            guard b == UInt8(ascii: "<") else { return }  // text before the root: the parser reports it
            if starts("<?", at: i) {
                guard let end = find("?>", from: i + 2) else { return }
                i = end + 2
            } else if starts("<!--", at: i) {
                guard let end = find("-->", from: i + 4) else { return }
                i = end + 3
            } else if starts("<!DOCTYPE", at: i) {
                let end = try doctypeEnd(bytes, from: i, file: file)
                let declaration = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                if declaration.contains("[") {
                    throw refuse("DOCTYPE met interne DTD-subset ('[') geweigerd: die kan entiteiten declareren "
                                 + "(billion laughs, externe entiteiten)", at: i)
                }
                let words = declaration.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                if words.contains(where: { $0.uppercased() == "SYSTEM" || $0.uppercased() == "PUBLIC" }) {
                    throw refuse("DOCTYPE met externe verwijzing (SYSTEM/PUBLIC) geweigerd", at: i)
                }
                i = end + 1
            } else if starts("<!", at: i) {
                // <!ENTITY, <!ELEMENT, <!ATTLIST outside a DOCTYPE, or a lower-case doctype.
                throw refuse("declaratie in de proloog geweigerd (alleen een kale <!DOCTYPE naam> is toegestaan)", at: i)
            } else {
                return  // the root element starts: no declarations can follow
            }
        }
    }

    /// The position of the `>` closing a DOCTYPE, skipping quoted literals.
    private static func doctypeEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, file: String) throws -> Int {
        var quote: UInt8?
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return i
            }
            i += 1
        }
        throw InputProblem(file: file, line: lineNumber(at: start, in: bytes), field: "DOCTYPE",
                           message: "DOCTYPE wordt niet afgesloten; afgekapt bestand?")
    }

    static func lineNumber(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A { line += 1 }
        return line
    }
}
