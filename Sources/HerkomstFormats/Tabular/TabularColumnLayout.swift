import HerkomstCore

/// What each column of a sheet holds, decided once from the header row: the user's mapping first, then a
/// recognised template, then the synonyms. Columns that name no field are kept as unmapped text.
struct TabularColumnLayout: Sendable {
    struct Column: Sendable {
        let index: Int
        let header: String
        /// nil: kept on the record as unmapped text under `header`.
        let field: TabularField?
    }

    /// Columns that belong to every record of a row (a web-form submission's reference and owner).
    var shared: [Column] = []
    /// Each group becomes one record; ordinary sheets have one group.
    var groups: [[Column]] = []
    /// Per group, the shared columns followed by the group's own: what one record is read from.
    var recordColumns: [[Column]] { groups.map { shared + $0 } }
    var template: TabularTemplate?
    var headerCount: Int = 0

    var externalIDKey: String { template?.externalIDKey ?? "extern" }

    var mappedFields: Set<TabularField> {
        Set((shared + groups.flatMap { $0 }).compactMap(\.field))
    }

    /// Builds the layout of a header row, or nil when the row names too few known fields to be the header.
    init?(header cells: [String], overrides: TabularMappingOverrides) {
        let keys = cells.map { ColumnSynonyms.normalise($0) }
        template = TabularTemplate.recognise(Set(keys))
        headerCount = cells.count
        let templateOverrides = template?.overrides ?? [:]

        var recognised = 0
        var resolved: [(index: Int, header: String, key: String, field: TabularField?, ignored: Bool)] = []
        for (index, header) in cells.enumerated() {
            let key = keys[index]
            let trimmed = header.trimmingCharacters(in: .whitespaces)
            // Empty headers, and the derived columns of the register's own export (`herkomst_fabrikant`, …):
            // attribution is worked out, never imported.
            if key.isEmpty || trimmed.lowercased().hasPrefix("herkomst_") { continue }
            let choice: TabularField??
            if let user = overrides.fields[key] {
                choice = .some(user)
            } else if let fromTemplate = templateOverrides[key] {
                choice = .some(fromTemplate)
            } else if let synonym = ColumnSynonyms.index[key] {
                choice = .some(synonym)
            } else {
                choice = nil
            }
            switch choice {
            case .some(.some(let field)):
                recognised += 1
                resolved.append((index, trimmed, key, field, false))
            case .some(.none):
                resolved.append((index, trimmed, key, nil, true))
            case .none:
                resolved.append((index, trimmed, key, nil, false))
            }
        }
        guard recognised >= 2 || resolved.contains(where: { $0.field.map(TabularField.describing.contains) ?? false })
                || (!overrides.isEmpty && recognised >= 1) else { return nil }

        // Split into the submission's columns and one group per sensor where the template repeats groups.
        var groupsOfColumns: [[Column]] = [[]]
        var sharedColumns: [Column] = []
        let startKey = template?.groupStartKey
        var seenGroupStart = startKey == nil
        for entry in resolved {
            if let startKey, entry.key == startKey {
                if seenGroupStart { groupsOfColumns.append([]) }
                seenGroupStart = true
            }
            if entry.ignored { continue }
            if !seenGroupStart {
                // Submission columns: only the fields the template allows; the rest is personal data.
                if let field = entry.field, template?.submissionFields?.contains(field) ?? true {
                    sharedColumns.append(Column(index: entry.index, header: entry.header, field: field))
                }
                continue
            }
            groupsOfColumns[groupsOfColumns.count - 1].append(Column(index: entry.index, header: entry.header,
                                                                     field: entry.field))
        }
        // A field named twice within a group: the first column holds it, later ones stay as unmapped text.
        groups = groupsOfColumns.map { group in
            var taken = Set(sharedColumns.compactMap(\.field))
            return group.map { column in
                guard let field = column.field else { return column }
                if taken.contains(field) { return Column(index: column.index, header: column.header, field: nil) }
                taken.insert(field)
                return column
            }
        }
        shared = sharedColumns
    }
}
