import Foundation

/// How much each kind of finding counts towards naming a maker. Registries and explicit manufacturer fields are
/// strong; a scanner's guess from its own copy of the OUI list is weaker than the MAC itself; a component
/// maker's block says little about the device it sits in.
enum EvidenceWeight {
    static let macMaker = 0.6
    static let macRegistrantOutsideCatalogue = 0.4
    static let macComponent = 0.15
    static let enterpriseMaker = 0.7
    static let enterpriseOutsideCatalogue = 0.45
    static let manufacturerField = 0.6
    static let brandLabel = 0.5
    static let brandRelation = 0.55
    static let scannerVendor = 0.3
    /// An enterprise MIB present in a walk counts for half of what the agent's own sysObjectID would.
    static let enterpriseMIBScale = 0.5
    /// A banner or label that is exactly a catalogued maker's or brand's name.
    static let nameAsText = 0.45
    /// A maker's name as a word inside a server header, realm or greeting.
    static let nameInBanner = 0.35
    static let cpe = 0.5
    static let holding = 0.3
    /// Below this no single piece of evidence counts as a strong signal (for reporting conflicts).
    static let strong = 0.5
}

extension AttributionEngine {
    func read(_ evidence: Evidence, index position: Int, brandKeys: Set<String>) -> EvidenceReading {
        var reading = EvidenceReading(evidence)
        switch evidence.kind {
        case .macAddress:
            readMAC(evidence.value, into: &reading, position: position)
        case .sysObjectID:
            readSysObjectID(evidence.value, into: &reading, position: position)
        case .snmpEnterpriseMIB:
            readSysObjectID(evidence.value, scale: EvidenceWeight.enterpriseMIBScale, into: &reading, position: position)
        case .snmpManufacturer, .onvifManufacturer:
            readName(evidence.value, weight: EvidenceWeight.manufacturerField, into: &reading, position: position)
            if evidence.kind == .onvifManufacturer { reading.offerClass(.camera, priority: 4, maker: nil) }
        case .scannerVendor:
            readName(evidence.value, weight: EvidenceWeight.scannerVendor, into: &reading, position: position)
        case .brandLabel:
            reading.brandLabel = evidence.value.trimmingSpaces.isEmpty ? nil : String(evidence.value.trimmingSpaces)
            readName(evidence.value, weight: EvidenceWeight.brandLabel, into: &reading, position: position)
        case .cpe:
            readCPE(evidence.value, into: &reading, position: position)
        case .sysDescr:
            readText(evidence.value, field: .sysDescr, explicitModel: false, brandKeys: brandKeys, into: &reading, position: position)
        case .httpServer:
            readText(evidence.value, field: .httpServer, explicitModel: false, brandKeys: brandKeys, into: &reading, position: position)
        case .rtspServer:
            readText(evidence.value, field: .rtspServer, explicitModel: false, brandKeys: brandKeys, into: &reading, position: position)
        case .wwwAuthenticate:
            readText(evidence.value, field: .wwwAuthenticate, explicitModel: false, brandKeys: brandKeys, into: &reading, position: position)
        case .tlsSubject:
            readText(evidence.value, field: .tlsSubject, explicitModel: false, brandKeys: brandKeys, into: &reading, position: position)
        case .sshBanner:
            readText(evidence.value, field: .sshBanner, explicitModel: false, brandKeys: brandKeys, into: &reading, position: position)
        case .serviceBanner:
            readText(evidence.value, field: .serviceBanner, explicitModel: false, brandKeys: brandKeys, into: &reading, position: position)
        case .labelText:
            readText(evidence.value, field: .label, explicitModel: false, brandKeys: brandKeys, into: &reading, position: position)
        case .modelString, .onvifModel:
            readText(evidence.value, field: .label, explicitModel: true, brandKeys: brandKeys, into: &reading, position: position)
            if evidence.kind == .onvifModel { reading.offerClass(.camera, priority: 4, maker: nil) }
        case .onvifEndpoint:
            reading.says("identiteit van het ONVIF-apparaat; zegt niets over de maker")
        case .conflictingValue:
            reading.says("afwijkende waarde uit een bron; niet gebruikt voor de herkomst")
        case .externalID:
            reading.says("kenmerk in een ander systeem; zegt niets over de maker")
        }
        return reading
    }

    // MARK: - Registries

    func readMAC(_ value: String, into reading: inout EvidenceReading, position: Int) {
        guard let mac = MACAddress(value) else {
            reading.says("geen geldig MAC-adres")
            return
        }
        if mac.isMulticast {
            reading.says("groepsadres (multicast): nooit het eigen adres van een apparaat, zegt niets over de maker")
            return
        }
        if mac.isLocallyAdministered {
            reading.says("lokaal beheerd of willekeurig gekozen adres: zegt niets over de maker")
            return
        }
        guard let entry = reference.macRegistry.lookup(mac) else {
            reading.says("blok niet gevonden in de IEEE-registers (MA-L, MA-M, MA-S)")
            return
        }
        let key = NameIdentity.key(entry.organisation)
        if key == "private" || key == "ieee registration authority" {
            reading.says("blok zonder openbare houder (\(entry.organisation))", reference: entry.citation)
            return
        }
        let weights = (EvidenceWeight.macMaker, EvidenceWeight.macRegistrantOutsideCatalogue)
        if entry.country == nil, let registrant = reference.macRegistry.registrant(named: entry.organisation) {
            // A block given out after the registry's addresses were taken: the holder's other blocks say where it is.
            claimOrganisation(entry.organisation, registrant: registrant, reference: entry.citation, weights: weights,
                              into: &reading, position: position)
            return
        }
        claimOrganisation(entry.organisation, key: key, country: entry.country, reference: entry.citation,
                          weights: weights, into: &reading, position: position)
    }

    /// `scale` < 1 for an enterprise subtree that is only present in the walk, not the agent's own sysObjectID.
    func readSysObjectID(_ value: String, scale: Double = 1, into reading: inout EvidenceReading, position: Int) {
        guard let arcs = EnterpriseOID.arcs(value) else {
            reading.says("geen geldige OID")
            return
        }
        guard let number = EnterpriseOID.enterpriseNumber(arcs) else {
            reading.says("geen OID onder 1.3.6.1.4.1 (enterprises): zegt niets over de maker")
            return
        }
        if let i = index.enterpriseAssignment(for: arcs) {
            let assignment = reference.catalogue.enterpriseAssignments[i]
            let citation = "afwijkingentabel \(assignment.oidPrefix)" + (assignment.source.map { " (\($0))" } ?? " (onbevestigd)")
            guard let makerID = assignment.maker, let maker = index.manufacturer(makerID) else {
                reading.says(assignment.note, reference: citation)
                return
            }
            reading.claims.append(Claim(maker: candidate(maker), weight: assignment.weight * scale, brand: assignment.brand,
                                        evidenceIndex: position))
            reading.contribution.weight = assignment.weight * scale
            reading.says("\(maker.name): \(assignment.note)", reference: citation)
            return
        }
        guard let organisation = reference.enterpriseRegistry.organisation(forEnterprise: number) else {
            reading.says("enterprise-nummer \(number) staat niet in het IANA-register")
            return
        }
        // IANA keeps no address; the IEEE registries often know the same organisation, and where it sits.
        claimOrganisation(organisation, registrant: reference.macRegistry.registrant(named: organisation),
                          reference: "IANA PEN \(number) (\(reference.enterpriseRegistry.asOf))",
                          weights: (EvidenceWeight.enterpriseMaker * scale, EvidenceWeight.enterpriseOutsideCatalogue * scale),
                          into: &reading, position: position)
    }

    /// `claimOrganisation` for a name whose country comes from the IEEE registrant of the same name, if any.
    func claimOrganisation(_ organisation: String, registrant: Registrant?, reference citation: String,
                           weights: (catalogued: Double, outside: Double),
                           into reading: inout EvidenceReading, position: Int) {
        let whence = registrant.map {
            "land \($0.country) volgens het IEEE-register: \($0.organisation), \($0.registrations) "
                + ($0.registrations == 1 ? "blok" : "blokken") + " vanuit \($0.country) (\($0.asOf))"
        }
        claimOrganisation(organisation, country: registrant?.country, countrySource: whence, reference: citation,
                          weights: weights, into: &reading, position: position)
    }

    /// A registrant named by a registry: a catalogued maker or brand by identity, else the registrant itself.
    func claimOrganisation(_ organisation: String, key knownKey: String? = nil, country: String?, countrySource: String? = nil,
                           reference citation: String, weights: (catalogued: Double, outside: Double),
                           into reading: inout EvidenceReading, position: Int) {
        let key = knownKey ?? NameIdentity.key(organisation)
        switch index.resolve(key: key) {
        case .manufacturer(let id)?:
            let maker = index.manufacturer(id)!
            claimManufacturer(maker, as: organisation, weight: weights.catalogued, into: &reading, position: position)
            reading.contribution.reference = citation
        case .brand(let i)?:
            claimBrand(i, as: organisation, weight: weights.catalogued, into: &reading, position: position)
            reading.contribution.reference = citation
        case nil:
            // One organisation under the spellings of several registries (IANA, IEEE, a brand field) is one candidate.
            let identity = NameIdentity.distinctiveKey(organisation) ?? key
            // No address anywhere, but a name that opens with "Shenzhen …": that is where it sits.
            let place = country == nil ? NameIdentity.chinesePlace(in: organisation) : nil
            let maker = MakerCandidate(key: "registry:" + identity, name: organisation, country: country ?? place.map { _ in "CN" },
                                       catalogued: false, component: false)
            reading.claims.append(Claim(maker: maker, weight: weights.outside, brand: nil, evidenceIndex: position))
            reading.contribution.weight = weights.outside
            let whence = countrySource ?? place.map { "land CN volgens de plaatsnaam in de naam (\($0.capitalized)); het register noemt geen adres" }
            reading.says("\(organisation) (geregistreerd houder; niet in de fabrikantencatalogus)"
                         + (whence.map { "; \($0)" } ?? ""), reference: citation)
        }
    }

    // MARK: - Names

    func readName(_ value: String, weight: Double, into reading: inout EvidenceReading, position: Int) {
        // A maker field with a number after it ("GeoVision_2", as some firmware writes it) is that maker.
        let resolved = index.resolve(name: value) ?? Self.withoutNumberSuffix(value).flatMap { index.resolve(name: $0) }
        switch resolved {
        case .manufacturer(let id)?:
            claimManufacturer(index.manufacturer(id)!, as: value, weight: weight, into: &reading, position: position)
            reading.contribution.reference = "fabrikantencatalogus \(reference.catalogue.version)"
        case .brand(let i)?:
            claimBrand(i, as: value, weight: weight, into: &reading, position: position)
        case nil:
            guard let registrant = reference.macRegistry.registrant(named: value) else {
                reading.says("'\(value)' staat niet in de fabrikantencatalogus: maker onbekend")
                return
            }
            // Outside the catalogue, but a registrant of MAC blocks by that name: weaker than a catalogue identity.
            claimOrganisation(registrant.organisation, registrant: registrant,
                              reference: "IEEE-register (\(registrant.asOf))",
                              weights: (weight, min(weight, EvidenceWeight.macRegistrantOutsideCatalogue)),
                              into: &reading, position: position)
        }
    }

    /// "GeoVision_2" → "GeoVision"; nil when the name does not end in `_`, `-` or a space and digits.
    static func withoutNumberSuffix(_ name: String) -> String? {
        let trimmed = name.reversed().drop { $0.isNumber }
        guard trimmed.count < name.count, let separator = trimmed.first, "_- ".contains(separator) else { return nil }
        let rest = String(trimmed.dropFirst().reversed())
        return rest.isEmpty ? nil : rest
    }

    func claimManufacturer(_ maker: Manufacturer, as written: String, weight: Double,
                           into reading: inout EvidenceReading, position: Int) {
        var weight = weight
        var finding = maker.name
        switch maker.role {
        case .component:
            weight = min(weight, EvidenceWeight.macComponent)
            finding = "\(maker.name) maakt onderdelen (modules, chips) voor apparaten van anderen: zwak bewijs voor de maker van het apparaat"
        case .holding:
            weight = min(weight, EvidenceWeight.holding)
            finding = "\(maker.name) (moederbedrijf, geen maker van apparaten)"
        case .virtualisation:
            reading.says("\(maker.name) maakt virtuele machines (en hun netwerkkaarten): een virtueel apparaat, "
                         + "zegt niets over hardware of maker")
            return
        case .maker:
            break
        }
        reading.claims.append(Claim(maker: candidate(maker), weight: weight, brand: nil, evidenceIndex: position))
        reading.contribution.weight = max(reading.contribution.weight, weight)
        reading.says(finding)
    }

    func claimBrand(_ relationIndex: Int, as written: String, weight: Double,
                    into reading: inout EvidenceReading, position: Int) {
        let relation = reference.catalogue.brands[relationIndex]
        guard let maker = index.manufacturer(relation.maker) else { return }
        var weight = weight
        var finding = "merk \(relation.brand), gemaakt door \(maker.name)"
        if let until = relation.untilYear {
            // After the sale the label no longer tells who made the device: count it for less.
            weight *= 0.6
            finding += " (tot \(until); latere apparaten mogelijk van een andere maker)"
        }
        if !relation.isVerified { finding += " (relatie onbevestigd)" }
        reading.claims.append(Claim(maker: candidate(maker), weight: weight, brand: relation.brand, evidenceIndex: position))
        reading.contribution.weight = max(reading.contribution.weight, weight)
        reading.says(finding, reference: relation.source.map { "merkrelatie: \($0)" } ?? "merkrelatie: onbevestigd")
    }

    func readCPE(_ value: String, into reading: inout EvidenceReading, position: Int) {
        // cpe:/h:vendor:product:version (2.2) or cpe:2.3:h:vendor:product:version:…
        var parts = value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.first?.lowercased() == "cpe", parts.count >= 3 else {
            reading.says("geen geldige CPE")
            return
        }
        parts.removeFirst()
        if parts.first == "2.3" { parts.removeFirst() }
        var part = parts.removeFirst()
        if part.hasPrefix("/") { part.removeFirst() }
        guard part == "h" || part == "o", let vendor = parts.first, !vendor.isEmpty else {
            reading.says("CPE van software: zegt niets over de maker van het apparaat")
            return
        }
        var vendorName = vendor.replacingOccurrences(of: "_", with: " ")
        // A product named after another catalogued maker (`cpe:/h:zebra:zte_f660`, as one of nmap's match lines has
        // it) says who made it better than a vendor field that disagrees.
        if parts.count > 1, let first = parts[1].split(separator: "_").first.map(String.init), first.count >= 3,
           case .manufacturer(let productMaker)? = index.resolve(name: first),
           productMaker != index.manufacturerID(forName: vendorName) {
            vendorName = first
        }
        readName(vendorName, weight: EvidenceWeight.cpe, into: &reading, position: position)
        if part == "h", parts.count > 1, !parts[1].isEmpty {
            reading.offerModel(parts[1].replacingOccurrences(of: "_", with: " "), priority: 1, maker: index.manufacturerID(forName: vendorName))
        }
    }

    // MARK: - Free text

    func readText(_ value: String, field: Signature.Field, explicitModel: Bool, brandKeys: Set<String>,
                  into reading: inout EvidenceReading, position: Int) {
        let scan = TextScan(value)
        var findings: [String] = []
        var references: [String] = []
        var claimed: [String: Int] = [:]
        func addClaim(_ claim: Claim) {
            if let existing = claimed[claim.maker.key] {
                if reading.claims[existing].weight < claim.weight { reading.claims[existing] = claim }
            } else {
                claimed[claim.maker.key] = reading.claims.count
                reading.claims.append(claim)
            }
        }
        for i in index.signatures(in: scan, field: field) {
            let signature = reference.catalogue.signatures[i]
            guard let maker = index.manufacturer(signature.maker) else { continue }
            addClaim(Claim(maker: candidate(maker), weight: signature.weight, brand: signature.brand, evidenceIndex: position))
            findings.append("'\(signature.phrase)' wijst op \(maker.name)")
            references.append("signatuur '\(signature.phrase)'")
            if let deviceClass = signature.deviceClass { reading.offerClass(deviceClass, priority: 1, maker: maker.id) }
        }
        // Words of the text as names, worked out only when a grammar needs a brand (`HP 10508`).
        var wordBrands: Set<String>?
        for (w, word) in scan.words.enumerated() {
            guard let g = index.grammar(forWord: word) else { continue }
            let grammar = reference.catalogue.modelGrammars[g]
            if let keys = index.grammarBrandKeys[g] {
                if wordBrands == nil {
                    wordBrands = Set(scan.words.map { NameIdentity.key(String(decoding: $0, as: UTF8.self)) })
                }
                guard !keys.isDisjoint(with: brandKeys) || !keys.isDisjoint(with: wordBrands!) else { continue }
            }
            guard let maker = index.manufacturer(grammar.maker) else { continue }
            addClaim(Claim(maker: candidate(maker), weight: grammar.weight, brand: nil, evidenceIndex: position))
            let model = String(scan.originalWords[w])
            findings.append("model \(model) hoort bij \(grammar.family) van \(maker.name)")
            references.append("modelgrammatica \(grammar.family)")
            reading.offerModel(model, priority: explicitModel ? 1 : 2, maker: maker.id)
            if let deviceClass = grammar.deviceClass { reading.offerClass(deviceClass, priority: 0, maker: maker.id) }
        }
        if explicitModel {
            let trimmed = String(value.trimmingSpaces)
            if !trimmed.isEmpty { reading.offerModel(trimmed, priority: 0, maker: nil) }
        }
        if let deviceClass = index.deviceClass(in: scan) { reading.offerClass(deviceClass, priority: 2, maker: nil) }
        if findings.isEmpty, !explicitModel, index.resolve(name: value) != nil {
            // The whole text is a catalogued name (an ONVIF name scope "CPPLUS", a banner "HIKVISION"): by identity,
            // never as a word inside a longer text.
            readName(value, weight: EvidenceWeight.nameAsText, into: &reading, position: position)
            return
        }
        if findings.isEmpty, field == .serviceBanner || field == .label, let name = leadingMakerName(value) {
            // A name scope or label that starts with a maker's name ("Canon_VB-S30D", "ReolinkTrackMixWiFi"):
            // makers write their own name first. Free text (sysDescr, server headers) never counts this way.
            readName(name, weight: EvidenceWeight.nameAsText, into: &reading, position: position)
            return
        }
        if findings.isEmpty, Self.shortBannerFields.contains(field), !Self.namesManagementSoftware(value),
           let name = makerNameInside(value) {
            // "Qualvision -HTTPServer", "lighttpd-Intelbras", "SSH-2.0-CrestronSSH": a server header, realm or
            // greeting is short, and a maker's whole name in it is the maker's own doing — weakly, as it may be copied.
            readName(name, weight: EvidenceWeight.nameInBanner, into: &reading, position: position)
            return
        }
        if findings.isEmpty, let holder = CopyrightHolder.name(in: value), isKnownOrganisation(holder) {
            // "Copyright (C) 2009 Maipu Communication Technology Co., Ltd.": the firmware's own maker, by its name.
            readName(holder, weight: EvidenceWeight.nameAsText, into: &reading, position: position)
            return
        }
        reading.contribution.weight = reading.claims.map(\.weight).max() ?? 0
        if findings.isEmpty {
            reading.says("geen bekende signatuur of modelnummer")
        } else {
            reading.says(findings.joined(separator: "; "), reference: references.joined(separator: "; "))
        }
    }

    /// The catalogued maker or brand a label starts with, as firmware writes a device's name: a first word (up to a
    /// space or `_`) followed by a model number ("Canon_VB-S30D"; not "CPPLUS front door", an owner's name for it),
    /// a name joined to the model by a dash ("VIGI-C350"), or the first part of a CamelCase word ("Reolink" in
    /// "ReolinkTrackMixWiFi"). Only names of four letters or more that denote a maker of devices or a brand that
    /// always belongs to one: short names repeat in model codes.
    func leadingMakerName(_ value: String) -> String? {
        let text = value.trimmingSpaces
        let words = text.split(whereSeparator: { $0 == " " || $0 == "_" })
        guard let firstWord = words.first else { return nil }
        var candidates: [Substring] = []
        if words.dropFirst().contains(where: { $0.contains(where: \.isNumber) }) { candidates.append(firstWord) }
        if let dash = firstWord.firstIndex(of: "-"), firstWord[dash...].contains(where: \.isNumber) {
            candidates.append(firstWord[..<dash])  // "VIGI-C350"
        }
        if let boundary = firstWord.indices.dropFirst().first(where: { i in
            firstWord[i].isUppercase && firstWord[firstWord.index(before: i)].isLowercase
        }) {
            candidates.append(firstWord[..<boundary])
        }
        return candidates.first { name in
            guard name.count >= 4 else { return false }
            switch index.resolve(name: String(name)) {
            case .manufacturer(let id)?: return index.manufacturer(id)?.role == .maker
            case .brand?: return true
            case nil: return false
            }
        }.map(String.init)
    }

    /// The fields short enough that a maker's name inside them speaks for the device: server headers, realms,
    /// RTSP servers, SSH greetings. Not sysDescr or labels, where running text names others too.
    static let shortBannerFields: Set<Signature.Field> = [.httpServer, .rtspServer, .wwwAuthenticate, .sshBanner]

    /// Words of consoles and agents that run on a PC or server and name the product they manage ("Compaq Insight
    /// Manager", "Delta UPS Web" monitors, "Citrix Web PN Server"): the host is not that maker's device.
    static let managementWords: Set<String> = ["manager", "management", "monitor", "monitoring", "console", "agent",
                                               "portal", "insight", "quarantine", "pn", "ica"]

    static func namesManagementSoftware(_ value: String) -> Bool {
        !managementWords.isDisjoint(with: NameIdentity.key(value).split(separator: " ").map(String.init))
    }

    /// A catalogued maker of devices, or a brand, named by whole words inside a banner — the longest such name,
    /// of at least four letters ("four faith" in "httpd_four-faith"; not "apc" in "apcupsd"). Only as the maker
    /// writes itself (its name or an alias), never by the catalogue's short id: "Delta Server" is Avaya's, not
    /// Delta Electronics'.
    func makerNameInside(_ value: String) -> String? {
        let words = NameIdentity.key(value).split(separator: " ")
        for length in stride(from: min(3, words.count), through: 1, by: -1) {
            for start in 0...(words.count - length) {
                let candidate = words[start..<(start + length)].joined(separator: " ")
                guard candidate.filter(\.isLetter).count >= 4, !index.idOnlyKeys.contains(candidate) else { continue }
                switch index.resolve(key: candidate) {
                case .manufacturer(let id)? where index.manufacturer(id)?.role == .maker:
                    return candidate
                case .brand?: return candidate
                default: continue
                }
            }
        }
        return nil
    }

    /// A name the catalogue or the IEEE registries know (as a maker, brand or registrant).
    func isKnownOrganisation(_ name: String) -> Bool {
        index.resolve(name: name) != nil || reference.macRegistry.registrant(named: name) != nil
    }

    func candidate(_ maker: Manufacturer) -> MakerCandidate {
        MakerCandidate(key: maker.id, name: maker.name, country: maker.country, catalogued: true,
                       component: maker.role == .component)
    }
}
