/// OpenStreetMap's surveillance tagging (https://wiki.openstreetmap.org/wiki/Tag:man_made=surveillance), for
/// OSM data and for GeoJSON made from it. Tags with a plain register meaning (`operator`, `manufacturer`,
/// `model`, `ref`, `start_date`, `camera:mount`, `camera:direction`) go through the ordinary names table.
enum OSMTags {
    /// Handles the tags that need OSM's own reading; false for every other key.
    static func apply(key: String, value: String, to writer: inout RecordFieldWriter) -> Bool {
        switch key {
        case "man_made":
            if value != "surveillance" { writer.recordUnmapped(key, value) }
            return true
        case "surveillance:type":
            switch value.lowercased() {
            case "camera", "alpr", "anpr": writer.set(.deviceClass, "camera", key: key)
            default: writer.recordUnmapped(key, value)
            }
            return true
        case "surveillance:zone":
            writer.updatePurpose { purpose in
                let zone = "cameratoezicht, zone \(value)"
                purpose.description = purpose.description.isEmpty ? zone : purpose.description + "; " + zone
            }
            return true
        case "surveillance":
            // public / outdoor / indoor: what the camera watches, kept as said.
            writer.recordUnmapped(key, value)
            return true
        case "manufacturer:wikidata", "brand:wikidata", "operator:wikidata":
            writer.setExternalID("wikidata:" + key.split(separator: ":")[0], value)
            return true
        default:
            return false
        }
    }
}

extension RecordFieldWriter {
    mutating func recordUnmapped(_ key: String, _ value: String) { record.unmapped[key] = value }
    mutating func setExternalID(_ system: String, _ value: String) { record.externalIDs[system] = value }
}
