import Foundation
import HerkomstCore

/// Reads the device list of Amsterdam's sensor register API (iot-api): a JSON array, a paged `results` list or
/// a HAL `_embedded` list of devices with `reference`, `type`, `themes`, `observation_goals` (each with
/// `observation_goal`, `legal_ground`, `privacy_declaration`), `contains_pi_data`, `owner`, `location`
/// and `active_until`. The older flat shape (`observation_goal`, `legal_ground`, `latitude`) is read too.
public struct AmsterdamSensorRegisterReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .scan) {
        self.limits = limits
    }

    public func read(_ data: Data, fileName: String) throws -> ReadResult {
        let root = try JSONInput.parse(data, file: fileName, limits: limits)
        guard let (devices, path) = Self.deviceList(root) else {
            throw InputProblem(file: fileName, message:
                "geen lijst van apparaten gevonden: verwacht een JSON-lijst, 'results' of '_embedded' van het sensorenregister")
        }
        var result = ReadResult(records: [])
        for (index, device) in devices.enumerated() {
            let place = "\(path)[\(index)]"
            var writer = RecordFieldWriter(origin: RecordOrigin(file: fileName, element: place), place: place)
            read(device, into: &writer)
            let (record, problems) = writer.finish()
            result.problems += problems
            if let record { result.records.append(record) }
        }
        return result
    }

    static func deviceList(_ root: JSONValue) -> ([JSONValue], String)? {
        if let list = root.arrayValue { return (list, "") }
        if let list = root["results"]?.arrayValue { return (list, "results") }
        if let embedded = root["_embedded"]?.objectValue {
            for key in embedded.keys.sorted() { if let list = embedded[key]?.arrayValue { return (list, "_embedded.\(key)") } }
        }
        return nil
    }

    private func read(_ device: JSONValue, into writer: inout RecordFieldWriter) {
        guard device.objectValue != nil else { return writer.problem("", "element is geen object") }
        // The register is the city's public transparency register.
        writer.record.visibility = .openbaar
        if let reference = device["reference"]?.text { writer.setExternalID("amsterdam", reference) }
        if let type = Self.name(device["type"]) { writer.set(.type, type, key: "type") }
        if let owner = device["owner"] {
            // Only the organisation: names and e-mail addresses of people stay out of the register.
            if let organisation = owner["organisation"]?.text ?? owner.text { writer.set(.owner, organisation, key: "owner") }
        } else if let organisation = device["organisation"]?.text {
            writer.set(.owner, organisation, key: "organisation")
        }
        if let themes = device["themes"]?.arrayValue?.compactMap(Self.name), !themes.isEmpty {
            writer.recordUnmapped("themes", themes.joined(separator: "; "))
        }

        var goals: [JSONValue] = device["observation_goals"]?.arrayValue ?? []
        if goals.isEmpty, device["observation_goal"] != nil { goals = [device] }
        for (index, goal) in goals.enumerated() {
            let key = device["observation_goals"] == nil ? "" : "observation_goals[\(index)]."
            if let text = goal["observation_goal"]?.text { writer.set(.purpose, text, key: key + "observation_goal") }
            if let ground = Self.name(goal["legal_ground"]) {
                // The register's grounds are free text ("Verkeersmanagement in de rol van wegbeheerder"): mapped to
                // an AVG ground where the wording says which, else kept as said.
                if let legal = RecordValues.legalGround(ground) {
                    writer.updatePurpose { if $0.legalGround == nil { $0.legalGround = legal } }
                } else {
                    writer.recordUnmapped(key + "legal_ground", ground)
                }
            }
            if let declaration = goal["privacy_declaration"]?.text { writer.recordUnmapped(key + "privacy_declaration", declaration) }
            if let personal = goal["contains_pi_data"] { setPersonalData(personal, key: key + "contains_pi_data", into: &writer) }
        }
        if let personal = device["contains_pi_data"] { setPersonalData(personal, key: "contains_pi_data", into: &writer) }
        if let until = device["active_until"]?.text { writer.set(.removed, until, key: "active_until") }
        if let since = device["in_use_since"]?.text { writer.set(.installed, since, key: "in_use_since") }
        if let description = device["location_description"]?.text { writer.set(.address, description, key: "location_description") }
        if let region = Self.name(device["region"]) ?? device["regions"]?.arrayValue?.compactMap(Self.name).first {
            writer.set(.district, region, key: "region")
        }
        if let datastream = device["datastream"]?.text { writer.recordUnmapped("datastream", datastream) }
        readLocation(device, into: &writer)
    }

    private func setPersonalData(_ value: JSONValue, key: String, into writer: inout RecordFieldWriter) {
        if case .bool(let yes) = value { writer.updatePurpose { $0.personalData = yes } }
        else if let text = value.text { writer.set(.personalData, text, key: key) }
    }

    /// `location: {latitude, longitude}` or flat `latitude`/`longitude`. Some versions of the API wrote the
    /// point's x (longitude) under `latitude`; a pair that only makes sense swapped, for the Netherlands, is
    /// read swapped and noted.
    private func readLocation(_ device: JSONValue, into writer: inout RecordFieldWriter) {
        let holder = device["location"]?["latitude"] != nil ? device["location"]! : device
        let prefix = holder == device ? "" : "location."
        guard let latitude = holder["latitude"]?.doubleValue, let longitude = holder["longitude"]?.doubleValue else {
            if holder["latitude"] != nil || holder["longitude"] != nil {
                writer.problem(prefix + "latitude", "breedte- en lengtegraad moeten allebei een getal zijn")
            }
            return
        }
        if (3.2...7.3).contains(latitude) && (50.7...53.7).contains(longitude) {
            writer.recordUnmapped("opmerking", "latitude en longitude stonden verwisseld in de bron")
            writer.setPoint(longitude: latitude, latitude: longitude, field: prefix + "latitude")
            return
        }
        let point = GeoPoint(longitude: longitude, latitude: latitude)
        for issue in Validation.check(point) { writer.problem(prefix + issue.field, issue.message) }
        if Validation.check(point).isEmpty { writer.record.point = point }
    }

    /// A name given as text or as an object with `name`.
    static func name(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        return value.text ?? value["name"]?.text
    }
}
