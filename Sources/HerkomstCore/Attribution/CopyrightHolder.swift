import Foundation

/// The organisation a text's copyright clause names: "Copyright (C) 2009 Maipu Communication Technology Co., Ltd."
/// → "Maipu Communication Technology Co., Ltd.". Firmware writes its maker so into sysDescr and login greetings,
/// where no signature may know the product line yet. Only the name is taken; whether it is a maker is for the
/// catalogue and the registries to say.
enum CopyrightHolder {
    /// Words that end a company name: a legal form closes it ("… Co., Ltd.").
    private static let closingForms: Set<String> = ["ltd", "limited", "inc", "incorporated", "corp", "corporation",
                                                    "gmbh", "ag", "ab", "llc", "plc", "bv", "nv", "oy", "asa", "sas"]

    static func name(in text: String) -> String? {
        guard let mark = text.range(of: "copyright", options: .caseInsensitive) else { return nil }
        var rest = Substring(text[mark.upperBound...])
        // "(C)", "©", years and ranges, "by", and the punctuation between them.
        while true {
            let trimmed = rest.drop { " \t:,-–©".contains($0) || $0.isNumber }
            if trimmed.lowercased().hasPrefix("(c)") {
                rest = trimmed.dropFirst(3)
            } else if trimmed.lowercased().hasPrefix("by ") {
                rest = trimmed.dropFirst(3)
            } else {
                rest = trimmed
                break
            }
        }
        // The clause ends at a line break, "All rights reserved", or a semicolon.
        if let end = rest.firstIndex(where: { "\r\n;".contains($0) }) { rest = rest[..<end] }
        if let reserved = rest.range(of: "all rights reserved", options: .caseInsensitive) {
            rest = rest[..<reserved.lowerBound]
        }
        // A legal form keeps its full stop ("Co., Ltd."); a sentence's is not part of the name.
        let trimmed = closedAtLegalForm(rest).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t,")) }
            ?? closedAtSentenceEnd(rest).trimmingCharacters(in: CharacterSet(charactersIn: " \t.,"))
        guard trimmed.filter(\.isLetter).count >= 3, trimmed.count <= 100 else { return nil }
        return trimmed
    }

    /// Up to and including the last legal form of the first run of them ("Co., Ltd." in "Maipu … Co., Ltd. MyPower").
    private static func closedAtLegalForm(_ text: Substring) -> Substring? {
        var end: Substring.Index?
        var i = text.startIndex
        while i < text.endIndex {
            guard text[i].isLetter else { i = text.index(after: i); continue }
            let start = i
            while i < text.endIndex, text[i].isLetter { i = text.index(after: i) }
            if closingForms.contains(text[start..<i].lowercased()) {
                end = i
                if i < text.endIndex, text[i] == "." { end = text.index(after: i) }
            } else if end != nil {
                break
            }
        }
        return end.map { text[..<$0] }
    }

    /// Without a legal form: up to a full stop that ends a sentence ("Westermo. Lynx …").
    private static func closedAtSentenceEnd(_ text: Substring) -> Substring {
        if let stop = text.range(of: ". ") { return text[..<stop.lowerBound] }
        return text
    }
}
