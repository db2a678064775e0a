import Foundation
import HerkomstCore

/// Decides the format of a file from its content — the first bytes, the XML root element, the JSON keys, the
/// shape of the first line — and only when the content is plain text without a telling shape, from its name.
enum FormatDetector {
    static func detect(_ file: ImportFile) throws -> ImportFormat {
        let head = [UInt8](file.data.prefix(64 * 1024))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        guard start < head.count else { throw InputProblem(file: file.name, message: "bestand is leeg") }
        switch head[start] {
        case UInt8(ascii: "<"):
            return try xmlFormat(head, file: file.name)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return try jsonFormat(file)
        default:
            return try textFormat(head, file: file.name)
        }
    }

    /// The root element's local name, found after the prolog.
    private static func xmlFormat(_ head: [UInt8], file: String) throws -> ImportFormat {
        let text = String(decoding: head, as: UTF8.self)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("?") || after.hasPrefix("!") {
                let terminator = after.hasPrefix("!--") ? "-->" : ">"
                guard let end = after.range(of: terminator) else { break }
                rest = after[end.upperBound...]
                continue
            }
            let name = after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            switch XMLNode.localName(String(name)) {
            case "nmaprun": return .nmap
            case "osm": return .osm
            case "Envelope", "GetDeviceInformationResponse", "ProbeMatches", "ProbeMatch", "Hello": return .onvif
            case let other:
                throw InputProblem(file: file, field: "<\(other)>", message:
                    "XML-bestand met hoofdelement <\(other)> herkend als geen van nmap, OSM of ONVIF; geef --format")
            }
        }
        throw InputProblem(file: file, message: "XML zonder hoofdelement in de eerste 64 KiB; geef --format")
    }

    private static func jsonFormat(_ file: ImportFile) throws -> ImportFormat {
        let root = try JSONInput.parse(file.data, file: file.name, limits: .scan)
        if root["bomFormat"]?.text == "CycloneDX" { return .cyclonedx }
        if let type = root["type"]?.text, type == "FeatureCollection" || type == "Feature" { return .geojson }
        if let elements = root["elements"]?.arrayValue,
           root["osm3s"] != nil || root["generator"]?.text?.contains("Overpass") == true
            || elements.first?["type"]?.text.map({ ["node", "way", "relation"].contains($0) }) == true {
            return .osm
        }
        let first: JSONValue? = root["results"]?.arrayValue?.first
            ?? root.arrayValue?.first.flatMap { $0["results"]?.arrayValue?.first ?? $0 }
            ?? root["_embedded"]?.objectValue?.values.compactMap(\.arrayValue).first?.first
        if let first {
            if first["device_type"] != nil { return .netbox }
            if first["observation_goals"] != nil || first["observation_goal"] != nil || first["themes"] != nil
                || (first["reference"] != nil && first["location"] != nil) {
                return .amsterdam
            }
        }
        throw InputProblem(file: file.name, message:
            "JSON herkend, maar niet als GeoJSON, Overpass, NetBox, sensorenregister of CycloneDX; geef --format")
    }

    private static func textFormat(_ head: [UInt8], file: String) throws -> ImportFormat {
        let firstLine = String(decoding: head.prefix { $0 != 0x0A }, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let token = firstLine.prefix { $0 != "|" && $0 != " " }
        if firstLine.dropFirst(token.count).hasPrefix("|"), OIDText.normalise(String(token)) != nil { return .snmprec }
        if let equals = firstLine.range(of: " = "), OIDText.normalise(String(firstLine[..<equals.lowerBound])) != nil {
            return .snmpwalk
        }
        let lowered = file.lowercased()
        if lowered.hasSuffix(".snmprec") { return .snmprec }
        if [".csv", ".tsv", ".txt", ".tab"].contains(where: lowered.hasSuffix) || firstLine.contains(";")
            || firstLine.contains(",") || firstLine.contains("\t") {
            return .csv
        }
        throw InputProblem(file: file, line: 1, message: "formaat niet herkend aan de inhoud; geef --format")
    }
}
