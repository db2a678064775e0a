/// The register fields a property, tag or column of a structured file can fill.
enum RecordField: String, CaseIterable, Sendable {
    case brand, manufacturer, model, type, deviceClass, firmware, serialNumber, mac, ip, hostname
    case owner, operatorOrganisation, supplier, maintainer
    case purpose, legalGround, personalData, dataCategories, visibility, status
    case procured, installed, removed, internetExposed, vital, connectivity
    case address, district, mount, direction, latitude, longitude, reference, registerID
}

/// Dutch and English names (and OSM tags) of the register's fields, for GeoJSON properties and similar
/// key/value sources. Kept small and separate from the tabular readers' column table; the two may be unified.
enum PropertyNames {
    private static let synonyms: [RecordField: [String]] = [
        .brand: ["merk", "brand", "label", "merknaam"],
        .manufacturer: ["fabrikant", "manufacturer", "maker", "producent", "vendor"],
        .model: ["model", "modelnummer", "typenummer", "modelnaam", "camera:model", "productmodel"],
        .type: ["type"],
        .deviceClass: ["klasse", "soort", "apparaattype", "apparaatsoort", "categorie", "class", "deviceclass",
                       "devicetype", "sensortype", "surveillance:type"],
        .firmware: ["firmware", "firmwareversie", "softwareversie", "firmwareversion"],
        .serialNumber: ["serienummer", "serial", "serialnumber", "sn"],
        .mac: ["mac", "macadres", "macaddress", "macadressen"],
        .ip: ["ip", "ipadres", "ipaddress", "ipv4", "ipadressen"],
        .hostname: ["hostnaam", "hostname", "dnsnaam"],
        .owner: ["eigenaar", "owner", "organisatie", "organisation", "organization", "eigenaarorganisatie"],
        .operatorOrganisation: ["beheerder", "operator", "exploitant", "verwerkingsverantwoordelijke"],
        .supplier: ["leverancier", "supplier"],
        .maintainer: ["onderhouder", "onderhoudspartij", "maintainer", "onderhoud"],
        .purpose: ["doel", "purpose", "doelbinding", "doelen"],
        .legalGround: ["grondslag", "wettelijkegrondslag", "rechtsgrond", "legalground"],
        .personalData: ["persoonsgegevens", "personaldata", "containspidata", "privacygevoelig"],
        .dataCategories: ["gegevenscategorieen", "gegevens", "datacategories"],
        .visibility: ["zichtbaarheid", "visibility", "openbaarheid"],
        .status: ["status", "toestand"],
        .procured: ["aangeschaft", "aanschafdatum", "aanschaf", "procured", "purchasedate"],
        .installed: ["geplaatst", "installatiedatum", "plaatsingsdatum", "inbedrijfname", "installed", "startdate",
                     "start_date"],
        .removed: ["verwijderd", "verwijderdatum", "einddatum", "removed", "enddate", "end_date", "activeuntil"],
        .internetExposed: ["internet", "internetbereikbaar", "internetexposed", "publiekbereikbaar", "internetblootgesteld"],
        .vital: ["vitaal", "vital", "kritiek"],
        .connectivity: ["verbinding", "connectiviteit", "connectivity", "netwerk"],
        .address: ["adres", "address", "locatieomschrijving", "straat"],
        .district: ["wijk", "stadsdeel", "district", "buurt"],
        .mount: ["montage", "bevestiging", "mount", "camera:mount"],
        .direction: ["richting", "kijkrichting", "direction", "camera:direction"],
        .latitude: ["lat", "latitude", "breedtegraad", "y_wgs84"],
        .longitude: ["lon", "lng", "long", "longitude", "lengtegraad", "x_wgs84"],
        .registerID: ["id", "herkomstid", "registerid"],
        .reference: ["ref", "referentie", "reference", "kenmerk", "nummer"],
    ]

    private static let index: [String: RecordField] = {
        var index: [String: RecordField] = [:]
        for (field, names) in synonyms {
            for name in names { index[normalise(name)] = field }
        }
        return index
    }()

    static func field(for name: String) -> RecordField? { index[normalise(name)] }

    /// Lower case, without spaces, underscores, hyphens or dots, so `MAC-adres`, `mac_adres` and `macAdres` meet;
    /// `:` is kept because OSM tags use it as a namespace.
    static func normalise(_ name: String) -> String {
        String(name.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .filter { $0.isLetter || $0.isNumber || $0 == ":" })
    }
}

import Foundation
