import HerkomstCore

/// Fills an import record from named properties (GeoJSON properties, NetBox custom fields), field by field,
/// and collects a problem for each value that cannot be what its name says (a date that is no date).
/// Properties it cannot place are kept in `unmapped`, so nothing is lost.
struct PropertyRecordBuilder {
    var record: ImportRecord
    private(set) var problems: [InputProblem] = []
    var latitude: Double?
    var longitude: Double?
    /// Prefix for kept names (`custom_fields.`), so their origin stays visible.
    var unmappedPrefix = ""

    init(origin: RecordOrigin) {
        record = ImportRecord(origin: origin)
    }

    private mutating func problem(_ key: String, _ message: String) {
        problems.append(InputProblem(file: record.origin.file, line: record.origin.line, field: key,
                                     message: (record.origin.element.map { "\($0): " } ?? "") + message))
    }

    mutating func keep(_ key: String, _ value: JSONValue) {
        if let text = value.text { record.unmapped[unmappedPrefix + key] = text }
        else if let list = value.array?.compactMap(\.text), !list.isEmpty {
            record.unmapped[unmappedPrefix + key] = list.joined(separator: "; ")
        }
    }

    /// Applies one property; returns false when the name is not a register field (it is then kept).
    @discardableResult
    mutating func apply(_ key: String, _ value: JSONValue) -> Bool {
        if case .null = value { return true }
        let texts = value.array?.compactMap(\.text) ?? value.text.map { [$0] } ?? []
        guard let text = texts.first else { keep(key, value); return true }
        if PropertyNames.normalise(key) == "type" {
            // `type` names the class in some registers ("camera") and the model in others ("DS-2CD2143G2-I").
            if let c = PropertyValues.deviceClass(text) { record.deviceClass = c } else { record.model = record.model ?? text }
            return true
        }
        guard let field = PropertyNames.field(for: key) else { keep(key, value); return false }
        switch field {
        case .brand: record.brand = text
        case .manufacturer: record.manufacturer = text
        case .model: record.model = text
        case .serialNumber: record.serialNumber = text
        case .firmware: record.firmware = text
        case .hostname: record.hostname = text
        case .owner: record.owner = text
        case .operatorOrganisation: record.operatorOrganisation = text
        case .supplier: record.supplier = text
        case .maintainer: record.maintainer = text
        case .address: record.address = text
        case .district: record.district = text
        case .mount: record.mount = text
        case .reference: record.externalIDs["ref"] = text
        case .mac:
            for item in texts.flatMap(PropertyValues.splitList) {
                guard let mac = MACAddress(item) else { problem(key, "'\(item)' is geen geldig MAC-adres"); continue }
                if !record.macAddresses.contains(mac) { record.macAddresses.append(mac) }
            }
        case .ip:
            for item in texts.flatMap(PropertyValues.splitList).map(PropertyValues.bareIP) {
                guard IPAddressSyntax.isValid(item) else { problem(key, "'\(item)' is geen geldig IP-adres"); continue }
                if !record.ipAddresses.contains(item) { record.ipAddresses.append(item) }
            }
        case .deviceClass:
            guard let c = PropertyValues.deviceClass(text) else {
                problem(key, "'\(text)' is geen bekende apparaatklasse (camera, nvr, sensor, switch, router, firewall, "
                        + "accesspoint, gateway, controller, overig)")
                return true
            }
            record.deviceClass = c
        case .purpose:
            var purpose = record.purpose ?? Purpose(description: text)
            purpose.description = texts.joined(separator: "; ")
            record.purpose = purpose
        case .legalGround:
            guard let ground = PropertyValues.legalGround(text) else {
                problem(key, "'\(text)' is geen grondslag uit artikel 6 AVG (toestemming, overeenkomst, wettelijke "
                        + "verplichting, vitaal belang, publieke taak, gerechtvaardigd belang)")
                return true
            }
            var purpose = record.purpose ?? Purpose(description: "")
            purpose.legalGround = ground
            record.purpose = purpose
        case .personalData:
            guard let yes = value.bool else { problem(key, "'\(text)' is geen ja of nee"); return true }
            var purpose = record.purpose ?? Purpose(description: "")
            purpose.personalData = yes
            record.purpose = purpose
        case .dataCategories:
            var purpose = record.purpose ?? Purpose(description: "")
            purpose.dataCategories = texts
            record.purpose = purpose
        case .status:
            guard let status = PropertyValues.status(text) else { keep(key, value); return true }
            record.status = status
        case .installed, .removed, .procured:
            guard let day = PropertyValues.day(text) else {
                problem(key, "'\(text)' is geen geldige datum (JJJJ-MM-DD)")
                return true
            }
            switch field {
            case .installed: record.installed = day
            case .removed: record.removed = day
            default: record.procured = day
            }
        case .direction:
            guard let d = PropertyValues.direction(text) else {
                problem(key, "kijkrichting '\(text)' ligt niet tussen 0 en 360 graden")
                return true
            }
            record.direction = d
        case .latitude, .longitude:
            guard let v = value.double, v.isFinite else { problem(key, "'\(text)' is geen getal"); return true }
            if field == .latitude { latitude = v } else { longitude = v }
        case .visibility:
            guard let v = PropertyValues.visibility(text) else {
                problem(key, "'\(text)' is geen zichtbaarheid (openbaar, intern, vertrouwelijk)")
                return true
            }
            record.visibility = v
        case .connectivity:
            guard let c = PropertyValues.connectivity(text) else { keep(key, value); return true }
            record.connectivity = c
        case .vital:
            guard let yes = value.bool else { problem(key, "'\(text)' is geen ja of nee"); return true }
            record.vital = yes
        case .internetExposed:
            guard let yes = value.bool else { problem(key, "'\(text)' is geen ja of nee"); return true }
            record.internetExposed = yes
        }
        return true
    }

    /// Keeps a purpose only when it says something.
    mutating func finish() -> (ImportRecord, [InputProblem]) {
        if let p = record.purpose, p.description.isEmpty, p.legalGround == nil, !p.personalData, p.dataCategories.isEmpty {
            record.purpose = nil
        }
        return (record, problems)
    }
}
