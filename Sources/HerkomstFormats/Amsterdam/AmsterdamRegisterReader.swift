import Foundation
import HerkomstCore

/// Reads the device list of Amsterdam's sensor register API (`iot-api`): a list of devices, or a page with
/// `results`, each with `reference`, `type`, `themes`, `observation_goals` (with `legal_ground`),
/// `contains_pi_data`, `owner`, `location {latitude, longitude}`, `regions`, `active_until`.
/// The owner's contact person (name, e-mail, telephone) is personal data and is not taken over.
public struct AmsterdamRegisterReader: Sendable {
    public var limits: ReaderLimits
    public var allowAbroad: Bool

    public init(limits: ReaderLimits = .scan, allowAbroad: Bool = false) {
        self.limits = limits
        self.allowAbroad = allowAbroad
    }

    public func read(_ data: Data, file: String) throws -> ReadResult {
        let root = try JSONParser(file: file, limits: limits).parse(data)
        guard let devices = Self.deviceList(root) else {
            throw InputProblem(file: file, line: root.line, field: "results",
                               message: "geen apparatenlijst van het Sensorenregister (een lijst, of \"results\")")
        }
        return ReadResult(reading: devices) { record($0, index: $1, file: file) }
    }

    static func deviceList(_ root: JSONValue) -> [JSONValue]? {
        if let list = root.array { return list }
        guard let object = root.object else { return nil }
        if let list = object["results"]?.array { return list }
        if let embedded = object["_embedded"]?.object, let list = embedded.members.first?.value.array { return list }
        return nil
    }

    func record(_ value: JSONValue, index: Int, file: String) -> (ImportRecord?, [InputProblem]) {
        let place = "apparaat \(index + 1)"
        guard let device = value.object else {
            return (nil, [InputProblem(file: file, line: value.line, message: "\(place) is geen object")])
        }
        let origin = RecordOrigin(file: file, line: device.line, element: "results[\(index)]")
        var record = ImportRecord(origin: origin)
        var problems: [InputProblem] = []
        func problem(_ field: String, _ message: String) {
            problems.append(InputProblem(file: file, line: device.line, field: field, message: "\(place): \(message)"))
        }
        guard let reference = device.text("reference") else {
            problem("reference", "referentie ontbreekt")
            return (nil, problems)
        }
        record.externalIDs["amsterdam"] = reference
        if let type = device.text("type") {
            record.deviceClass = PropertyValues.deviceClass(type) ?? .overig
            record.unmapped["type"] = type
        }
        record.owner = device.text("owner", "organisation")
        record.address = device.text("location_description")
        record.district = device["regions"]?.array?.compactMap(\.text).first
        // The register is the city's public register: what it lists, the public may see.
        record.visibility = .openbaar
        if let datastream = device.text("datastream") { record.unmapped["datastream"] = datastream }

        let goals = device["observation_goals"]?.array?.compactMap(\.object) ?? []
        let themes = device["themes"]?.array?.compactMap(\.text) ?? []
        let descriptions = goals.compactMap { $0.text("observation_goal") }
        var purpose = Purpose(description: descriptions.joined(separator: "; "), dataCategories: themes)
        if let groundText = goals.lazy.compactMap({ $0.text("legal_ground") }).first {
            if let ground = PropertyValues.legalGround(groundText) { purpose.legalGround = ground }
            else { record.unmapped["legal_ground"] = groundText }
        }
        let piData = device["contains_pi_data"] ?? goals.lazy.compactMap { $0["contains_pi_data"] }.first
        if let piData, piData.text != nil {
            guard let yes = piData.bool else {
                problem("contains_pi_data", "'\(piData.text ?? "?")' is geen ja of nee")
                return (nil, problems)
            }
            purpose.personalData = yes
        }
        if !purpose.description.isEmpty || purpose.legalGround != nil || purpose.personalData || !themes.isEmpty {
            record.purpose = purpose
        }
        if let until = device.text("active_until") {
            guard let day = PropertyValues.day(until) else {
                problem("active_until", "'\(until)' is geen geldige datum (JJJJ-MM-DD)")
                return (nil, problems)
            }
            record.removed = day
        }
        if let location = device["location"]?.object {
            guard let lat = location["latitude"]?.double, let lon = location["longitude"]?.double else {
                problem("location", "location heeft geen getallen latitude en longitude")
                return (nil, problems)
            }
            switch PointCheck(allowAbroad: allowAbroad).point(longitude: lon, latitude: lat, file: file,
                                                              line: location.line, place: place) {
            case .success(let p): record.point = p
            case .failure(let p): problems.append(p)
            }
        }
        return (record, problems)
    }
}
