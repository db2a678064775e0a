import Foundation
import HerkomstCore

/// The register as a table with exactly the column names the importer recognises, so that an export edited in a
/// spreadsheet and imported again changes only what was edited. Columns whose name starts with `herkomst_`
/// are derived (the attribution) and ignored on import.
public enum RegisterTable {
    public static let internalColumns = [
        "id", "klasse", "merk", "model", "firmware", "serienummer", "mac", "ip", "hostnaam",
        "eigenaar", "beheerder", "leverancier", "onderhouder",
        "doel", "grondslag", "persoonsgegevens", "gegevenscategorieen",
        "zichtbaarheid", "vitaal", "internet_blootgesteld", "aangeschaft", "geplaatst", "verwijderd",
        "latitude", "longitude", "adres", "wijk", "bevestiging", "richting",
        "herkomst_fabrikant", "herkomst_land", "herkomst_hoog_risico",
    ]

    /// What the public may see: no serial numbers, network addresses, firmware or internal organisation roles.
    public static let publicColumns = [
        "id", "klasse", "merk", "model", "eigenaar", "doel", "grondslag", "persoonsgegevens", "gegevenscategorieen",
        "geplaatst", "verwijderd", "latitude", "longitude", "adres", "wijk", "richting",
        "herkomst_fabrikant", "herkomst_land", "herkomst_hoog_risico",
    ]

    public static func columns(public isPublic: Bool) -> [String] {
        isPublic ? publicColumns : internalColumns
    }

    public static func rows(_ snapshots: [DeviceSnapshot], public isPublic: Bool) -> [[String]] {
        let columns = columns(public: isPublic)
        return snapshots.map { s in columns.map { value(of: $0, in: s) } }
    }

    /// Several values in one cell are separated by `; `, as people write them in spreadsheets.
    static func value(of column: String, in s: DeviceSnapshot) -> String {
        let d = s.device
        let purpose = d.purposes.first
        let p = s.placement
        switch column {
        case "id": return d.id
        case "klasse": return d.deviceClass.rawValue
        case "merk": return d.brand ?? ""
        case "model": return d.model ?? ""
        case "firmware": return d.firmware ?? ""
        case "serienummer": return d.serialNumber ?? ""
        case "mac": return d.macAddresses.map(\.description).joined(separator: "; ")
        case "ip": return d.ipAddresses.joined(separator: "; ")
        case "hostnaam": return d.hostname ?? ""
        case "eigenaar": return d.owner
        case "beheerder": return d.operatorOrganisation ?? ""
        case "leverancier": return d.supplier ?? ""
        case "onderhouder": return d.maintainer ?? ""
        case "doel": return purpose?.description ?? ""
        case "grondslag": return purpose?.legalGround?.rawValue ?? ""
        case "persoonsgegevens": return purpose.map { $0.personalData ? "ja" : "nee" } ?? ""
        case "gegevenscategorieen": return purpose?.dataCategories.joined(separator: "; ") ?? ""
        case "zichtbaarheid": return d.visibility.rawValue
        case "vitaal": return d.vital ? "ja" : "nee"
        case "internet_blootgesteld": return d.internetExposed ? "ja" : "nee"
        case "aangeschaft": return d.procured?.description ?? ""
        case "geplaatst": return d.installed?.description ?? ""
        case "verwijderd": return d.removed?.description ?? ""
        case "latitude": return p?.point.map { coordinate($0.latitude) } ?? ""
        case "longitude": return p?.point.map { coordinate($0.longitude) } ?? ""
        case "adres": return p?.address ?? ""
        case "wijk": return p?.district ?? ""
        case "bevestiging": return p?.mount ?? ""
        case "richting": return p?.direction.map { String($0) } ?? ""
        case "herkomst_fabrikant": return s.attribution?.manufacturer?.name ?? "onbekend"
        case "herkomst_land": return s.attribution?.countryOfOrigin ?? "onbekend"
        case "herkomst_hoog_risico":
            switch s.attribution?.highRisk {
            case true?: return "ja"
            case false?: return "nee"
            case nil: return "onbekend"
            }
        default: return ""
        }
    }

    /// Seven decimals is about a centimetre: enough, and stable through a spreadsheet round trip.
    static func coordinate(_ v: Double) -> String {
        var text = String(format: "%.7f", v)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
