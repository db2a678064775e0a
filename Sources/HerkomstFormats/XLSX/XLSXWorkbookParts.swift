import Foundation
import HerkomstCore

/// The parts of a workbook the reader needs besides the sheet itself: the sheet list, shared strings and which
/// cell styles are dates. Each is parsed with `XLSXXMLScanner`; a malformed part is an `InputProblem` naming it.
struct XLSXWorkbookParts {
    struct Sheet: Equatable {
        let name: String
        let path: String
    }

    var sheets: [Sheet] = []
    var sharedStrings: [String] = []
    /// Indices into `cellXfs` whose number format shows a date.
    var dateStyles: Set<Int> = []

    /// No sheets, strings or styles: for running the sheet reader on its own (fuzzing).
    static var empty: XLSXWorkbookParts { XLSXWorkbookParts() }

    private init() {}

    init(archive: inout XLSXArchive, limits: TabularLimits) throws {
        let workbookPath = try Self.officeDocumentPath(&archive)
        let folder = (workbookPath as NSString).deletingLastPathComponent
        let relationshipsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath as NSString).lastPathComponent + ".rels"
        let relationships = try Self.relationships(&archive, path: relationshipsPath)
        sheets = try Self.sheets(&archive, workbookPath: workbookPath, folder: folder, relationships: relationships)
        guard !sheets.isEmpty else {
            throw InputProblem(file: archive.file, field: workbookPath, message: "werkmap heeft geen werkbladen")
        }
        for (_, rel) in relationships {
            let target = Self.resolve(rel.target, folder: folder)
            if rel.type.hasSuffix("/sharedStrings"), archive.contains(target) {
                sharedStrings = try Self.sharedStrings(&archive, path: target, limits: limits)
            } else if rel.type.hasSuffix("/styles"), archive.contains(target) {
                dateStyles = try Self.dateStyles(&archive, path: target)
            }
        }
    }

    /// The main workbook part, from the package relationships (`xl/workbook.xml` in practice).
    private static func officeDocumentPath(_ archive: inout XLSXArchive) throws -> String {
        if archive.contains("_rels/.rels") {
            for (_, rel) in try relationships(&archive, path: "_rels/.rels") where rel.type.hasSuffix("/officeDocument") {
                return resolve(rel.target, folder: "")
            }
        }
        guard archive.contains("xl/workbook.xml") else {
            throw InputProblem(file: archive.file, message: "geen XLSX-werkmap: xl/workbook.xml ontbreekt")
        }
        return "xl/workbook.xml"
    }

    private static func relationships(_ archive: inout XLSXArchive, path: String) throws -> [String: (type: String, target: String)] {
        guard archive.contains(path) else { return [:] }
        var result: [String: (type: String, target: String)] = [:]
        try scan(&archive, path: path) { event in
            if case .start("Relationship", let attributes) = event, let id = attributes["Id"], let target = attributes["Target"] {
                result[id] = (attributes["Type"] ?? "", target)
            }
        }
        return result
    }

    private static func sheets(_ archive: inout XLSXArchive, workbookPath: String, folder: String,
                               relationships: [String: (type: String, target: String)]) throws -> [Sheet] {
        var sheets: [Sheet] = []
        try scan(&archive, path: workbookPath) { event in
            if case .start("sheet", let attributes) = event, let name = attributes["name"], let id = attributes["id"],
               let rel = relationships[id] {
                sheets.append(Sheet(name: name, path: resolve(rel.target, folder: folder)))
            }
        }
        return sheets
    }

    /// A relationship target is relative to the part's folder, or absolute from the package root.
    static func resolve(_ target: String, folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    private static func sharedStrings(_ archive: inout XLSXArchive, path: String, limits: TabularLimits) throws -> [String] {
        var strings: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        var inPhonetic = false
        let file = archive.file
        try scan(&archive, path: path) { event in
            switch event {
            case .start("si", _): inItem = true; current = ""
            case .end("si"):
                inItem = false
                strings.append(XLSXStringEscapes.decode(current))
            case .start("rPh", _): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _): inText = inItem && !inPhonetic
            case .end("t"): inText = false
            case .text(let text) where inText:
                current += text
                if current.utf8.count > limits.maxFieldBytes {
                    throw InputProblem(file: file, field: path,
                        message: "gedeelde tekst \(strings.count) is groter dan \(limits.maxFieldBytes / 1024) KiB")
                }
            default: break
            }
        }
        return strings
    }

    /// Built-in date formats (14–17, 22, and the East Asian 27–36, 50–58) and custom ones that show a year or day.
    private static func dateStyles(_ archive: inout XLSXArchive, path: String) throws -> Set<Int> {
        var customFormats: [Int: String] = [:]
        var styleFormats: [Int] = []
        var inCellXfs = false
        try scan(&archive, path: path) { event in
            switch event {
            case .start("numFmt", let a):
                if let id = a["numFmtId"].flatMap({ Int($0) }), let code = a["formatCode"] { customFormats[id] = code }
            case .start("cellXfs", _): inCellXfs = true
            case .end("cellXfs"): inCellXfs = false
            case .start("xf", let a) where inCellXfs:
                styleFormats.append(a["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }
        var dates: Set<Int> = []
        for (index, formatID) in styleFormats.enumerated() {
            let builtIn = (14...17).contains(formatID) || formatID == 22 || (27...36).contains(formatID)
                || (50...58).contains(formatID)
            if builtIn || customFormats[formatID].map(isDateFormat) == true { dates.insert(index) }
        }
        return dates
    }

    /// A format code shows a date when, outside quoted text and [brackets], it has a y or d (m alone may be minutes).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, escaped = false
        for c in code.lowercased() {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case "y", "d":
                // Format codes are stored in the invariant (English) form whatever the user's language.
                if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }

    /// Runs `body` over every XML event of a part, turning scanner errors into problems that name the part.
    static func scan(_ archive: inout XLSXArchive, path: String, _ body: (XLSXXMLScanner.Event) throws -> Void) throws {
        let bytes = try archive.readXML(path)
        var scanner = XLSXXMLScanner(bytes)
        do {
            while let event = try scanner.next() { try body(event) }
        } catch let error as XLSXXMLError {
            throw InputProblem(file: archive.file, field: path, message: "ongeldige XML: \(error.message) (bij byte \(error.offset))")
        }
    }
}

/// OOXML's escapes for characters XML cannot hold (`_x000D_` for a carriage return; `_x005F_` for a literal `_`
/// that would otherwise start an escape).
enum XLSXStringEscapes {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            out += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            if after.count >= 5, after.dropFirst(4).first == "_", let value = UInt32(after.prefix(4), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }

    /// The escaped form for writing: control characters XML 1.0 forbids, and `_` where it would look like an escape.
    static func encode(_ text: String) -> String {
        var out = ""
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "_", looksLikeEscape(scalars, at: i) {
                out += "_x005F_"
            } else if s.value < 0x20 && s != "\t" && s != "\n" && s != "\r" || s.value == 0xFFFE || s.value == 0xFFFF {
                out += String(format: "_x%04X_", s.value)
            } else if s == "\r" {
                // A bare CR would be normalised away by XML parsers; Excel writes it escaped.
                out += "_x000D_"
            } else {
                out.unicodeScalars.append(s)
            }
            i += 1
        }
        scalars.removeAll()
        return out
    }

    private static func looksLikeEscape(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_" else { return false }
        return scalars[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
