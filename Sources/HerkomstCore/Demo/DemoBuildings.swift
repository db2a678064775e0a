/// A building where network gear and recorders stand in racks. Names and streets are plausible, not a
/// statement about where any organisation really keeps its equipment.
struct DemoBuilding: Sendable {
    let name: String
    let address: String
    let district: DemoDistrict
    let point: GeoPoint

    init(_ name: String, _ address: String, _ district: DemoDistrict, _ longitude: Double, _ latitude: Double) {
        self.name = name
        self.address = address
        self.district = district
        self.point = GeoPoint(longitude: longitude, latitude: latitude)
    }
}

extension DemoBuilding {
    static let cityHall = DemoBuilding("Stadhuis", "Spui 70, 2511 BT Den Haag", .centrum, 4.3170, 52.0775)

    /// The city's district offices, one per district.
    static let cityOffices: [DemoBuilding] = [
        cityHall,
        DemoBuilding("Stadsdeelkantoor Scheveningen", "Scheveningseweg 303, Den Haag", .scheveningen, 4.2850, 52.1000),
        DemoBuilding("Stadsdeelkantoor Segbroek", "Fahrenheitstraat 190, Den Haag", .segbroek, 4.2700, 52.0800),
        DemoBuilding("Stadsdeelkantoor Loosduinen", "Loosduinse Hoofdplein 1, Den Haag", .loosduinen, 4.2300, 52.0530),
        DemoBuilding("Stadsdeelkantoor Escamp", "Leyweg 813, Den Haag", .escamp, 4.2800, 52.0480),
        DemoBuilding("Stadsdeelkantoor Laak", "Hoefkade 1095, Den Haag", .laak, 4.3200, 52.0620),
        DemoBuilding("Stadsdeelkantoor Haagse Hout", "Theo Mann-Bouwmeesterlaan 75, Den Haag", .haagseHout, 4.3400, 52.0950),
        DemoBuilding("Stadsdeelkantoor Leidschenveen-Ypenburg", "Brasserskade 1, Den Haag", .leidschenveenYpenburg, 4.3850, 52.0560),
    ]

    /// The safety region's head office and fire stations: the network that ran on Huawei from 2020.
    static let safetyRegionSites: [DemoBuilding] = [
        DemoBuilding("Hoofdkantoor veiligheidsregio", "Zonweg 20, Den Haag", .laak, 4.3440, 52.0745),
        DemoBuilding("Meldkamer (uitwijklocatie)", "Binckhorstlaan 300, Den Haag", .laak, 4.3450, 52.0700),
        DemoBuilding("Kazerne Centrum", "Prinsegracht 80, Den Haag", .centrum, 4.3050, 52.0740),
        DemoBuilding("Kazerne Scheveningen", "Duinstraat 20, Den Haag", .scheveningen, 4.2800, 52.1020),
        DemoBuilding("Kazerne Segbroek", "Thomsonlaan 10, Den Haag", .segbroek, 4.2650, 52.0780),
        DemoBuilding("Kazerne Loosduinen", "Erasmusweg 30, Den Haag", .loosduinen, 4.2400, 52.0530),
        DemoBuilding("Kazerne Escamp", "Hengelolaan 60, Den Haag", .escamp, 4.2700, 52.0420),
        DemoBuilding("Kazerne Laak", "Neherkade 2500, Den Haag", .laak, 4.3150, 52.0580),
        DemoBuilding("Kazerne Haagse Hout", "Van Alkemadelaan 80, Den Haag", .haagseHout, 4.3500, 52.0980),
        DemoBuilding("Kazerne Ypenburg", "Laan van Hoornwijck 10, Den Haag", .leidschenveenYpenburg, 4.3750, 52.0480),
        DemoBuilding("Kazerne Leidschenveen", "Leidschenveenweg 5, Den Haag", .leidschenveenYpenburg, 4.4000, 52.0620),
        DemoBuilding("Opleidingscentrum", "Zonweg 40, Den Haag", .laak, 4.3480, 52.0760),
    ]

    static let policeSites: [DemoBuilding] = [
        DemoBuilding("Politiebureau Jan Hendrikstraat", "Jan Hendrikstraat 85, Den Haag", .centrum, 4.3050, 52.0770),
        DemoBuilding("Hoofdbureau", "Burgemeester Patijnlaan 35, Den Haag", .centrum, 4.3015, 52.0885),
        DemoBuilding("Politiebureau Scheveningen", "Scheveningseweg 500, Den Haag", .scheveningen, 4.2900, 52.0980),
        DemoBuilding("Politiebureau Loosduinen", "Loosduinse Hoofdstraat 500, Den Haag", .loosduinen, 4.2350, 52.0550),
        DemoBuilding("Politiebureau Escamp", "Leyweg 900, Den Haag", .escamp, 4.2780, 52.0460),
        DemoBuilding("Politiebureau Ypenburg", "Laan van Hoornwijck 55, Den Haag", .leidschenveenYpenburg, 4.3800, 52.0500),
    ]

    static let transportSites: [DemoBuilding] = [
        DemoBuilding("HTM hoofdkantoor", "Koningin Julianaplein 10, Den Haag", .centrum, 4.3230, 52.0795),
        DemoBuilding("Remise Lijsterbesstraat", "Lijsterbesstraat 1, Den Haag", .segbroek, 4.2760, 52.0770),
        DemoBuilding("Remise Zichtenburg", "Zichtenburglaan 200, Den Haag", .escamp, 4.2850, 52.0420),
        DemoBuilding("Remise Scheveningen", "Zwolsestraat 10, Den Haag", .scheveningen, 4.2830, 52.1090),
        DemoBuilding("Verkeersleiding HTM", "Binckhorstlaan 150, Den Haag", .laak, 4.3380, 52.0720),
    ]
}
