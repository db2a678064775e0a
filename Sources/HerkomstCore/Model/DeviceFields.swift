/// A device as named fields with text values (Dutch API names), for the event log's before/after values.
public enum DeviceFields {
    public static func flatten(_ d: Device) -> [String: String] {
        var f: [String: String] = [
            "klasse": d.deviceClass.rawValue,
            "eigenaar": d.owner,
            "zichtbaarheid": d.visibility.rawValue,
            "internetBlootgesteld": String(d.internetExposed),
            "leveranciersCloud": String(d.vendorCloud),
            "onderhoudOpAfstand": String(d.remoteMaintenance),
            "vitaal": String(d.vital),
        ]
        f["merk"] = d.brand
        f["model"] = d.model
        f["firmware"] = d.firmware
        f["serienummer"] = d.serialNumber
        f["hostnaam"] = d.hostname
        f["beheerder"] = d.operatorOrganisation
        f["leverancier"] = d.supplier
        f["onderhouder"] = d.maintainer
        f["aangeschaft"] = d.procured?.description
        f["geplaatst"] = d.installed?.description
        f["verwijderd"] = d.removed?.description
        f["notitie"] = d.note
        if !d.macAddresses.isEmpty { f["macAdressen"] = d.macAddresses.map(\.description).joined(separator: ", ") }
        if !d.ipAddresses.isEmpty { f["ipAdressen"] = d.ipAddresses.joined(separator: ", ") }
        if !d.connectivity.isEmpty { f["verbindingen"] = d.connectivity.map(\.rawValue).joined(separator: ", ") }
        if !d.purposes.isEmpty {
            f["doelen"] = d.purposes.map { p in
                [p.description, p.legalGround?.rawValue ?? "", p.personalData ? "persoonsgegevens" : "geen persoonsgegevens",
                 p.dataCategories.joined(separator: "/")].joined(separator: " | ")
            }.joined(separator: "; ")
        }
        return f
    }

    /// The fields that differ, each with its value before and after, in a stable order.
    public static func changes(from before: Device?, to after: Device) -> [FieldChange] {
        let old = before.map(flatten) ?? [:]
        let new = flatten(after)
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            old[key] == new[key] ? nil : FieldChange(field: key, before: old[key], after: new[key])
        }
    }
}
