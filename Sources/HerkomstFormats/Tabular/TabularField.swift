/// The register fields a spreadsheet column can hold. `header` is the Dutch column name the writers use and the
/// readers recognise first, so an exported sheet re-imports without a mapping file.
/// At most 64 fields: the record builder keeps one bit per field for a row.
public enum TabularField: Int, CaseIterable, Sendable, Hashable {
    case registerID
    case externalID
    case deviceClass
    case brand
    case manufacturer
    case model
    case firmware
    case serialNumber
    case macAddress
    case ipAddress
    case hostname
    case owner
    case operatorOrganisation
    case supplier
    case maintainer
    case purpose
    case legalGround
    case personalData
    case dataCategories
    case latitude
    case longitude
    case rdX
    case rdY
    case address
    case street
    case houseNumber
    case houseNumberSuffix
    case postcode
    case city
    case district
    case mount
    case direction
    case procured
    case installed
    case removed
    case status
    case visibility
    case connectivity
    case internetExposed
    case vital

    /// The name in code (`macAddress`), also accepted in mapping files.
    public var codeName: String { String(describing: self) }

    /// The column header the writers put above this field.
    public var header: String {
        switch self {
        case .registerID: "id"
        case .externalID: "extern id"
        case .deviceClass: "klasse"
        case .brand: "merk"
        case .manufacturer: "fabrikant"
        case .model: "model"
        case .firmware: "firmware"
        case .serialNumber: "serienummer"
        case .macAddress: "mac-adres"
        case .ipAddress: "ip-adres"
        case .hostname: "hostnaam"
        case .owner: "eigenaar"
        case .operatorOrganisation: "beheerder"
        case .supplier: "leverancier"
        case .maintainer: "onderhouder"
        case .purpose: "doel"
        case .legalGround: "grondslag"
        case .personalData: "persoonsgegevens"
        case .dataCategories: "gegevenscategorieën"
        case .latitude: "latitude"
        case .longitude: "longitude"
        case .rdX: "x (rd)"
        case .rdY: "y (rd)"
        case .address: "adres"
        case .street: "straat"
        case .houseNumber: "huisnummer"
        case .houseNumberSuffix: "toevoeging"
        case .postcode: "postcode"
        case .city: "plaats"
        case .district: "wijk"
        case .mount: "bevestiging"
        case .direction: "richting"
        case .procured: "aangeschaft"
        case .installed: "geplaatst"
        case .removed: "verwijderd"
        case .status: "status"
        case .visibility: "zichtbaarheid"
        case .connectivity: "verbinding"
        case .internetExposed: "internet"
        case .vital: "vitaal"
        }
    }

    /// Fields that say what a device is; a sheet needs a column for at least one of them.
    public static let describing: Set<TabularField> = [.deviceClass, .brand, .manufacturer, .model]

    /// Fields that, filled in, identify or describe one device; a row needs at least one of them.
    static let identifying = Set(identifyingInOrder)

    /// The same fields as an array: checked on every row, where walking an array beats walking a set.
    static let identifyingInOrder: [TabularField] = [
        .deviceClass, .brand, .manufacturer, .model, .serialNumber, .macAddress, .ipAddress, .hostname,
        .registerID, .externalID,
    ]
}
