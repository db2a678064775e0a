/// Why the demo's devices exist, on what legal ground and which data they see (council question 3).
enum DemoPurposes {
    static let publicSpaceSurveillance = Purpose(
        description: "Cameratoezicht openbare ruimte (art. 151c Gemeentewet)", legalGround: .publiekeTaak,
        personalData: true, dataCategories: ["beeldmateriaal"])
    static let livingLab = Purpose(
        description: "Living Lab Scheveningen: drukte en veiligheid op boulevard en haven", legalGround: .publiekeTaak,
        personalData: true, dataCategories: ["beeldmateriaal", "tellingen"])
    static let trafficManagement = Purpose(
        description: "Verkeersmanagement: overzicht van doorstroming", legalGround: .publiekeTaak,
        personalData: false, dataCategories: ["overzichtsbeelden (lage resolutie)"])
    static let environmentalZone = Purpose(
        description: "Handhaving milieuzone", legalGround: .wettelijkeVerplichting,
        personalData: true, dataCategories: ["kenteken", "beeldmateriaal", "plaats en tijdstip"])
    static let numberPlateRecognition = Purpose(
        description: "Automatische kentekenherkenning (art. 126jj Sv)", legalGround: .wettelijkeVerplichting,
        personalData: true, dataCategories: ["kenteken", "beeldmateriaal", "plaats en tijdstip"])
    static let mobileSurveillance = Purpose(
        description: "Mobiel cameratoezicht bij evenementen en onrust", legalGround: .publiekeTaak,
        personalData: true, dataCategories: ["beeldmateriaal"])
    static let buildingSecurity = Purpose(
        description: "Beveiliging van gebouw en terrein", legalGround: .gerechtvaardigdBelang,
        personalData: true, dataCategories: ["beeldmateriaal"])
    static let passengerSafety = Purpose(
        description: "Sociale veiligheid van reizigers en personeel", legalGround: .gerechtvaardigdBelang,
        personalData: true, dataCategories: ["beeldmateriaal"])
    static let recording = Purpose(
        description: "Opslag van camerabeelden (bewaartermijn 28 dagen)", legalGround: .publiekeTaak,
        personalData: true, dataCategories: ["beeldmateriaal"])
    static let crowdCounting = Purpose(
        description: "Drukte meten", legalGround: .publiekeTaak,
        personalData: false, dataCategories: ["geanonimiseerde tellingen"])
    static let airQuality = Purpose(
        description: "Luchtkwaliteit meten", legalGround: .publiekeTaak,
        personalData: false, dataCategories: ["fijnstof (PM2.5, PM10)", "stikstofdioxide", "temperatuur", "luchtvochtigheid"])
    static let sound = Purpose(
        description: "Geluidsoverlast meten", legalGround: .publiekeTaak,
        personalData: false, dataCategories: ["geluidsniveau (dB(A))"])
    static let parking = Purpose(
        description: "Bezetting van parkeervakken", legalGround: .publiekeTaak,
        personalData: false, dataCategories: ["bezetting parkeervak"])
    static let waterLevel = Purpose(
        description: "Waterstand en grondwater meten", legalGround: .publiekeTaak,
        personalData: false, dataCategories: ["waterstand"])
    static let weather = Purpose(
        description: "Zonnestraling en weer meten", legalGround: .publiekeTaak,
        personalData: false, dataCategories: ["zonnestraling"])
    static let trafficControl = Purpose(
        description: "Verkeersregelinstallatie", legalGround: .publiekeTaak,
        personalData: false, dataCategories: ["detectie van verkeer"])
    static let safetyRegionNetwork = Purpose(
        description: "Netwerk van meldkamer, hoofdkantoor en kazernes", legalGround: .publiekeTaak,
        personalData: true, dataCategories: ["netwerkverkeer", "meldingen en inzetgegevens", "personeelsgegevens"])
    static let cityNetwork = Purpose(
        description: "Kantoornetwerk gemeente", legalGround: .publiekeTaak,
        personalData: true, dataCategories: ["netwerkverkeer", "gegevens van inwoners en medewerkers"])
    static let policeNetwork = Purpose(
        description: "Netwerk politiebureaus", legalGround: .wettelijkeVerplichting,
        personalData: true, dataCategories: ["netwerkverkeer", "opsporingsgegevens"])
    static let transportNetwork = Purpose(
        description: "Netwerk remises, verkeersleiding en haltes", legalGround: .gerechtvaardigdBelang,
        personalData: true, dataCategories: ["netwerkverkeer", "camerabeelden"])
    static let managedConnection = Purpose(
        description: "Beheerde internetverbinding (managed service)", legalGround: .overeenkomst,
        personalData: true, dataCategories: ["netwerkverkeer"])
}
