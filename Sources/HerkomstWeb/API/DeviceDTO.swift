import HerkomstCore

/// A GeoJSON Point in CRS84 (longitude, latitude).
struct GeoJSONPoint: Encodable, Sendable {
    var type = "Point"
    var coordinates: [Double]

    init(_ p: GeoPoint) {
        coordinates = [p.longitude, p.latitude]
    }
}

/// A device on the wire: Dutch lowerCamelCase field names (Dutch API Design Rules), as the register held it on
/// the reference day.
struct DeviceDTO: Encodable, Sendable {
    var id: String
    var klasse: DeviceClass
    var merk: String?
    var model: String?
    var eigenaar: String
    var beheerder: String?
    var leverancier: String?
    var onderhouder: String?
    var status: DeviceStatus
    var aangeschaft: Day?
    var geplaatst: Day?
    var verwijderd: Day?
    var locatie: GeoJSONPoint?
    var adres: String?
    var wijk: String?
    var zichtbaarheid: Visibility
    var vitaal: Bool
    var doelen: [PurposeDTO]
    var herkomst: Attribution?
    /// Only in the single-device answer: identifiers that help a network engineer find the unit.
    var details: DetailsDTO?

    struct PurposeDTO: Encodable, Sendable {
        var omschrijving: String
        var grondslag: LegalGround?
        var persoonsgegevens: Bool
        var gegevenscategorieen: [String]
    }

    struct DetailsDTO: Encodable, Sendable {
        var firmware: String?
        var serienummer: String?
        var macAdressen: [MACAddress]
        var ipAdressen: [String]
        var hostnaam: String?
        var verbindingen: [Connectivity]
        var internetBlootgesteld: Bool
        var leveranciersCloud: Bool
        var onderhoudOpAfstand: Bool
        var notitie: String?
    }

    init(_ s: DeviceSnapshot, withDetails: Bool = false) {
        let d = s.device
        id = d.id
        klasse = d.deviceClass
        merk = d.brand
        model = d.model
        eigenaar = d.owner
        beheerder = d.operatorOrganisation
        leverancier = d.supplier
        onderhouder = d.maintainer
        status = s.status
        aangeschaft = d.procured
        geplaatst = d.installed
        verwijderd = d.removed
        locatie = s.placement?.point.map(GeoJSONPoint.init)
        adres = s.placement?.address
        wijk = s.placement?.district
        zichtbaarheid = d.visibility
        vitaal = d.vital
        doelen = d.purposes.map {
            PurposeDTO(omschrijving: $0.description, grondslag: $0.legalGround, persoonsgegevens: $0.personalData,
                       gegevenscategorieen: $0.dataCategories)
        }
        herkomst = s.attribution
        details = withDetails ? DetailsDTO(
            firmware: d.firmware, serienummer: d.serialNumber, macAdressen: d.macAddresses, ipAdressen: d.ipAddresses,
            hostnaam: d.hostname, verbindingen: d.connectivity, internetBlootgesteld: d.internetExposed,
            leveranciersCloud: d.vendorCloud, onderhoudOpAfstand: d.remoteMaintenance, notitie: d.note) : nil
    }

    enum CodingKeys: String, CodingKey {
        case id, klasse, merk, model, eigenaar, beheerder, leverancier, onderhouder, status, aangeschaft, geplaatst,
             verwijderd, locatie, adres, wijk, zichtbaarheid, vitaal, doelen, herkomst, details
    }

    /// Absent values are explicit `null`, so every device has the same keys.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(klasse, forKey: .klasse)
        try c.encode(merk, forKey: .merk)
        try c.encode(model, forKey: .model)
        try c.encode(eigenaar, forKey: .eigenaar)
        try c.encode(beheerder, forKey: .beheerder)
        try c.encode(leverancier, forKey: .leverancier)
        try c.encode(onderhouder, forKey: .onderhouder)
        try c.encode(status, forKey: .status)
        try c.encode(aangeschaft, forKey: .aangeschaft)
        try c.encode(geplaatst, forKey: .geplaatst)
        try c.encode(verwijderd, forKey: .verwijderd)
        try c.encode(locatie, forKey: .locatie)
        try c.encode(adres, forKey: .adres)
        try c.encode(wijk, forKey: .wijk)
        try c.encode(zichtbaarheid, forKey: .zichtbaarheid)
        try c.encode(vitaal, forKey: .vitaal)
        try c.encode(doelen, forKey: .doelen)
        try c.encode(herkomst, forKey: .herkomst)
        try c.encodeIfPresent(details, forKey: .details)
    }
}

struct Link: Encodable, Sendable {
    var href: String
}

struct DeviceListDTO: Encodable, Sendable {
    var apparaten: [DeviceDTO]
    var totaal: Int
    var peildatum: Day
    var links: Links

    struct Links: Encodable, Sendable {
        var `self`: Link
        var next: Link?
        var prev: Link?
    }
}
