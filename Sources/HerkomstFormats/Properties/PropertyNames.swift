/// The register fields that free-form properties (GeoJSON properties, NetBox custom fields) can fill.
enum RecordField: Hashable, Sendable {
    case brand, manufacturer, model, serialNumber, mac, ip, hostname, firmware
    case owner, operatorOrganisation, supplier, maintainer
    case deviceClass, purpose, legalGround, personalData, dataCategories
    case status, installed, removed, procured
    case address, district, mount, direction, latitude, longitude
    case visibility, connectivity, vital, internetExposed
    case reference
}

/// Dutch and English names for register fields, as people write them in GeoJSON properties and custom
/// fields. The spreadsheet readers keep a table of their own (`ColumnSynonyms`); this one is small on purpose
/// and the two are to be unified.
enum PropertyNames {
    /// Lower case, without spaces, underscores, hyphens and dots, so `Serie-nummer` and `serie_nummer` agree.
    static func normalise(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !" _-.".unicodeScalars.contains($0) }.map(Character.init))
    }

    static func field(for name: String) -> RecordField? {
        table[normalise(name)]
    }

    private static let synonyms: [(RecordField, [String])] = [
        (.brand, ["merk", "brand", "merknaam", "label"]),
        (.manufacturer, ["fabrikant", "manufacturer", "maker", "producent", "vendor", "fabrikantnaam"]),
        (.model, ["model", "modelnummer", "typenummer", "typeaanduiding", "product", "productnaam", "modelname"]),
        (.serialNumber, ["serienummer", "serial", "serialnumber", "sn", "serienr"]),
        (.mac, ["mac", "macadres", "macaddress", "macadressen"]),
        (.ip, ["ip", "ipadres", "ipaddress", "ipv4", "ipv6"]),
        (.hostname, ["hostname", "hostnaam", "dnsnaam"]),
        (.firmware, ["firmware", "firmwareversie", "firmwareversion", "softwareversie"]),
        (.owner, ["eigenaar", "owner", "organisatie", "organisation", "organization", "eigenaarorganisatie"]),
        (.operatorOrganisation, ["beheerder", "operator", "exploitant", "beheerorganisatie"]),
        (.supplier, ["leverancier", "supplier", "installateur"]),
        (.maintainer, ["onderhouder", "onderhoud", "maintainer", "onderhoudspartij"]),
        (.deviceClass, ["klasse", "soort", "categorie", "class", "devicetype", "apparaattype", "soortapparaat",
                        "devicerole", "role"]),
        (.purpose, ["doel", "purpose", "doelomschrijving", "observationgoal", "waarneemdoel"]),
        (.legalGround, ["grondslag", "rechtsgrond", "legalground", "wettelijkegrondslag"]),
        (.personalData, ["persoonsgegevens", "personaldata", "containspidata", "pii"]),
        (.dataCategories, ["gegevens", "datacategorieen", "datacategories", "thema", "themas", "themes"]),
        (.status, ["status", "toestand"]),
        (.installed, ["geplaatst", "installatiedatum", "installed", "plaatsingsdatum", "startdatum", "startdate",
                      "inbedrijf", "ingebruik"]),
        (.removed, ["verwijderd", "removed", "einddatum", "enddate", "activeuntil", "buitengebruik"]),
        (.procured, ["aangeschaft", "aanschafdatum", "procured", "purchasedate", "aankoopdatum"]),
        (.address, ["adres", "address", "locatieomschrijving", "locationdescription", "straat"]),
        (.district, ["wijk", "district", "stadsdeel", "buurt", "gebied", "regio", "regions"]),
        (.mount, ["montage", "mount", "bevestiging", "mountingtype"]),
        (.direction, ["richting", "kijkrichting", "direction", "heading"]),
        (.latitude, ["latitude", "lat", "breedtegraad"]),
        (.longitude, ["longitude", "lon", "lng", "lengtegraad"]),
        (.visibility, ["zichtbaarheid", "visibility", "openbaarheid"]),
        (.connectivity, ["verbinding", "connectivity", "netwerk", "communicatie"]),
        (.vital, ["vitaal", "vital", "kritiek", "critical"]),
        (.internetExposed, ["internet", "internetexposed", "aaninternet", "bereikbaarvanafinternet"]),
        (.reference, ["id", "ref", "referentie", "reference", "kenmerk", "assettag", "inventarisnummer"]),
    ]

    private static let table: [String: RecordField] = {
        var t: [String: RecordField] = [:]
        for (field, names) in synonyms { for n in names { t[normalise(n)] = field } }
        return t
    }()
}
