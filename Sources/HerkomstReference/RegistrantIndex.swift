import HerkomstCore

/// The IEEE registrants by `NameIdentity.distinctiveKey`, each with the country its blocks were registered from.
/// An enterprise number, an ONVIF manufacturer field or a brand names an organisation the vendor catalogue may not
/// know; the registries often do, with an address: "Beijing Raisecom Scientific & Technology Development" (IANA)
/// is the "Raisecom Technology" that registered its MAC blocks from Beijing.
struct RegistrantIndex: Sendable {
    /// One spelling of a registrant and the countries of its registrations under that spelling.
    private struct Spelling: Sendable {
        var organisation: String
        var words: Set<String>
        var countries: [String: Int]
    }

    private var byKey: [String: [Spelling]] = [:]
    private let asOf: String

    /// A registrant counts only when at least this share of its registrations name one country: two different
    /// companies behind one distinctive name, or a multinational registering everywhere, give no answer.
    static let agreement = 0.8

    init(_ registry: MACRegistryIndex) {
        asOf = registry.asOf
        var spellings: [String: Int] = [:]
        for table in registry.tables {
            for row in table.prefixes.indices {
                let (organisation, country) = table.entry(at: row)
                let key = NameIdentity.distinctiveWords(organisation)
                guard let country, key.count >= 3 else { continue }
                if let i = spellings[organisation] {
                    byKey[key]![i].countries[country, default: 0] += 1
                } else {
                    spellings[organisation] = byKey[key, default: []].count
                    byKey[key, default: []].append(Spelling(organisation: organisation, words: NameIdentity.words(organisation),
                                                            countries: [country: 1]))
                }
            }
        }
    }

    /// The registrant by that name: the same name word for word when the registries have it ("Advantech Co., Ltd."
    /// is the Taipei company, not "Advantech Technology (China)"); else a name whose words contain the other's, with
    /// the same distinctive words — "Extreme Solutions" is not "Extreme Networks". A short distinctive name (QNAP,
    /// Moxa) must match word for word: "GCOM Technologies" (China) is not "Gcom, Inc." (US).
    func registrant(named name: String) -> Registrant? {
        let key = NameIdentity.distinctiveWords(name)
        guard key.count >= 3, let candidates = byKey[key] else { return nil }
        let words = NameIdentity.words(name)
        var same = candidates.filter { $0.words == words }
        if same.isEmpty, key.count >= 5 {
            same = candidates.filter { $0.words.isSubset(of: words) || words.isSubset(of: $0.words) }
        }
        var countries: [String: Int] = [:]
        for spelling in same { countries.merge(spelling.countries, uniquingKeysWith: +) }
        let total = countries.values.reduce(0, +)
        guard let (country, count) = countries.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              Double(count) >= Self.agreement * Double(total),
              let spelling = same.max(by: { ($0.countries[country] ?? 0) < ($1.countries[country] ?? 0) }) else { return nil }
        return Registrant(organisation: spelling.organisation, country: country, registrations: count, asOf: asOf)
    }
}
