import HerkomstCore

/// Spreadsheet layouts that other registers hand out, recognised by their headers. Each brings its own column
/// names, the key under which its identifiers are kept, and what to leave out.
///
/// - Amsterdam's sensor register (Sensorenregister, "meldplicht sensoren"): the bulk template (sheet
///   "Sensorregistratie", owner on a sheet "Uw gegevens") and the export of its web form (one row per submission,
///   up to five sensors side by side, each group starting at "Kies soort / type sensor"). Column names follow the
///   templates the city published; newer short names ("Sensor type", "Thema", "Doel", "Verwerkt persoonsgegevens",
///   "Actief tot") are accepted too. The form's personal fields (names, e-mail, phone, the registrant's address)
///   are left out, not kept as unmapped columns.
/// - SensRNet, the national sensor register (Kadaster): its inventory template. We did not have the template itself;
///   the column names are assumed from SensRNet's published data model (Dutch names of Device, Sensor and
///   Datastream fields: "Naam apparaat", "Categorie apparaat", "Connectiviteit", "Opstelpunt omschrijving",
///   "Extern object-id", "Naam sensor", "Omschrijving sensor", "Fabrikant", "Leverancier", "Thema",
///   "Omschrijving waarneming", "Wettelijke grondslag", "Persoonsgegevens"). Its "wettelijke grondslag" is free
///   text (often a link to a privacy statement), so an unrecognised value is kept, not refused.
public enum TabularTemplate: String, Sendable, CaseIterable {
    case amsterdamBulk = "amsterdam-bulk"
    case amsterdamWebForm = "amsterdam-formulier"
    case sensRNet = "sensrnet"

    /// Recognises a template from a header row (normalised names).
    static func recognise(_ keys: Set<String>) -> TabularTemplate? {
        let sensorType = keys.contains("kiessoorttypesensor") || keys.contains("sensortype")
        if sensorType && keys.contains("referentienummer") && keys.contains("wiltunogeensensormelden") {
            return .amsterdamWebForm
        }
        let amsterdamMarks = ["referentie", "thema", "thema1", "wettelijkegrondslag", "wordenerpersoonsgegevensverwerkt",
                              "verwerktpersoonsgegevens", "privacyverklaring", "actieftot",
                              "wanneerwordtdesensorverwijderd", "totwanneerisdesensoractief", "watmeetdesensor"]
        if sensorType && amsterdamMarks.filter(keys.contains).count >= 3 { return .amsterdamBulk }
        let sensRNetMarks = ["naamapparaat", "omschrijvingapparaat", "categorieapparaat", "connectiviteit",
                             "opstelpuntomschrijving", "externobjectid", "naamsensor", "omschrijvingsensor",
                             "omschrijvingwaarneming", "naamdatastroom"]
        if sensRNetMarks.filter(keys.contains).count >= 3 { return .sensRNet }
        return nil
    }

    /// Under which key of `ImportRecord.externalIDs` the template's own identifier is kept.
    var externalIDKey: String {
        switch self {
        case .amsterdamBulk, .amsterdamWebForm: "amsterdam"
        case .sensRNet: "sensrnet"
        }
    }

    /// The class of a device whose type cell names no class we know: everything in a sensor register senses.
    var defaultClass: DeviceClass? { .sensor }

    /// Whether an unrecognised legal ground is kept as text rather than refused.
    var legalGroundIsFreeText: Bool { self == .sensRNet }

    /// Web form: each sensor's columns start at this header; columns before the first group describe the submission.
    var groupStartKey: String? { self == .amsterdamWebForm ? "kiessoorttypesensor" : nil }

    /// Web form: of the submission's own columns only these are used; the rest is the registrant's personal data.
    var submissionFields: Set<TabularField>? { self == .amsterdamWebForm ? [.owner, .externalID] : nil }

    /// Template column names (normalised) → field, or nil to leave the column out.
    var overrides: [String: TabularField?] {
        switch self {
        case .amsterdamBulk, .amsterdamWebForm:
            return Self.amsterdamOverrides
        case .sensRNet:
            return Self.sensRNetOverrides
        }
    }

    private static let sensRNetOverrides: [String: TabularField?] = [
        // "Naam apparaat", "Omschrijving apparaat/sensor", "Extern object-id", "Thema" and "Actief" are not
        // register fields: they stay as unmapped text on the record.
        "naamsensor": .model, "categorieapparaat": .deviceClass, "omschrijvingwaarneming": .purpose,
    ]

    private static let amsterdamOverrides: [String: TabularField?] = [
        "referentie": .externalID, "referentienummer": .externalID,
        "kiessoorttypesensor": .deviceClass, "sensortype": .deviceClass,
        "watmeetdesensor": .dataCategories, "waarvoormeetudat": .purpose, "doel": .purpose,
        "wordenerpersoonsgegevensverwerkt": .personalData, "verwerktpersoonsgegevens": .personalData,
        "wettelijkegrondslag": .legalGround,
        "totwanneerisdesensoractief": .removed, "wanneerwordtdesensorverwijderd": .removed, "actieftot": .removed,
        "omschrijvingvandelocatievandesensor": .address,
        "inwelkgebiedbevindtzichdemobielesensor": .district,
        "naamorganisatiebedrijf": .owner,
        // Form controls and the submission's state, not facts about the device.
        "status": nil, "verzonden": nil, "locatiesensor": nil, "hebtueenpostcodeenhuisnummer": nil,
        "wiltunogeensensormelden": nil, "wiltumeerdan5sensorenmelden": nil,
        // The registrant's personal data: not the register's business.
        "vuluwemailadresin": nil, "email": nil, "telefoon": nil, "telefoonnummer": nil, "voornaam": nil,
        "tussenvoegsel": nil, "achternaam": nil, "kvknummer": nil, "website": nil,
    ]
}
