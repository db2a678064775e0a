import HerkomstCore

/// The IEEE registrants by `NameIdentity.distinctiveKey`, each with the country its blocks were registered from.
/// An enterprise number, an ONVIF manufacturer field or a brand names an organisation the vendor catalogue may not
/// know; the registries often do, with an address: "Beijing Raisecom Scientific & Technology Development" (IANA)
/// is the "Raisecom Technology" that registered its MAC blocks from Beijing.
struct RegistrantIndex: Sendable {
    private var byKey: [String: Registrant] = [:]

    /// A registrant counts only when at least this share of its registrations name one country: two different
    /// companies behind one distinctive name, or a multinational registering everywhere, give no answer.
    static let agreement = 0.8

    init(_ registry: MACRegistryIndex) {
        var tally: [String: (organisation: String, countries: [String: Int])] = [:]
        for table in registry.tables {
            for row in table.prefixes.indices {
                let (organisation, country) = table.entry(at: row)
                guard let country, let key = NameIdentity.distinctiveKey(organisation) else { continue }
                tally[key, default: (organisation, [:])].countries[country, default: 0] += 1
            }
        }
        for (key, entry) in tally {
            let total = entry.countries.values.reduce(0, +)
            guard let (country, count) = entry.countries.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
                  Double(count) >= Self.agreement * Double(total) else { continue }
            byKey[key] = Registrant(organisation: entry.organisation, country: country, registrations: count,
                                    asOf: registry.asOf)
        }
    }

    func registrant(named name: String) -> Registrant? {
        NameIdentity.distinctiveKey(name).flatMap { byKey[$0] }
    }
}
