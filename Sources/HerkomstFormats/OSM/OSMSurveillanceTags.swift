import HerkomstCore

/// What OpenStreetMap's surveillance tagging (`man_made=surveillance`, `surveillance:*`, `camera:*`) says about
/// a device, in the register's terms. Used for OSM XML, Overpass JSON and GeoJSON exported from OSM.
enum OSMSurveillanceTags {
    /// Tags read here rather than by the generic property names.
    static let handled: Set<String> = [
        "man_made", "surveillance", "surveillance:type", "surveillance:zone", "camera:type", "camera:mount",
        "camera:direction", "direction", "manufacturer:wikidata", "start_date", "end_date", "operator", "owner",
    ]

    static func handles(_ key: String) -> Bool { handled.contains(key) }

    /// A surveillance device: tagged `man_made=surveillance` and not a human guard post.
    static func isSurveillanceDevice(_ tags: [String: String]) -> Bool {
        tags["man_made"] == "surveillance" && tags["surveillance:type"]?.lowercased() != "guard"
    }

    static func apply(_ tags: [String: String], to record: inout ImportRecord, problems: inout [InputProblem]) {
        func problem(_ key: String, _ message: String) {
            problems.append(InputProblem(file: record.origin.file, line: record.origin.line, field: key,
                                         message: (record.origin.element.map { "\($0): " } ?? "") + message))
        }
        let type = tags["surveillance:type"]?.lowercased()
        // GeoJSON from OSM tools may carry `surveillance:type=camera` without `man_made`.
        if tags["man_made"] == "surveillance" || ["camera", "alpr", "anpr"].contains(type ?? "") {
            record.deviceClass = record.deviceClass ?? .camera
        }
        var purposeParts: [String] = []
        if type == "alpr" { purposeParts.append("kentekenherkenning") }
        if let area = tags["surveillance"] { purposeParts.append("toezicht op \(area)") }
        if let zone = tags["surveillance:zone"] { purposeParts.append("zone \(zone)") }
        if !purposeParts.isEmpty, record.purpose == nil {
            record.purpose = Purpose(description: "Cameratoezicht: " + purposeParts.joined(separator: ", "))
        }
        if let mount = tags["camera:mount"] { record.mount = mount }
        if let cameraType = tags["camera:type"] {
            record.unmapped["camera:type"] = cameraType
            record.evidence.append(Evidence(kind: .labelText, value: "camera:type=\(cameraType)"))
        }
        if let raw = tags["camera:direction"] ?? tags["direction"] {
            if let d = PropertyValues.direction(raw) { record.direction = d }
            else { problem("camera:direction", "kijkrichting '\(raw)' is geen graad (0–360) of windrichting") }
        }
        if let op = tags["operator"] { record.operatorOrganisation = op }
        // OSM names who runs a camera far more often than who owns it; the operator answers for it.
        if let owner = tags["owner"] ?? tags["operator"] { record.owner = record.owner ?? owner }
        if let wikidata = tags["manufacturer:wikidata"] {
            record.unmapped["manufacturer:wikidata"] = wikidata
            record.evidence.append(Evidence(kind: .labelText, value: "manufacturer:wikidata=\(wikidata)"))
        }
        for (key, setter) in [("start_date", \ImportRecord.installed), ("end_date", \ImportRecord.removed)] {
            guard let raw = tags[key] else { continue }
            if let day = PropertyValues.day(raw) { record[keyPath: setter] = day }
            else { problem(key, "'\(raw)' is geen datum (JJJJ, JJJJ-MM of JJJJ-MM-DD)") }
        }
        for key in ["surveillance", "surveillance:type", "surveillance:zone"] where tags[key] != nil {
            record.unmapped[key] = tags[key]
        }
    }

    /// Every tag through the register's fields: surveillance tags here, the rest by their names.
    static func record(from tags: [(key: String, value: String)], origin: RecordOrigin) -> (ImportRecord, [InputProblem]) {
        var builder = PropertyRecordBuilder(origin: origin)
        var surveillance: [String: String] = [:]
        for (key, value) in tags {
            if handles(key) { surveillance[key] = value } else { builder.apply(key, .string(value)) }
        }
        var (record, problems) = builder.finish()
        apply(surveillance, to: &record, problems: &problems)
        return (record, problems)
    }
}
