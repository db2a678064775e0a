import Foundation
import HerkomstCore

/// Turns one data row into import records (one per column group), checking every value on the way: a bad value
/// becomes an `InputProblem` naming the file, the line, the column and why, and the row yields no record.
struct TabularRecordBuilder {
    let fileName: String
    let layout: TabularColumnLayout
    let allowAbroad: Bool
    /// The sheet name, for XLSX origins.
    var element: String?
    /// Owner for rows that name none (Amsterdam's bulk template keeps it on a separate sheet).
    var defaultOwner: String?

    private let recordColumns: [[TabularColumnLayout.Column]]
    /// Closed-list words repeat on every row ("camera", "actief", "publieke taak"): looked up once each.
    private let vocabulary = TabularVocabularyCache()

    init(fileName: String, layout: TabularColumnLayout, allowAbroad: Bool) {
        self.fileName = fileName
        self.layout = layout
        self.allowAbroad = allowAbroad
        self.recordColumns = layout.recordColumns
    }

    func build(_ cells: [String], line: Int) -> (records: [ImportRecord], problems: [InputProblem]) {
        var records: [ImportRecord] = []
        var problems: [InputProblem] = []
        let trimmed = cells.map(TabularText.trimmed)
        for (groupIndex, group) in layout.groups.enumerated() {
            let columns = recordColumns[groupIndex]
            var draft = Draft(values: FieldValues(columns: columns, cells: trimmed))
            for (position, column) in columns.enumerated() {
                guard column.index < trimmed.count, !trimmed[column.index].isEmpty else { continue }
                if let field = column.field {
                    draft.values.set(field, position: position)
                } else {
                    draft.unmapped[column.header] = trimmed[column.index]
                }
            }
            // A repeated group without a value of its own (an unused sensor slot of the web form) is no device.
            let groupHasValue = group.contains { column in
                column.index < trimmed.count && !trimmed[column.index].isEmpty
            }
            if layout.groups.count > 1 && !groupHasValue { continue }
            var recordProblems: [InputProblem] = []
            let record = makeRecord(from: draft, line: line, groupIndex: groupIndex, problems: &recordProblems)
            if recordProblems.isEmpty, let record { records.append(record) }
            problems += recordProblems
        }
        return (records, problems)
    }

    struct Draft {
        var values: FieldValues
        var unmapped: [String: String] = [:]
    }

    /// A row's values by field: per field the position of its column, in an array indexed by the field's raw
    /// value. Looked up a few dozen times per row, where a dictionary's hashing and copies of strings showed in
    /// profiles of million-row imports.
    struct FieldValues {
        private var positions = [Int](repeating: -1, count: TabularField.allCases.count)
        private let columns: [TabularColumnLayout.Column]
        private let cells: [String]
        private(set) var isEmpty = true

        init(columns: [TabularColumnLayout.Column], cells: [String]) {
            self.columns = columns
            self.cells = cells
        }

        mutating func set(_ field: TabularField, position: Int) {
            positions[field.rawValue] = position
            isEmpty = false
        }

        /// The trimmed, non-empty text of a field and the header of its column.
        subscript(field: TabularField) -> (text: String, header: String)? {
            let position = positions[field.rawValue]
            guard position >= 0 else { return nil }
            return (cells[columns[position].index], columns[position].header)
        }

        func text(_ field: TabularField) -> String? {
            let position = positions[field.rawValue]
            return position >= 0 ? cells[columns[position].index] : nil
        }

        func containsAny(of fields: Set<TabularField>) -> Bool { fields.contains { positions[$0.rawValue] >= 0 } }
    }

    private func makeRecord(from draft: Draft, line: Int, groupIndex: Int,
                            problems: inout [InputProblem]) -> ImportRecord? {
        var record = ImportRecord(origin: RecordOrigin(file: fileName, line: line, element: element))
        record.unmapped = draft.unmapped
        let values = draft.values

        func problem(_ field: TabularField, _ message: String) {
            problems.append(InputProblem(file: fileName, line: line, field: values[field]?.header ?? field.header,
                                         message: message))
        }
        func text(_ field: TabularField) -> String? { values[field]?.text }

        guard values.containsAny(of: TabularField.identifying) else {
            if values.isEmpty && draft.unmapped.isEmpty { return nil }
            problems.append(InputProblem(file: fileName, line: line, field: nil,
                message: "regel zegt niet welk apparaat het is: vul klasse, merk, fabrikant, model, serienummer, MAC-adres, IP-adres of hostnaam in"))
            return nil
        }

        if let raw = text(.deviceClass) {
            let (found, exact) = vocabulary.deviceClass(raw)
            record.deviceClass = found ?? layout.template?.defaultClass ?? .overig
            // Keep the sheet's own word when it says more than the class ("Geluidsensor", "ANPR-camera").
            if !exact || found == nil {
                record.unmapped[values[.deviceClass]!.header] = raw
            }
        } else if layout.template != nil {
            record.deviceClass = layout.template?.defaultClass
        }
        record.brand = text(.brand)
        record.manufacturer = text(.manufacturer)
        record.model = text(.model)
        record.firmware = text(.firmware)
        record.serialNumber = text(.serialNumber)
        record.hostname = text(.hostname)
        record.owner = text(.owner) ?? defaultOwner
        record.operatorOrganisation = text(.operatorOrganisation)
        record.supplier = text(.supplier)
        record.maintainer = text(.maintainer)
        record.district = text(.district)
        record.mount = text(.mount)
        // A description and a postcode/house number together say more than either: keep both.
        let address = [text(.address), composedAddress(values)].compactMap { $0 }
        record.address = address.isEmpty ? nil : address.joined(separator: ", ")

        if let id = text(.registerID) { record.externalIDs["herkomst"] = id }
        if let reference = text(.externalID) {
            // The web form numbers its sensors within one submission, as the city's own import does.
            record.externalIDs[layout.externalIDKey] =
                layout.template == .amsterdamWebForm ? "\(reference).\(groupIndex)" : reference
        }

        if let raw = text(.macAddress) {
            for item in TabularValueParsing.list(raw) {
                if let mac = MACAddress(item) { record.macAddresses.append(mac) }
                else { problem(.macAddress, "'\(item)' is geen geldig MAC-adres (verwacht bijvoorbeeld 4C:BD:8F:12:34:56)") }
            }
        }
        if let raw = text(.ipAddress) {
            for item in TabularValueParsing.list(raw) {
                // NetBox writes the interface address with its prefix length (10.0.0.5/24).
                let address = item.split(separator: "/").first.map(String.init) ?? item
                if TabularValueParsing.isIPv4(address) || IPAddressSyntax.isValid(address) { record.ipAddresses.append(address) }
                else { problem(.ipAddress, "'\(item)' is geen geldig IPv4- of IPv6-adres") }
            }
        }

        record.status = parse(.status, from: values, problem: problem, vocabulary.status,
                              "onbekende status '%@'; gebruik actief, gepland of verwijderd")
        record.visibility = parse(.visibility, from: values, problem: problem, vocabulary.visibility,
                                  "onbekende zichtbaarheid '%@'; gebruik openbaar, intern of vertrouwelijk")
        record.internetExposed = parse(.internetExposed, from: values, problem: problem, TabularValueParsing.bool,
                                       "'%@' is geen ja of nee")
        record.vital = parse(.vital, from: values, problem: problem, TabularValueParsing.bool, "'%@' is geen ja of nee")
        if let raw = text(.connectivity) {
            for item in TabularValueParsing.textList(raw) {
                if let c = vocabulary.connectivity(item) {
                    if !record.connectivity.contains(c) { record.connectivity.append(c) }
                } else {
                    problem(.connectivity, "onbekende verbinding '\(item)'; gebruik bekabeld, mobiel, lora of wifi")
                }
            }
        }
        if let raw = text(.direction) {
            if let degrees = TabularVocabulary.direction(raw), (0..<360).contains(degrees) {
                record.direction = degrees
            } else {
                problem(.direction, "kijkrichting '\(raw)' is geen aantal graden van 0 tot 360 of windrichting (N, NO, …)")
            }
        }

        record.procured = date(.procured, values, problem)
        record.installed = date(.installed, values, problem)
        record.removed = date(.removed, values, problem)
        if let installed = record.installed, let removed = record.removed, removed < installed {
            problem(.removed, "verwijderd (\(removed)) ligt vóór geplaatst (\(installed))")
        }
        if let procured = record.procured, let installed = record.installed, installed < procured {
            problem(.installed, "geplaatst (\(installed)) ligt vóór aangeschaft (\(procured))")
        }

        record.purpose = purpose(values, record: &record, problem: problem)
        record.point = TabularPointReader(allowAbroad: allowAbroad).point(values.text, problem: problem)
        return record
    }

    private func parse<T>(_ field: TabularField, from values: FieldValues,
                          problem: (TabularField, String) -> Void, _ parser: (String) -> T?, _ message: String) -> T? {
        guard let raw = values[field]?.text else { return nil }
        if let value = parser(raw) { return value }
        problem(field, message.replacingOccurrences(of: "%@", with: raw))
        return nil
    }

    private func date(_ field: TabularField, _ values: FieldValues,
                      _ problem: (TabularField, String) -> Void) -> Day? {
        guard let raw = values[field]?.text else { return nil }
        switch TabularValueParsing.day(raw) {
        case .day(let day): return day
        case .invalid(let why): problem(field, why); return nil
        }
    }

    private func purpose(_ values: FieldValues, record: inout ImportRecord,
                         problem: (TabularField, String) -> Void) -> Purpose? {
        let description = values[.purpose]?.text
        var ground: LegalGround?
        if let raw = values[.legalGround]?.text {
            ground = vocabulary.legalGround(raw)
            if ground == nil {
                if layout.template?.legalGroundIsFreeText == true {
                    record.unmapped[values[.legalGround]!.header] = raw
                } else {
                    problem(.legalGround, "onbekende grondslag '\(raw)'; gebruik toestemming, overeenkomst, wettelijke verplichting, vitaal belang, publieke taak of gerechtvaardigd belang (AVG art. 6 lid 1 a–f)")
                }
            }
        }
        var personal: Bool?
        if let raw = values[.personalData]?.text {
            personal = TabularValueParsing.bool(raw)
            if personal == nil { problem(.personalData, "'\(raw)' is geen ja of nee") }
        }
        let categories = values[.dataCategories].map { TabularValueParsing.textList($0.text) } ?? []
        guard description != nil || ground != nil || personal != nil || !categories.isEmpty else { return nil }
        return Purpose(description: description ?? "", legalGround: ground, personalData: personal ?? false,
                       dataCategories: categories)
    }

    /// "Straat 12-III, 1011 PN Amsterdam" or "1017 CT 25A" from separate address columns.
    private func composedAddress(_ fields: FieldValues) -> String? {
        guard fields.text(.street) != nil || fields.text(.houseNumber) != nil || fields.text(.postcode) != nil
                || fields.text(.city) != nil else { return nil }
        let values: [TabularField: String] = [
            .street: fields.text(.street), .houseNumber: fields.text(.houseNumber),
            .houseNumberSuffix: fields.text(.houseNumberSuffix), .postcode: fields.text(.postcode), .city: fields.text(.city),
        ].compactMapValues { $0 }
        var number = values[.houseNumber] ?? ""
        if let suffix = values[.houseNumberSuffix], !number.isEmpty {
            number += suffix.count == 1 && suffix.first!.isLetter ? suffix : "-" + suffix
        }
        let parts: [String]
        if let street = values[.street] {
            parts = [[street, number].filter { !$0.isEmpty }.joined(separator: " "),
                     [values[.postcode], values[.city]].compactMap { $0 }.joined(separator: " ")]
        } else {
            parts = [[values[.postcode], number.isEmpty ? nil : number].compactMap { $0 }.joined(separator: " "),
                     values[.city] ?? ""]
        }
        let text = parts.filter { !$0.isEmpty }.joined(separator: ", ")
        return text.isEmpty ? nil : text
    }
}
