import HerkomstCore

/// The pre-check every XML part of a workbook passes before it is parsed: a document type declaration is where
/// entity expansion ("billion laughs") and external entities (reading local files, reaching the network) live,
/// and no workbook part needs one. So any `<!DOCTYPE` or `<!ENTITY` refuses the part, and with it the file.
public enum TabularXMLSafety {
    /// Throws an `InputProblem` naming the file and the part when the XML declares a document type or entities,
    /// or is not UTF-8.
    public static func check(_ bytes: [UInt8], file: String, part: String) throws {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw InputProblem(file: file, field: part, message: "XML in UTF-16 wordt niet gelezen; een werkmap gebruikt UTF-8")
        }
        if let (offset, what) = firstDeclaration(bytes) {
            throw InputProblem(file: file, field: part,
                message: "XML bevat een \(what)-declaratie (bij byte \(offset)); DTD's en entiteiten worden geweigerd (XXE/entity-expansie)")
        }
    }

    /// The offset and kind of the first `<!DOCTYPE` or `<!ENTITY`, compared without regard to case.
    static func firstDeclaration(_ bytes: [UInt8]) -> (Int, String)? {
        let doctype = Array("DOCTYPE".utf8)
        let entity = Array("ENTITY".utf8)
        return bytes.withUnsafeBufferPointer { buffer -> (Int, String)? in
            var i = 0
            let n = buffer.count
            while i + 1 < n {
                if buffer[i] == UInt8(ascii: "<") && buffer[i + 1] == UInt8(ascii: "!") {
                    if matches(buffer, at: i + 2, doctype) { return (i, "DOCTYPE") }
                    if matches(buffer, at: i + 2, entity) { return (i, "ENTITY") }
                }
                i += 1
            }
            return nil
        }
    }

    private static func matches(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, _ word: [UInt8]) -> Bool {
        guard start + word.count <= buffer.count else { return false }
        for (k, letter) in word.enumerated() where buffer[start + k] & 0xDF != letter { return false }
        return true
    }
}
