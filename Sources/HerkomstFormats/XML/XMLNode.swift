/// An element of a parsed XML document, by local name (namespace prefixes dropped, since real devices use
/// every prefix imaginable), with the line where it started so that messages can point at it.
struct XMLNode: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [XMLNode] = []
    var text: String = ""
    var line: Int

    func attribute(_ name: String) -> String? {
        attributes[name]
    }

    func child(_ name: String) -> XMLNode? {
        children.first { $0.name == name }
    }

    func children(_ name: String) -> [XMLNode] {
        children.filter { $0.name == name }
    }

    /// Every element named `name` below this one, in document order.
    func descendants(_ name: String) -> [XMLNode] {
        var found: [XMLNode] = []
        for child in children {
            if child.name == name { found.append(child) }
            found += child.descendants(name)
        }
        return found
    }

    /// The text of this element, trimmed; nil when empty.
    var trimmedText: String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}

import Foundation
