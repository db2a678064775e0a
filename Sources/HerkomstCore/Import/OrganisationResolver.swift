import Foundation

/// Turns organisation names as sources write them ("Gemeente Den Haag", "gemeente-den-haag") into slugs,
/// creating organisations (kind `overig`) for names the register does not know — and remembering which.
struct OrganisationResolver {
    private var bySlug: [String: Organisation] = [:]
    private var byName: [String: String] = [:]
    /// Names exactly as sources wrote them: a sheet repeats its owner on every row.
    private var asWritten: [String: String] = [:]
    private(set) var created: [Organisation] = []

    init(known: [Organisation]) {
        for o in known {
            bySlug[o.slug] = o
            byName[o.name.lowercased()] = o.slug
        }
    }

    mutating func slug(for name: String) -> String {
        if let slug = asWritten[name] { return slug }
        let slug = resolve(name)
        asWritten[name] = slug
        return slug
    }

    private mutating func resolve(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if bySlug[trimmed] != nil { return trimmed }
        if let slug = byName[trimmed.lowercased()] { return slug }
        let slug = Self.slugify(trimmed)
        if bySlug[slug] == nil {
            let organisation = Organisation(slug: slug, name: trimmed, kind: .overig)
            bySlug[slug] = organisation
            created.append(organisation)
        }
        byName[trimmed.lowercased()] = slug
        return slug
    }

    /// `Gemeente 's-Gravenhage` → `gemeente-s-gravenhage`.
    static func slugify(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        var dash = false
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
                dash = false
            } else if !dash, !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "onbekend" : out
    }
}
