/// The ENTITY-MIB entPhysicalTable of a walk, by row, to find the chassis: the row that is the device itself
/// rather than a slot, port, fan or transceiver (whose makers are component makers).
struct EntityTable {
    struct Cell {
        var text: String
        var binding: SNMPVarBind
    }

    struct Row {
        var index: String
        var order: Int
        var cells: [Int: Cell] = [:]
        var physicalClass: Int64?

        var description: Cell? { cells[2] }
        var firmware: Cell? { cells[9] }
        var software: Cell? { cells[10] }
        var serial: Cell? { cells[11] }
        var manufacturer: Cell? { cells[12] }
        var model: Cell? { cells[13] }

        /// The description when it names a product, not a place in the box ("slot0", "Container for Fan Module").
        var productDescription: Cell? {
            guard let d = description else { return nil }
            let firstWord = d.text.lowercased().prefix { $0.isLetter }
            return EntityTable.placeWords.contains(String(firstWord)) ? nil : d
        }

        var namesSomething: Bool { productDescription != nil || model != nil || manufacturer != nil }
    }

    /// First words of descriptions that name a place or part of a box, never the product.
    static let placeWords: Set<String> = ["slot", "subslot", "container", "board", "card", "port", "fan", "power",
                                          "psu", "sensor", "backplane", "cpu", "module", "stack", "bay"]

    /// entPhysicalClass `chassis(3)`.
    private static let chassisClass: Int64 = 3

    private(set) var rows: [String: Row] = [:]

    init(_ bindings: [SNMPVarBind], prefix: String) {
        for binding in bindings {
            let tail = binding.oid.dropFirst(prefix.count + 1)
            guard let dot = tail.firstIndex(of: "."), let column = Int(tail[..<dot]) else { continue }
            let index = String(tail[tail.index(after: dot)...])
            var row = rows[index] ?? Row(index: index, order: rows.count)
            if column == 5 {
                row.physicalClass = binding.value.integerValue
            } else if let text = binding.value.text, !text.isEmpty, text != "<private>", row.cells[column] == nil {
                row.cells[column] = Cell(text: text, binding: binding)
            }
            rows[index] = row
        }
    }

    /// The first chassis row; without class information, the row with the lowest index (the root of the
    /// containment tree in every agent seen), or failing identity there, the first row with a model name,
    /// else the first that names a product.
    func chassis() -> Row? {
        let ordered = rows.values.sorted { Self.indexOrder($0.index, $1.index) }
        if let chassis = ordered.first(where: { $0.physicalClass == Self.chassisClass && !$0.cells.isEmpty }) {
            return chassis
        }
        if ordered.contains(where: { $0.physicalClass != nil }) {
            // Classes are known and none is a chassis: take a row that names a model, never a component's maker alone.
            return ordered.first { $0.model != nil }
        }
        if let root = ordered.first, root.namesSomething {
            return root
        }
        // Some agents start with empty rows and slots ("slot0") before the row that names the product.
        return ordered.first { $0.model != nil } ?? ordered.first { $0.namesSomething }
    }

    /// The rows directly inside `row` (entPhysicalContainedIn), in index order: the main board of a chassis
    /// whose own row is bare.
    func rows(inside row: Row) -> [Row] {
        rows.values.filter { $0.cells[4]?.text == row.index }.sorted { Self.indexOrder($0.index, $1.index) }
    }

    /// A column of the chassis, or of the first row directly inside it when the chassis row leaves it empty.
    func cell(_ column: (Row) -> Cell?, of chassis: Row) -> Cell? {
        column(chassis) ?? rows(inside: chassis).lazy.compactMap(column).first
    }

    private static func indexOrder(_ a: String, _ b: String) -> Bool {
        let left = a.split(separator: ".").compactMap { Int($0) }
        let right = b.split(separator: ".").compactMap { Int($0) }
        return left.lexicographicallyPrecedes(right)
    }
}
