/// A small element tree for the parts of a document a reader needs. Names are local names (the part after any
/// namespace prefix), so `tds:Manufacturer`, `Manufacturer` with a default namespace and odd prefixes all match.
struct XMLNode: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""
    /// 1-based line of the start tag.
    var line: Int

    var trimmedText: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    func attribute(_ localName: String) -> String? { attributes[localName] }

    func child(_ localName: String) -> XMLNode? { children.first { $0.name == localName } }

    func children(_ localName: String) -> [XMLNode] { children.filter { $0.name == localName } }

    /// Depth-first, document order.
    func descendants(_ localName: String) -> [XMLNode] {
        var found: [XMLNode] = []
        for child in children {
            if child.name == localName { found.append(child) }
            found += child.descendants(localName)
        }
        return found
    }

    func firstDescendant(_ localName: String) -> XMLNode? {
        for child in children {
            if child.name == localName { return child }
            if let deeper = child.firstDescendant(localName) { return deeper }
        }
        return nil
    }

    /// The text of a direct child, trimmed, or nil when missing or empty.
    func childText(_ localName: String) -> String? {
        guard let text = child(localName)?.trimmedText, !text.isEmpty else { return nil }
        return text
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }
}

import Foundation
