import Foundation
import HerkomstCore

/// The words people use for the register's closed lists (device class, status, legal ground, …), in Dutch and
/// English, mapped to Core's values. Each lookup is on the normalised text (see `ColumnSynonyms.normalise`).
enum TabularVocabulary {
    /// A device class from a class, role or sensor-type cell. Exact words first, then what the text is about
    /// ("Optische / camera sensor" is a camera, "Geluidsensor" a sensor, "Core router" a router).
    static func deviceClass(_ raw: String) -> DeviceClass? {
        let key = ColumnSynonyms.normalise(raw)
        if let exact = classWords[key] { return exact }
        for (fragment, deviceClass) in classFragments where TabularText.contains(key, fragment) { return deviceClass }
        return nil
    }

    private static let classWords: [String: DeviceClass] = {
        var words: [String: DeviceClass] = [:]
        for c in DeviceClass.allCases { words[c.rawValue] = c }
        let extra: [String: DeviceClass] = [
            "cctv": .camera, "ipcamera": .camera, "anpr": .camera, "dome": .camera, "ptz": .camera,
            "bullet": .camera, "webcam": .camera,
            "dvr": .nvr, "recorder": .nvr, "videorecorder": .nvr, "opnameapparaat": .nvr,
            "meetstation": .sensor, "meter": .sensor, "detector": .sensor, "beacon": .sensor, "telpaal": .sensor,
            "netwerkswitch": .switch, "ap": .accesspoint, "wap": .accesspoint, "wifiap": .accesspoint,
            "wlanap": .accesspoint, "plc": .controller, "rtu": .controller, "vri": .controller,
            "verkeersregelinstallatie": .controller, "besturing": .controller,
            "other": .overig, "anders": .overig, "overige": .overig, "onbekend": .overig,
        ]
        words.merge(extra) { a, _ in a }
        return words
    }()

    /// Ordered: the first fragment found wins ("camerasensor" is a camera before it is a sensor).
    private static let classFragments: [(String, DeviceClass)] = [
        ("camera", .camera), ("nvr", .nvr), ("recorder", .nvr), ("firewall", .firewall), ("router", .router),
        ("switch", .switch), ("accesspoint", .accesspoint), ("gateway", .gateway), ("controller", .controller),
        ("sensor", .sensor), ("meter", .sensor),
    ]

    static func status(_ raw: String) -> DeviceStatus? {
        switch ColumnSynonyms.normalise(raw) {
        case "actief", "active", "ingebruik", "inbedrijf", "operationeel", "operational", "online", "offline",
             "storing", "defect", "failed", "live": .actief
        case "gepland", "planned", "besteld", "ordered", "teplaatsen", "staged", "inventory", "voorraad",
             "inbestelling": .gepland
        case "verwijderd", "removed", "buitengebruik", "inactief", "inactive", "afgevoerd", "decommissioned",
             "decommissioning", "vervangen", "replaced", "gedemonteerd": .verwijderd
        default: nil
        }
    }

    static func visibility(_ raw: String) -> Visibility? {
        switch ColumnSynonyms.normalise(raw) {
        case "openbaar", "public", "publiek": .openbaar
        case "intern", "internal", "internegebruik": .intern
        case "vertrouwelijk", "confidential", "geheim", "restricted": .vertrouwelijk
        default: nil
        }
    }

    static func connectivity(_ raw: String) -> Connectivity? {
        switch ColumnSynonyms.normalise(raw) {
        case "bekabeld", "bedraad", "wired", "ethernet", "kabel", "glasvezel", "fiber", "fibre", "utp", "koper":
            .bekabeld
        case "mobiel", "mobile", "lte", "4g", "5g", "3g", "gsm", "nbiot", "ltem", "cellular": .mobiel
        case "lora", "lorawan": .lora
        case "wifi", "wlan", "draadloos", "wireless": .wifi
        default: nil
        }
    }

    /// The GDPR art. 6(1) basis from its Dutch or English name, a letter (`e`, `6.1(e)`, `art. 6 lid 1 sub e AVG`),
    /// or the long wording of municipal forms ("Taak van algemeen belang of uitoefening van het openbaar gezag").
    static func legalGround(_ raw: String) -> LegalGround? {
        let key = ColumnSynonyms.normalise(raw)
        let phrases: [(String, LegalGround)] = [
            ("gerechtvaardigd", .gerechtvaardigdBelang), ("legitimate", .gerechtvaardigdBelang),
            ("wettelijkeverplichting", .wettelijkeVerplichting), ("legalobligation", .wettelijkeVerplichting),
            ("vitaalbelang", .vitaalBelang), ("vitalebelang", .vitaalBelang), ("vitalinterest", .vitaalBelang),
            ("algemeenbelang", .publiekeTaak), ("openbaargezag", .publiekeTaak), ("publieketaak", .publiekeTaak),
            ("publiekrechtelijketaak", .publiekeTaak), ("publictask", .publiekeTaak), ("publicinterest", .publiekeTaak),
            ("overeenkomst", .overeenkomst), ("contract", .overeenkomst),
            ("toestemming", .toestemming), ("consent", .toestemming),
        ]
        for (phrase, ground) in phrases where TabularText.contains(key, phrase) { return ground }
        for ground in LegalGround.allCases where key == ColumnSynonyms.normalise(ground.rawValue) { return ground }
        return letterGround(raw)
    }

    /// `e`, `(e)`, `6.1e`, `6.1 (e)`, `art. 6 lid 1 sub e AVG`, `6(1)(e)`.
    private static func letterGround(_ raw: String) -> LegalGround? {
        let lower = raw.lowercased()
        let letters: [Character: LegalGround] = [
            "a": .toestemming, "b": .overeenkomst, "c": .wettelijkeVerplichting, "d": .vitaalBelang,
            "e": .publiekeTaak, "f": .gerechtvaardigdBelang,
        ]
        let compact = lower.filter { $0.isLetter || $0.isNumber }
        if compact.count == 1, let c = compact.first, let ground = letters[c] { return ground }
        let patterns = [#"6\s*[.(]?\s*(lid\s*)?1\s*\)?\s*(sub\s*)?\(?\s*([a-f])(?![a-z])"#]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                  let match = regex.firstMatch(in: lower, range: NSRange(lower.startIndex..., in: lower)),
                  let range = Range(match.range(at: 3), in: lower), let c = lower[range].first else { continue }
            return letters[c]
        }
        return nil
    }

    /// The Dutch words the writers use, which `legalGround` reads back.
    static func label(_ ground: LegalGround) -> String {
        switch ground {
        case .toestemming: "toestemming"
        case .overeenkomst: "overeenkomst"
        case .wettelijkeVerplichting: "wettelijke verplichting"
        case .vitaalBelang: "vitaal belang"
        case .publiekeTaak: "publieke taak"
        case .gerechtvaardigdBelang: "gerechtvaardigd belang"
        }
    }

    /// A viewing direction in degrees, from a number or a compass point (N, NO/NE, O/E, …, NNW).
    static func direction(_ raw: String) -> Double? {
        if let degrees = TabularValueParsing.number(raw) { return degrees == 360 ? 0 : degrees }
        let points: [String: Double] = [
            "n": 0, "nno": 22.5, "nne": 22.5, "no": 45, "ne": 45, "ono": 67.5, "ene": 67.5, "o": 90, "e": 90,
            "ozo": 112.5, "ese": 112.5, "zo": 135, "se": 135, "zzo": 157.5, "sse": 157.5, "z": 180, "s": 180,
            "zzw": 202.5, "ssw": 202.5, "zw": 225, "sw": 225, "wzw": 247.5, "wsw": 247.5, "w": 270,
            "wnw": 292.5, "nw": 315, "nnw": 337.5, "noord": 0, "oost": 90, "zuid": 180, "west": 270,
            "north": 0, "east": 90, "south": 180,
        ]
        return points[ColumnSynonyms.normalise(raw)]
    }
}

/// Remembers the vocabulary lookups of one sheet: a register of a million rows uses a handful of distinct words
/// per column. Bounded, so a sheet of all-different values cannot grow it without end.
final class TabularVocabularyCache {
    private var classes: [String: (DeviceClass?, Bool)] = [:]
    private var statuses: [String: DeviceStatus?] = [:]
    private var visibilities: [String: Visibility?] = [:]
    private var connectivities: [String: Connectivity?] = [:]
    private var grounds: [String: LegalGround?] = [:]
    private static let capacity = 4_096

    /// The class, and whether the text is exactly the class word (nothing more to keep).
    func deviceClass(_ raw: String) -> (DeviceClass?, Bool) {
        if let known = classes[raw] { return known }
        let found = TabularVocabulary.deviceClass(raw)
        let answer = (found, found.map { ColumnSynonyms.normalise(raw) == $0.rawValue } ?? false)
        if classes.count < Self.capacity { classes[raw] = answer }
        return answer
    }

    func status(_ raw: String) -> DeviceStatus? { remember(raw, in: &statuses, TabularVocabulary.status) }
    func visibility(_ raw: String) -> Visibility? { remember(raw, in: &visibilities, TabularVocabulary.visibility) }
    func connectivity(_ raw: String) -> Connectivity? { remember(raw, in: &connectivities, TabularVocabulary.connectivity) }
    func legalGround(_ raw: String) -> LegalGround? { remember(raw, in: &grounds, TabularVocabulary.legalGround) }

    private func remember<T>(_ raw: String, in table: inout [String: T?], _ lookup: (String) -> T?) -> T? {
        if let known = table[raw] { return known }
        let value = lookup(raw)
        if table.count < Self.capacity { table[raw] = .some(value) }
        return value
    }
}
