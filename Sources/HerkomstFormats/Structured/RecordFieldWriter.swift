import HerkomstCore

/// Fills one `ImportRecord` from key/value pairs (GeoJSON properties, OSM tags, custom fields, properties),
/// checking each value and collecting a problem — with file, place and field — for what does not parse.
/// Keys it does not know are kept in `unmapped`, so nothing a source says is lost.
struct RecordFieldWriter {
    var record: ImportRecord
    private(set) var problems: [InputProblem] = []
    /// The record's place for messages: `features[3].properties`.
    let place: String
    private var latitude: (value: Double, key: String)?
    private var longitude: (value: Double, key: String)?

    init(origin: RecordOrigin, place: String) {
        record = ImportRecord(origin: origin)
        self.place = place
    }

    mutating func problem(_ key: String, _ message: String) {
        problems.append(InputProblem(file: record.origin.file, line: record.origin.line,
                                     field: place.isEmpty ? key : "\(place).\(key)", message: message))
    }

    /// Sets a value under its source key: OSM tags first, then the synonym table, else unmapped.
    mutating func set(key: String, value: String) {
        let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        // Derived columns of the register's own exports (the attribution) are not input.
        guard !value.isEmpty, !key.hasPrefix("herkomst_") else { return }
        if OSMTags.apply(key: key, value: value, to: &self) { return }
        guard let field = PropertyNames.field(for: key) else {
            record.unmapped[key] = value
            return
        }
        set(field, value, key: key)
    }

    mutating func set(_ field: RecordField, _ value: String, key: String) {
        let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return }
        switch field {
        case .brand: record.brand = value
        case .manufacturer: record.manufacturer = value
        case .model: record.model = value
        case .type:
            // `type` is a model number in some sources and a kind of device in others.
            if let deviceClass = RecordValues.deviceClass(value) { record.deviceClass = deviceClass } else { record.model = value }
        case .deviceClass:
            if let deviceClass = RecordValues.deviceClass(value) { record.deviceClass = deviceClass } else { record.unmapped[key] = value }
        case .firmware: record.firmware = value
        case .serialNumber: record.serialNumber = value
        case .mac:
            for text in RecordValues.list(value) {
                guard let mac = MACAddress(text) else {
                    problem(key, "'\(text)' is geen MAC-adres (verwacht zes hexadecimale paren, bijv. 00:11:22:33:44:55)")
                    continue
                }
                if !record.macAddresses.contains(mac) { record.macAddresses.append(mac) }
            }
        case .ip:
            for text in RecordValues.list(value) {
                let address = IPText.withoutPrefixLength(text)
                guard IPAddressSyntax.isValid(address) else {
                    problem(key, "'\(text)' is geen IP-adres")
                    continue
                }
                if !record.ipAddresses.contains(address) { record.ipAddresses.append(address) }
            }
        case .hostname: record.hostname = value
        case .owner: record.owner = value
        case .operatorOrganisation: record.operatorOrganisation = value
        case .supplier: record.supplier = value
        case .maintainer: record.maintainer = value
        case .purpose: updatePurpose { $0.description = $0.description.isEmpty ? value : $0.description + "; " + value }
        case .legalGround:
            guard let ground = RecordValues.legalGround(value) else {
                problem(key, "'\(value)' is geen grondslag uit AVG art. 6 lid 1 (toestemming, overeenkomst, wettelijke verplichting, vitaal belang, publieke taak, gerechtvaardigd belang)")
                return
            }
            updatePurpose { $0.legalGround = ground }
        case .personalData:
            guard let yes = RecordValues.bool(value) else { return problem(key, "'\(value)' is geen ja/nee") }
            updatePurpose { $0.personalData = yes }
        case .dataCategories: updatePurpose { $0.dataCategories += RecordValues.list(value) }
        case .visibility:
            guard let visibility = RecordValues.visibility(value) else {
                return problem(key, "'\(value)' is geen zichtbaarheid (openbaar, intern, vertrouwelijk)")
            }
            record.visibility = visibility
        case .status:
            if let status = RecordValues.status(value) { record.status = status } else { record.unmapped[key] = value }
        case .procured: record.procured = day(value, key: key) ?? record.procured
        case .installed: record.installed = day(value, key: key) ?? record.installed
        case .removed: record.removed = day(value, key: key) ?? record.removed
        case .internetExposed:
            guard let yes = RecordValues.bool(value) else { return problem(key, "'\(value)' is geen ja/nee") }
            record.internetExposed = yes
        case .vital:
            guard let yes = RecordValues.bool(value) else { return problem(key, "'\(value)' is geen ja/nee") }
            record.vital = yes
        case .connectivity:
            guard let kinds = RecordValues.connectivity(value) else {
                return problem(key, "'\(value)' is geen verbinding (bekabeld, mobiel, lora, wifi)")
            }
            record.connectivity = kinds
        case .address: record.address = value
        case .district: record.district = value
        case .mount: record.mount = value
        case .direction: setDirection(value, key: key)
        case .latitude, .longitude:
            guard let number = Double(value.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
                return problem(key, "'\(value)' is geen getal")
            }
            if field == .latitude { latitude = (number, key) } else { longitude = (number, key) }
        case .reference: record.externalIDs["bron"] = value
        case .registerID: record.externalIDs["herkomst"] = value
        }
    }

    mutating func setDirection(_ value: String, key: String) {
        // OSM also allows compass points (`N`, `SW`).
        let compass = ["N": 0.0, "NNE": 22.5, "NE": 45, "ENE": 67.5, "E": 90, "ESE": 112.5, "SE": 135, "SSE": 157.5,
                       "S": 180, "SSW": 202.5, "SW": 225, "WSW": 247.5, "W": 270, "WNW": 292.5, "NW": 315, "NNW": 337.5]
        if let degrees = compass[value.uppercased()] { record.direction = degrees; return }
        guard let degrees = Double(value.replacingOccurrences(of: ",", with: ".")), degrees.isFinite, (0...360).contains(degrees) else {
            return problem(key, "'\(value)' is geen richting in graden (0–360) of windstreek")
        }
        record.direction = degrees
    }

    mutating func day(_ value: String, key: String) -> Day? {
        guard let day = RecordValues.day(value) else {
            problem(key, "'\(value)' is geen datum (verwacht JJJJ-MM-DD)")
            return nil
        }
        return day
    }

    mutating func updatePurpose(_ change: (inout Purpose) -> Void) {
        var purpose = record.purpose ?? Purpose(description: "")
        change(&purpose)
        record.purpose = purpose
    }

    /// A point in CRS84 (longitude, latitude), checked for range; `fields` name the source keys for messages.
    mutating func setPoint(longitude: Double, latitude: Double, field: String) {
        let point = GeoPoint(longitude: longitude, latitude: latitude)
        let issues = Validation.check(point)
        guard issues.isEmpty else {
            for issue in issues { problem(field, "\(issue.field): \(issue.message)") }
            return
        }
        record.point = point
    }

    /// The record with latitude/longitude properties turned into a point, and the problems found.
    mutating func finish() -> (record: ImportRecord?, problems: [InputProblem]) {
        if let latitude, let longitude {
            let point = GeoPoint(longitude: longitude.value, latitude: latitude.value)
            for issue in Validation.check(point) {
                problem(issue.field == "latitude" ? latitude.key : longitude.key, issue.message)
            }
            if Validation.check(point).isEmpty { record.point = point }
        } else if let only = latitude ?? longitude {
            problem(only.key, "alleen één coördinaat; breedte- en lengtegraad horen samen")
        }
        if let purpose = record.purpose, purpose.description.isEmpty {
            record.purpose?.description = "onbekend"
        }
        return (problems.isEmpty ? record : nil, problems)
    }
}

/// IP address text as sources write it (syntax checks are Core's `IPAddressSyntax`).
enum IPText {
    /// NetBox and others write `10.0.0.5/24`.
    static func withoutPrefixLength(_ text: String) -> String {
        String(text.split(separator: "/", maxSplits: 1).first ?? Substring(text)).trimmingCharacters(in: .whitespaces)
    }
}
