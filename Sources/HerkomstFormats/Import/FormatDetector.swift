import Foundation
import HerkomstCore

/// Decides the format of a file from its content — the first bytes, the XML root element, the JSON keys,
/// the shape of the first line — and only for plain text falls back on the name.
enum FormatDetector {
    static func detect(_ file: ImportFile) throws -> ImportFormat {
        let data = file.data
        var start = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return .csv  // Excel's "Unicode text" is UTF-16 with a byte-order mark
        }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        // Of archives (.tar.gz), only capture tools' ones are read: ONVIF answers a diagnostics tool packed.
        if CaptureArchive.isArchive(data) { return .onvif }
        while start < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[start]) { start += 1 }
        guard start < data.endIndex else { throw InputProblem(file: file.name, message: "bestand is leeg") }
        switch data[start] {
        case UInt8(ascii: "<"): return try xmlFormat(file)
        case UInt8(ascii: "{"), UInt8(ascii: "["): return try jsonFormat(file)
        default: return try textFormat(file, from: start)
        }
    }

    static func xmlFormat(_ file: ImportFile) throws -> ImportFormat {
        let root = XMLRootSniffer.rootName(file.data.prefix(1 << 16))
        switch root {
        case "nmaprun": return .nmap
        case "osm": return .osm
        case "Envelope", "GetDeviceInformationResponse", "GetScopesResponse", "GetNetworkInterfacesResponse", "ProbeMatches", "ProbeMatch", "Hello": return .onvif
        case "bom":
            throw InputProblem(file: file.name, field: "bom",
                               message: "CycloneDX in XML wordt niet gelezen; exporteer de BOM als JSON")
        default:
            throw InputProblem(file: file.name, field: root,
                               message: "XML met hoofdelement <\(root ?? "?")> is geen bekend formaat "
                               + "(nmap -oX, ONVIF, OpenStreetMap); geef --format")
        }
    }

    static func jsonFormat(_ file: ImportFile) throws -> ImportFormat {
        let root = try JSONParser(file: file.name, limits: .scan).parse(file.data)
        if let object = root.object {
            if object.text("bomFormat") == "CycloneDX" { return .cyclonedx }
            if ["FeatureCollection", "Feature"].contains(object.text("type") ?? "") { return .geojson }
            if object["elements"]?.array != nil { return .osm }
            if let first = (object["results"]?.array ?? AmsterdamRegisterReader.deviceList(root))?.first?.object {
                if let format = listFormat(first) { return format }
            }
        } else if let first = root.array?.first?.object, let format = listFormat(first) {
            return format
        }
        throw InputProblem(file: file.name, line: root.line,
                           message: "JSON-formaat niet herkend (GeoJSON, Overpass, NetBox, Sensorenregister "
                           + "Amsterdam, CycloneDX); geef --format")
    }

    /// A list's first item tells NetBox devices from Amsterdam register devices.
    static func listFormat(_ item: JSONObject) -> ImportFormat? {
        let keys = Set(item.keys)
        if keys.contains("device_type") || (keys.contains("site") && (keys.contains("role") || keys.contains("device_role"))) {
            return .netbox
        }
        if keys.contains("reference"), !keys.isDisjoint(with: ["observation_goals", "themes", "contains_pi_data",
                                                                "active_until", "location"]) {
            return .amsterdam
        }
        return nil
    }

    static func textFormat(_ file: ImportFile, from start: Data.Index) throws -> ImportFormat {
        let head = file.data[start...].prefix(4096)
        if head.contains(0) {
            throw InputProblem(file: file.name, message: "binaire inhoud: geen bekend tekst-, XML- of JSON-formaat")
        }
        let firstLine = String(decoding: head.prefix { $0 != 0x0A }, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if SNMPLineShape.isSnmprec(firstLine) { return .snmprec }
        if SNMPLineShape.isSnmpwalk(firstLine) { return .snmpwalk }
        if firstLine.hasPrefix("Starting Nmap") || firstLine.hasPrefix("# Nmap") || firstLine.hasPrefix("Nmap scan report") {
            throw InputProblem(file: file.name, line: 1,
                               message: "dit is nmap-tekstuitvoer; maak de scan opnieuw met -oX (XML)")
        }
        return .csv
    }
}

/// The shapes of a first line of SNMP walks, for recognising them.
enum SNMPLineShape {
    /// `1.3.6.1.2.1.1.1.0|4|…`
    static func isSnmprec(_ line: String) -> Bool {
        let parts = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, OIDText.normalise(String(parts[0])) != nil else { return false }
        let tag = parts[1].split(separator: ":").first ?? ""
        return !tag.isEmpty && Int(tag.hasSuffix("x") ? tag.dropLast() : tag) != nil
    }

    /// `.1.3.6.1.2.1.1.1.0 = STRING: …`
    static func isSnmpwalk(_ line: String) -> Bool {
        guard let equals = line.range(of: " = ") else { return false }
        return OIDText.normalise(String(line[..<equals.lowerBound])) != nil
    }
}

/// The local name of an XML document's root element, found by skipping the prolog; nil when there is none.
enum XMLRootSniffer {
    static func rootName(_ head: Data) -> String? {
        let bytes = Array(head)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                // Skip declarations, comments and DOCTYPE up to their end.
                let closer: [UInt8] = next == UInt8(ascii: "?") ? Array("?>".utf8)
                    : (bytes[i...].starts(with: Array("<!--".utf8)) ? Array("-->".utf8) : Array(">".utf8))
                var j = i + 2
                while j + closer.count <= bytes.count, !bytes[j..<j + closer.count].elementsEqual(closer) { j += 1 }
                i = j + closer.count
                continue
            }
            var j = i + 1
            while j < bytes.count, !" \t\r\n/>".utf8.contains(bytes[j]) { j += 1 }
            let qualified = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
            return qualified.split(separator: ":").last.map(String.init)
        }
        return nil
    }
}
