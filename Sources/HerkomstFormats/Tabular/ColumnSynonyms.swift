import Foundation

/// Dutch and English names people give the columns of a device inventory, per register field. Headers are
/// compared after `ColumnSynonyms.normalise`: lower case, accents folded, text in brackets and every character
/// that is not a letter or digit dropped — so "MAC-adres", "Mac adres" and "mac_adres*" are one name.
public enum ColumnSynonyms {
    static let table: [TabularField: [String]] = [
        .registerID: ["id", "herkomst id", "herkomstid", "register id"],
        .externalID: ["extern id", "externe id", "external id", "referentie", "reference", "asset tag",
                      "inventarisnummer", "objectnummer", "object id", "kenmerk", "assetnummer"],
        .deviceClass: ["klasse", "apparaatklasse", "soort", "soort apparaat", "categorie", "apparaatcategorie",
                       "device class", "class", "category", "role", "device role", "rol", "apparaatsoort",
                       "type apparaat", "apparaattype", "sensor type", "sensortype", "soort sensor",
                       "kies soort / type sensor", "categorie apparaat"],
        .brand: ["merk", "brand", "label", "merknaam"],
        .manufacturer: ["fabrikant", "manufacturer", "maker", "producent", "vendor"],
        .model: ["model", "type", "typenummer", "modelnummer", "model number", "device type", "typeaanduiding",
                 "product", "modelnaam", "model name", "naam sensor"],
        .firmware: ["firmware", "firmwareversie", "firmware versie", "firmware version", "softwareversie",
                    "software versie", "software version", "os versie"],
        .serialNumber: ["serienummer", "serial", "serial number", "serialnumber", "serienr", "sn", "s/n"],
        .macAddress: ["mac", "mac-adres", "mac adres", "macadres", "mac address", "macaddress", "mac-adressen",
                      "mac addresses", "hardware adres", "ethernet adres"],
        .ipAddress: ["ip", "ip-adres", "ip adres", "ipadres", "ip address", "ipaddress", "ipv4", "ipv4-adres",
                     "primary ip", "primary ipv4", "primary ip4", "ip-adressen", "ip addresses", "ip-nummer"],
        .hostname: ["hostnaam", "hostname", "host", "dns-naam", "dns name", "device name", "apparaatnaam",
                    "systeemnaam", "sysname", "name", "naam"],
        .owner: ["eigenaar", "owner", "organisatie", "organisation", "organization", "tenant",
                 "naam organisatie/bedrijf", "eigenaar organisatie"],
        .operatorOrganisation: ["beheerder", "operator", "exploitant", "beheerorganisatie", "beheerd door"],
        .supplier: ["leverancier", "supplier", "geleverd door"],
        .maintainer: ["onderhouder", "maintainer", "onderhoudspartij", "onderhoud", "service partner"],
        .purpose: ["doel", "purpose", "gebruiksdoel", "toepassing", "doelstelling", "waarvoor meet u dat?",
                   "observation goal", "waarnemingsdoel", "omschrijving waarneming"],
        .legalGround: ["grondslag", "legal ground", "wettelijke grondslag", "rechtsgrond", "verwerkingsgrondslag",
                       "lawful basis", "legal basis"],
        .personalData: ["persoonsgegevens", "personal data", "pii", "verwerkt persoonsgegevens",
                        "worden er persoonsgegevens verwerkt?", "bevat persoonsgegevens", "contains personal data"],
        .dataCategories: ["gegevenscategorieën", "gegevenscategorie", "categorieën persoonsgegevens",
                          "data categories", "datacategorieën", "wat meet de sensor?", "waargenomen eigenschap"],
        .latitude: ["latitude", "lat", "breedtegraad", "breedte", "wgs84 lat", "lat wgs84", "geo lat"],
        .longitude: ["longitude", "lon", "lng", "long", "lengtegraad", "lengte", "wgs84 lon", "lon wgs84", "geo lon"],
        .rdX: ["x", "rd x", "x rd", "rd-x", "x-coördinaat", "x coördinaat", "xcoord", "x-coord", "rdx"],
        .rdY: ["y", "rd y", "y rd", "rd-y", "y-coördinaat", "y coördinaat", "ycoord", "y-coord", "rdy"],
        .address: ["adres", "address", "locatie", "location", "locatieomschrijving", "locatie omschrijving",
                   "omschrijving locatie", "omschrijving van de locatie van de sensor", "opstelpunt",
                   "opstelpunt omschrijving", "standplaats", "site"],
        .street: ["straat", "straatnaam", "street"],
        .houseNumber: ["huisnummer", "house number", "huisnr"],
        .houseNumberSuffix: ["toevoeging", "huisnummertoevoeging", "huisletter"],
        .postcode: ["postcode", "postal code", "zip"],
        .city: ["plaats", "plaatsnaam", "woonplaats", "city", "gemeente"],
        .district: ["wijk", "district", "buurt", "stadsdeel", "gebied", "area", "region",
                    "in welk gebied bevindt zich de mobiele sensor?"],
        .mount: ["bevestiging", "mount", "montage", "bevestigingswijze", "montagewijze", "opstelling", "mounting"],
        .direction: ["richting", "direction", "kijkrichting", "azimut", "azimuth", "heading", "camera richting"],
        .procured: ["aangeschaft", "procured", "aanschafdatum", "aankoopdatum", "datum aanschaf", "purchase date",
                    "purchased"],
        .installed: ["geplaatst", "installatiedatum", "installed", "install date", "installation date",
                     "plaatsingsdatum", "datum plaatsing", "in gebruik sinds", "ingebruikname",
                     "datum ingebruikname", "actief vanaf", "active from", "start date"],
        .removed: ["verwijderd", "removed", "verwijderdatum", "datum verwijderd", "verwijderingsdatum",
                   "removal date", "einddatum", "actief tot", "active until", "end date",
                   "tot wanneer is de sensor actief?", "wanneer wordt de sensor verwijderd?", "buiten gebruik sinds"],
        .status: ["status", "state", "toestand", "lifecycle"],
        .visibility: ["zichtbaarheid", "visibility", "openbaarheid"],
        .connectivity: ["verbinding", "connectiviteit", "connectivity", "verbindingstype", "netwerkverbinding"],
        .internetExposed: ["internet", "bereikbaar vanaf internet", "internet exposed", "internetblootstelling",
                           "internet blootgesteld",
                           "vanaf internet bereikbaar"],
        .vital: ["vitaal", "vital", "kritiek", "critical", "vitale infrastructuur"],
    ]

    /// Normalised synonym → field. Built once per reader; a synonym names exactly one field.
    static let index: [String: TabularField] = {
        var index: [String: TabularField] = [:]
        for field in TabularField.allCases {
            for name in [field.header] + (table[field] ?? []) {
                let key = normalise(name)
                precondition(index[key] == nil || index[key] == field, "synoniem '\(name)' dubbel")
                index[key] = field
            }
        }
        return index
    }()

    /// The field a header names, if any.
    public static func field(forHeader header: String) -> TabularField? {
        index[normalise(header)]
    }

    /// Lower case, accents folded, bracketed text and non-alphanumerics dropped: "X-coördinaat (RD)" → "xcoordinaat".
    /// Brackets are kept when they are all there is ("(x)").
    public static func normalise(_ header: String) -> String {
        if let ascii = normaliseASCII(header) { return ascii }
        let withoutBrackets = removingBracketed(header)
        let text = withoutBrackets.trimmingCharacters(in: .whitespaces).isEmpty ? header : withoutBrackets
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The same for plain ASCII text, without Foundation's folding: values are normalised once per cell, and
    /// the folding is what a million-row import would otherwise spend its time on. Nil for non-ASCII text.
    private static func normaliseASCII(_ text: String) -> String? {
        var all: [UInt8] = []
        var outside: [UInt8] = []
        var depth = 0
        var textOutsideBrackets = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1; continue
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth = max(0, depth - 1); continue
            default: break
            }
            if depth == 0 && byte != 0x20 && byte != 0x09 { textOutsideBrackets = true }
            let lower: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): lower = byte | 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): lower = byte
            default: continue
            }
            all.append(lower)
            if depth == 0 { outside.append(lower) }
        }
        // As in `normalise`: bracketed text counts only when nothing stands outside the brackets.
        return String(decoding: textOutsideBrackets ? outside : all, as: UTF8.self)
    }

    private static func removingBracketed(_ text: String) -> String {
        var out = ""
        var depth = 0
        for c in text {
            if c == "(" || c == "[" { depth += 1; continue }
            if c == ")" || c == "]" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return out
    }
}
