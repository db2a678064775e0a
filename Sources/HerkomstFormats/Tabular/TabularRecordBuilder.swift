import Foundation
import HerkomstCore

/// Turns one data row into import records (one per column group), checking every value on the way: a bad value
/// becomes an `InputProblem` naming the file, the line, the column and why, and the row yields no record.
/// A class: it is used once per row, and a struct of this size would be copied (all its references retained and
/// released) at every use through the assembler's optional.
final class TabularRecordBuilder {
    let fileName: String
    let layout: TabularColumnLayout
    let allowAbroad: Bool
    /// The sheet name, for XLSX origins.
    var element: String?
    /// Owner for rows that name none (Amsterdam's bulk template keeps it on a separate sheet).
    var defaultOwner: String?

    private let recordColumns: [[TabularColumnLayout.Column]]
    /// Per group: where each field's value is, decided once per file so a row is read by index.
    private let slots: [FieldSlots]
    /// Per group: the positions of the columns that name no field.
    private let unmappedPositions: [[Int]]
    /// Closed-list words repeat on every row ("camera", "actief", "publieke taak"): looked up once each.
    private let vocabulary = TabularVocabularyCache()

    init(fileName: String, layout: TabularColumnLayout, allowAbroad: Bool) {
        self.fileName = fileName
        self.layout = layout
        self.allowAbroad = allowAbroad
        let recordColumns = layout.recordColumns
        self.recordColumns = recordColumns
        slots = recordColumns.map(FieldSlots.init)
        unmappedPositions = recordColumns.map { columns in columns.indices.filter { columns[$0].field == nil } }
    }

    /// Builds the records of one row, whose cells are already trimmed (`TabularText.trimmed`). Problems are
    /// appended to `problems`, good records to `records`.
    func build(_ trimmed: [String], line: Int, problems: inout [InputProblem], records: inout [ImportRecord]) {
        let groupCount = slots.count
        for groupIndex in 0..<groupCount {
            var draft = Draft(values: FieldValues(slots: slots[groupIndex], cells: trimmed))
            for position in unmappedPositions[groupIndex] {
                let column = recordColumns[groupIndex][position]
                guard column.index < trimmed.count, !trimmed[column.index].isEmpty else { continue }
                draft.unmapped[column.header] = trimmed[column.index]
            }
            // A repeated group without a value of its own (an unused sensor slot of the web form) is no device.
            if groupCount > 1 {
                let groupHasValue = layout.groups[groupIndex].contains { column in
                    column.index < trimmed.count && !trimmed[column.index].isEmpty
                }
                if !groupHasValue { continue }
            }
            makeRecord(from: draft, line: line, groupIndex: groupIndex, problems: &problems, records: &records)
        }
    }

    struct Draft {
        var values: FieldValues
        var unmapped: [String: String] = [:]
    }

    /// For every field, the cells of the columns that hold it (usually one), in column order: flat arrays, so a
    /// lookup costs two array reads and no hashing.
    /// A class, so that a row's `FieldValues` holds one reference instead of retaining four arrays.
    final class FieldSlots {
        /// Field `f` owns entries `starts[f] ..< starts[f + 1]` of `cellIndices` and `headers`.
        let starts: [Int]
        let cellIndices: [Int]
        let headers: [String]
        /// For every entry, the raw value of its field.
        let fields: [Int]

        init(_ columns: [TabularColumnLayout.Column]) {
            precondition(TabularField.allCases.count <= 64, "FieldValues keeps one bit per field")
            var starts: [Int] = []
            var cellIndices: [Int] = []
            var headers: [String] = []
            var fields: [Int] = []
            for field in TabularField.allCases {
                starts.append(cellIndices.count)
                for column in columns where column.field == field {
                    cellIndices.append(column.index)
                    headers.append(column.header)
                    fields.append(field.rawValue)
                }
            }
            starts.append(cellIndices.count)
            self.starts = starts
            self.cellIndices = cellIndices
            self.headers = headers
            self.fields = fields
        }
    }

    /// A row's values by field: of the columns holding a field, the last one with a value counts (as when the
    /// values were gathered column by column). Looked up a few dozen times per row, mostly for fields the sheet
    /// does not have or the row leaves empty: one bit per field answers those without looking further.
    struct FieldValues {
        private let slots: FieldSlots
        private let cells: [String]
        /// Bit `f` is set when field `f` has a value in this row.
        private let present: UInt64

        init(slots: FieldSlots, cells: [String]) {
            self.slots = slots
            self.cells = cells
            var present: UInt64 = 0
            for k in slots.cellIndices.indices {
                let index = slots.cellIndices[k]
                if index < cells.count && !cells[index].isEmpty { present |= 1 << UInt64(slots.fields[k]) }
            }
            self.present = present
        }

        /// The entry in `slots` whose cell holds the field's value in this row, or nil when it has none.
        @inline(__always)
        private func slot(_ field: TabularField) -> Int? {
            guard present & (1 << UInt64(field.rawValue)) != 0 else { return nil }
            let first = slots.starts[field.rawValue]
            var k = slots.starts[field.rawValue + 1]
            while k > first {
                k -= 1
                let index = slots.cellIndices[k]
                if index < cells.count && !cells[index].isEmpty { return k }
            }
            return nil
        }

        /// True when no field has a value in this row.
        var isEmpty: Bool { present == 0 }

        /// The trimmed, non-empty text of a field and the header of its column.
        subscript(field: TabularField) -> (text: String, header: String)? {
            guard let k = slot(field) else { return nil }
            return (cells[slots.cellIndices[k]], slots.headers[k])
        }

        /// The header of the column a field's value came from.
        func header(_ field: TabularField) -> String? { slot(field).map { slots.headers[$0] } }

        func text(_ field: TabularField) -> String? {
            guard let k = slot(field) else { return nil }
            return cells[slots.cellIndices[k]]
        }

        func containsAny(of fields: [TabularField]) -> Bool { fields.contains { slot($0) != nil } }
    }

    /// Appends the record of one group to `records`, or its problems to `problems`. Appending here, rather than
    /// returning the record, lets the record move into the array instead of being copied field by field.
    private func makeRecord(from draft: Draft, line: Int, groupIndex: Int,
                            problems: inout [InputProblem], records: inout [ImportRecord]) {
        let problemsBefore = problems.count
        var record = ImportRecord(origin: RecordOrigin(file: fileName, line: line, element: element))
        record.unmapped = draft.unmapped
        let values = draft.values

        func problem(_ field: TabularField, _ message: String) {
            problems.append(InputProblem(file: fileName, line: line, field: values.header(field) ?? field.header,
                                         message: message))
        }
        func text(_ field: TabularField) -> String? { values.text(field) }

        guard values.containsAny(of: TabularField.identifyingInOrder) else {
            if values.isEmpty && draft.unmapped.isEmpty { return }
            problems.append(InputProblem(file: fileName, line: line, field: nil,
                message: "regel zegt niet welk apparaat het is: vul klasse, merk, fabrikant, model, serienummer, MAC-adres, IP-adres of hostnaam in"))
            return
        }

        if let raw = text(.deviceClass) {
            let (found, exact) = vocabulary.deviceClass(raw)
            record.deviceClass = found ?? layout.template?.defaultClass ?? .overig
            // Keep the sheet's own word when it says more than the class ("Geluidsensor", "ANPR-camera").
            if !exact || found == nil {
                record.unmapped[values.header(.deviceClass)!] = raw
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
        switch (text(.address), composedAddress(values)) {
        case let (described?, composed?): record.address = described + ", " + composed
        case let (described, composed): record.address = described ?? composed
        }

        if let id = text(.registerID) { record.externalIDs["herkomst"] = id }
        if let reference = text(.externalID) {
            // The web form numbers its sensors within one submission, as the city's own import does.
            record.externalIDs[layout.externalIDKey] =
                layout.template == .amsterdamWebForm ? "\(reference).\(groupIndex)" : reference
        }

        if let raw = text(.macAddress) {
            func take(_ item: String) {
                if let mac = TabularValueParsing.macAddress(item) { record.macAddresses.append(mac) }
                else { problem(.macAddress, "'\(item)' is geen geldig MAC-adres (verwacht bijvoorbeeld 4C:BD:8F:12:34:56)") }
            }
            // One address per cell is the rule: no list to build for it.
            if TabularValueParsing.isSingleItem(raw) { take(raw) } else { TabularValueParsing.list(raw).forEach(take) }
        }
        if let raw = text(.ipAddress) {
            func take(_ item: String) {
                // NetBox writes the interface address with its prefix length (10.0.0.5/24).
                let address = item.utf8.contains(UInt8(ascii: "/"))
                    ? item.split(separator: "/").first.map(String.init) ?? item : item
                if TabularValueParsing.isIPv4(address) || IPAddressSyntax.isValid(address) { record.ipAddresses.append(address) }
                else { problem(.ipAddress, "'\(item)' is geen geldig IPv4- of IPv6-adres") }
            }
            if TabularValueParsing.isSingleItem(raw) { take(raw) } else { TabularValueParsing.list(raw).forEach(take) }
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
        if problems.count == problemsBefore { records.append(record) }
    }

    private func parse<T>(_ field: TabularField, from values: FieldValues,
                          problem: (TabularField, String) -> Void, _ parser: (String) -> T?, _ message: String) -> T? {
        guard let raw = values.text(field) else { return nil }
        if let value = parser(raw) { return value }
        problem(field, message.replacingOccurrences(of: "%@", with: raw))
        return nil
    }

    private func date(_ field: TabularField, _ values: FieldValues,
                      _ problem: (TabularField, String) -> Void) -> Day? {
        guard let raw = values.text(field) else { return nil }
        switch TabularValueParsing.day(raw) {
        case .day(let day): return day
        case .invalid(let why): problem(field, why); return nil
        }
    }

    private func purpose(_ values: FieldValues, record: inout ImportRecord,
                         problem: (TabularField, String) -> Void) -> Purpose? {
        let description = values.text(.purpose)
        var ground: LegalGround?
        if let raw = values.text(.legalGround) {
            ground = vocabulary.legalGround(raw)
            if ground == nil {
                if layout.template?.legalGroundIsFreeText == true {
                    record.unmapped[values.header(.legalGround)!] = raw
                } else {
                    problem(.legalGround, "onbekende grondslag '\(raw)'; gebruik toestemming, overeenkomst, wettelijke verplichting, vitaal belang, publieke taak of gerechtvaardigd belang (AVG art. 6 lid 1 a–f)")
                }
            }
        }
        var personal: Bool?
        if let raw = values.text(.personalData) {
            personal = TabularValueParsing.bool(raw)
            if personal == nil { problem(.personalData, "'\(raw)' is geen ja of nee") }
        }
        let categories = values.text(.dataCategories).map(TabularValueParsing.textList) ?? []
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
