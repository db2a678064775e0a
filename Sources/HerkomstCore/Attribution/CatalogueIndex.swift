import Foundation

/// The vendor catalogue compiled once into lookup tables, so that attributing a device costs a handful of
/// dictionary look-ups rather than scans over the whole catalogue.
public struct CatalogueIndex: Sendable {
    /// What a name is, by identity.
    public enum NameMatch: Hashable, Sendable {
        case manufacturer(String)
        /// A brand that always belongs to one maker (index into the catalogue's brand relations).
        case brand(Int)
    }

    struct PhraseEntry: Sendable {
        var tokens: [UInt64]
        var signature: Int
    }

    struct ClassPhrase: Sendable {
        var tokens: [UInt64]
        var deviceClass: DeviceClass
        var priority: Int
    }

    struct GrammarPrefix: Sendable {
        var prefix: [UInt8]
        var grammar: Int
    }

    struct EnterprisePrefix: Sendable {
        var arcs: [UInt32]
        var assignment: Int
    }

    public let catalogue: VendorCatalogue
    let manufacturers: [String: Manufacturer]
    let names: [String: NameMatch]
    /// Keys that only a maker's catalogue id spells ("delta" for "Delta Electronics"): no maker writes itself so.
    let idOnlyKeys: Set<String>
    let phrases: [UInt64: [PhraseEntry]]
    let classPhrases: [UInt64: [ClassPhrase]]
    let grammarPrefixes: [UInt16: [GrammarPrefix]]
    /// Enterprise assignments by enterprise number (the arc after 1.3.6.1.4.1).
    let enterprisePrefixes: [UInt32: [EnterprisePrefix]]
    /// Conditional brand relations by the manufacturer whose label they are (`hpe` → H3C for Comware).
    let conditionalRelations: [String: [Int]]
    /// Normalised brand names, for grammars that apply only under certain labels.
    let brandKeysByManufacturer: [String: Set<String>]
    /// Owner chains worked out once: every attribution asks for the winner's (and rivals') owners.
    let ownerChains: [String: [Manufacturer]]
    /// Per model grammar that applies only under certain labels: those labels' identity keys.
    let grammarBrandKeys: [Int: Set<String>]

    public init(catalogue: VendorCatalogue) {
        self.catalogue = catalogue
        var manufacturers: [String: Manufacturer] = [:]
        var names: [String: NameMatch] = [:]
        var writtenKeys: Set<String> = []
        var idKeys: Set<String> = []
        for maker in catalogue.manufacturers {
            manufacturers[maker.id] = maker
            for spelling in [maker.name, maker.id] + maker.aliases {
                let key = NameIdentity.key(spelling)
                // The first claim on a spelling wins, so the catalogue's order settles clashes deterministically.
                if !key.isEmpty, names[key] == nil { names[key] = .manufacturer(maker.id) }
            }
            writtenKeys.formUnion(([maker.name] + maker.aliases).map(NameIdentity.key))
            idKeys.insert(NameIdentity.key(maker.id))
        }
        let brandSpellings = catalogue.brands.flatMap { [$0.brand] + $0.aliases }.map(NameIdentity.key)
        idOnlyKeys = idKeys.subtracting(writtenKeys).subtracting(brandSpellings)
        var conditional: [String: [Int]] = [:]
        var brandKeys: [String: Set<String>] = [:]
        for (i, relation) in catalogue.brands.enumerated() {
            let keys = ([relation.brand] + relation.aliases).map(NameIdentity.key).filter { !$0.isEmpty }
            if relation.onlyWithEvidenceOfMaker {
                // The label is a manufacturer in its own right; the relation applies when the maker shows too.
                for key in keys {
                    if case .manufacturer(let owner)? = names[key] {
                        conditional[owner, default: []].append(i)
                        brandKeys[owner, default: []].formUnion(keys)
                    }
                }
            } else {
                for key in keys where names[key] == nil { names[key] = .brand(i) }
            }
        }
        for (owner, list) in conditional { conditional[owner] = Array(Set(list)).sorted() }
        self.manufacturers = manufacturers
        var chains: [String: [Manufacturer]] = [:]
        for id in manufacturers.keys { chains[id] = Self.ownerChain(of: id, in: manufacturers) }
        self.ownerChains = chains
        var grammarBrandKeys: [Int: Set<String>] = [:]
        for (i, grammar) in catalogue.modelGrammars.enumerated() {
            if let required = grammar.onlyWithBrands { grammarBrandKeys[i] = Set(required.map(NameIdentity.key)) }
        }
        self.grammarBrandKeys = grammarBrandKeys
        self.names = names
        self.conditionalRelations = conditional
        self.brandKeysByManufacturer = brandKeys

        var phrases: [UInt64: [PhraseEntry]] = [:]
        for (i, signature) in catalogue.signatures.enumerated() {
            let tokens = TextScan.phraseTokens(signature.phrase)
            guard let first = tokens.first else { continue }
            phrases[first, default: []].append(PhraseEntry(tokens: tokens, signature: i))
        }
        self.phrases = phrases

        var classPhrases: [UInt64: [ClassPhrase]] = [:]
        for (i, keyword) in catalogue.classKeywords.enumerated() {
            let tokens = TextScan.phraseTokens(keyword.phrase)
            guard let first = tokens.first else { continue }
            classPhrases[first, default: []].append(ClassPhrase(tokens: tokens, deviceClass: keyword.deviceClass, priority: i))
        }
        self.classPhrases = classPhrases

        var grammarPrefixes: [UInt16: [GrammarPrefix]] = [:]
        for (i, grammar) in catalogue.modelGrammars.enumerated() {
            for prefix in grammar.prefixes {
                let bytes = Array(prefix.uppercased().utf8)
                guard bytes.count >= 2 else { continue }
                grammarPrefixes[UInt16(bytes[0]) << 8 | UInt16(bytes[1]), default: []]
                    .append(GrammarPrefix(prefix: bytes, grammar: i))
            }
        }
        // Longest prefix first: the most specific family wins.
        for (key, list) in grammarPrefixes {
            grammarPrefixes[key] = list.sorted { $0.prefix.count != $1.prefix.count ? $0.prefix.count > $1.prefix.count : $0.grammar < $1.grammar }
        }
        self.grammarPrefixes = grammarPrefixes

        var enterprisePrefixes: [UInt32: [EnterprisePrefix]] = [:]
        for (i, assignment) in catalogue.enterpriseAssignments.enumerated() {
            guard let arcs = EnterpriseOID.arcs(assignment.oidPrefix), let number = EnterpriseOID.enterpriseNumber(arcs) else { continue }
            enterprisePrefixes[number, default: []].append(EnterprisePrefix(arcs: arcs, assignment: i))
        }
        for (key, list) in enterprisePrefixes {
            enterprisePrefixes[key] = list.sorted { $0.arcs.count > $1.arcs.count }
        }
        self.enterprisePrefixes = enterprisePrefixes
    }

    public func manufacturer(_ id: String) -> Manufacturer? { manufacturers[id] }

    /// The catalogue entry a name denotes, by identity (never by substring).
    public func resolve(name: String) -> NameMatch? {
        resolve(key: NameIdentity.key(name))
    }

    /// As `resolve(name:)`, for a caller that already has the identity key.
    func resolve(key: String) -> NameMatch? {
        key.isEmpty ? nil : names[key]
    }

    /// The manufacturer a name denotes, following brands that always belong to one maker.
    public func manufacturerID(forName name: String) -> String? {
        switch resolve(name: name) {
        case .manufacturer(let id)?: return id
        case .brand(let i)?: return catalogue.brands[i].maker
        case nil: return nil
        }
    }

    /// The chain of owners above a maker, nearest first, stopping at cycles.
    public func owners(of id: String) -> [Manufacturer] {
        ownerChains[id] ?? Self.ownerChain(of: id, in: manufacturers)
    }

    static func ownerChain(of id: String, in manufacturers: [String: Manufacturer]) -> [Manufacturer] {
        var chain: [Manufacturer] = []
        var seen: Set<String> = [id]
        var current = manufacturers[id]?.parent
        while let next = current, !seen.contains(next), let owner = manufacturers[next] {
            chain.append(owner)
            seen.insert(next)
            current = owner.parent
        }
        return chain
    }

    /// Signatures whose phrase occurs as whole words in the text and that apply to this field.
    /// The signatures whose phrase the text holds, in order of appearance. A phrase found only inside a longer one
    /// does not count: "Huawei-3Com" names H3C, not Huawei.
    func signatures(in text: TextScan, field: Signature.Field) -> [Int] {
        var matches: [(signature: Int, start: Int, end: Int)] = []
        let tokens = text.tokens
        for (position, token) in tokens.enumerated() {
            guard let candidates = phrases[token] else { continue }
            for entry in candidates where TextScan.tokens(tokens, at: position, match: entry.tokens) {
                if catalogue.signatures[entry.signature].fields.contains(field) {
                    matches.append((entry.signature, position, position + entry.tokens.count))
                }
            }
        }
        var found: [Int] = []
        for match in matches where !found.contains(match.signature) {
            let inside = matches.contains { other in
                other.end - other.start > match.end - match.start && other.start <= match.start && match.end <= other.end
            }
            if !inside { found.append(match.signature) }
        }
        return found
    }

    /// The device class named in the text by the highest-priority keyword.
    func deviceClass(in text: TextScan) -> DeviceClass? {
        var best: ClassPhrase?
        let tokens = text.tokens
        for (position, token) in tokens.enumerated() {
            guard let candidates = classPhrases[token] else { continue }
            for entry in candidates where TextScan.tokens(tokens, at: position, match: entry.tokens) {
                if best == nil || entry.priority < best!.priority { best = entry }
            }
        }
        return best?.deviceClass
    }

    /// The model grammar a word fits, most specific prefix first.
    func grammar(forWord word: [UInt8]) -> Int? {
        guard word.count >= 3 else { return nil }
        guard let candidates = grammarPrefixes[UInt16(word[0]) << 8 | UInt16(word[1])] else { return nil }
        for candidate in candidates where word.count >= candidate.prefix.count && word.starts(with: candidate.prefix) {
            if catalogue.modelGrammars[candidate.grammar].digitAfterPrefix {
                guard word.count > candidate.prefix.count else { continue }
                let next = word[candidate.prefix.count]
                guard next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9") else { continue }
            }
            return candidate.grammar
        }
        return nil
    }

    /// The most specific enterprise assignment covering an OID.
    func enterpriseAssignment(for arcs: [UInt32]) -> Int? {
        guard let number = EnterpriseOID.enterpriseNumber(arcs), let candidates = enterprisePrefixes[number] else { return nil }
        return candidates.first { arcs.starts(with: $0.arcs) }?.assignment
    }
}

extension TextScan {
    static func tokens(_ tokens: [UInt64], at position: Int, match phrase: [UInt64]) -> Bool {
        guard position + phrase.count <= tokens.count else { return false }
        for i in 1..<phrase.count where tokens[position + i] != phrase[i] { return false }
        return true
    }
}

/// Dotted OIDs as written by different tools: `1.3.6…`, `.1.3.6…`, `iso.3.6…`, `SNMPv2-SMI::enterprises.2011…`.
public enum EnterpriseOID {
    static let enterprisesArcs: [UInt32] = [1, 3, 6, 1, 4, 1]

    public static func arcs(_ text: String) -> [UInt32]? {
        var body = Substring(text.trimmingSpaces)
        // `SNMPv2-SMI::enterprises.2011…`: what follows the module name. Checked byte-wise (runs per attribution).
        if body.utf8.contains(UInt8(ascii: ":")), let range = body.range(of: "::") { body = body[range.upperBound...] }
        var arcs: [UInt32] = []
        arcs.reserveCapacity(16)
        if body.hasPrefix("enterprises.") {
            arcs = enterprisesArcs
            body = body.dropFirst("enterprises.".count)
        } else if body.hasPrefix("iso.") {
            arcs = [1]
            body = body.dropFirst(4)
        } else if body.hasPrefix(".") {
            body = body.dropFirst()
        }
        var value: UInt64 = 0
        var digits = 0
        for byte in body.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0 else { return nil }
                arcs.append(UInt32(value))
                value = 0
                digits = 0
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                guard value <= UInt64(UInt32.max) else { return nil }
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        arcs.append(UInt32(value))
        return arcs
    }

    /// The enterprise number of an OID under 1.3.6.1.4.1, if it is one.
    public static func enterpriseNumber(_ arcs: [UInt32]) -> UInt32? {
        guard arcs.count > 6, arcs.starts(with: enterprisesArcs) else { return nil }
        return arcs[6]
    }
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        // Most values have no surrounding space: check the bytes before asking Unicode about characters.
        func isPlainByte(_ b: UInt8?) -> Bool { b.map { $0 > 32 && $0 < 128 } ?? true }
        if isPlainByte(s.utf8.first) && isPlainByte(s.utf8.last) { return s }
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
