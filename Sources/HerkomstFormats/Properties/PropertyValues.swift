import Foundation
import HerkomstCore

/// Parses the values of register fields as outside sources write them, in Dutch or English.
enum PropertyValues {
    /// A device class from words like `Bewakingscamera`, `access-switch`, `Optische / camera sensor`, `NVR`.
    static func deviceClass(_ text: String) -> DeviceClass? {
        let t = text.lowercased()
        if let exact = DeviceClass(rawValue: t) { return exact }
        let rules: [(DeviceClass, [String])] = [
            (.nvr, ["nvr", "recorder", "dvr", "videoopslag"]),
            (.camera, ["camera", "cctv", "webcam", "anpr", "kenteken", "alpr"]),
            (.accesspoint, ["access point", "access-point", "accesspoint", "wap", "wifi ap", "wlan"]),
            (.firewall, ["firewall"]),
            (.router, ["router"]),
            (.switch, ["switch"]),
            (.gateway, ["gateway", "lora-gateway"]),
            (.controller, ["controller", "plc", "besturing"]),
            (.sensor, ["sensor", "meter", "beacon", "teller", "detector", "lus"]),
        ]
        for (deviceClass, words) in rules where words.contains(where: { t.contains($0) }) { return deviceClass }
        if t == "ap" { return .accesspoint }
        if t == "overig" || t == "other" || t == "anders" { return .overig }
        return nil
    }

    static func legalGround(_ text: String) -> LegalGround? {
        let t = text.lowercased()
        let rules: [(LegalGround, [String])] = [
            (.toestemming, ["toestemming", "consent"]),
            (.overeenkomst, ["overeenkomst", "contract"]),
            (.wettelijkeVerplichting, ["wettelijke verplichting", "legal obligation", "wettelijkeverplichting"]),
            (.vitaalBelang, ["vitaal belang", "vitale belangen", "vital interest"]),
            (.publiekeTaak, ["publieke taak", "publiekrechtelijke taak", "algemeen belang", "openbaar gezag",
                             "public task", "public interest", "publiekrechtelijk"]),
            (.gerechtvaardigdBelang, ["gerechtvaardigd belang", "gerechtvaardigde belangen", "legitimate interest"]),
        ]
        for (ground, words) in rules where words.contains(where: { t.contains($0) }) { return ground }
        if let raw = LegalGround(rawValue: text) { return raw }
        return nil
    }

    /// NetBox, OSM and Dutch statuses; nil for states that say nothing of the life cycle (`failed`, `offline`).
    static func status(_ text: String) -> DeviceStatus? {
        switch text.lowercased().trimmingCharacters(in: .whitespaces) {
        case "actief", "active", "in gebruik", "operationeel", "operational", "in bedrijf": return .actief
        case "gepland", "planned", "staged", "inventory", "voorraad", "besteld": return .gepland
        case "verwijderd", "removed", "decommissioned", "buiten gebruik", "afgevoerd", "inactief", "inactive":
            return .verwijderd
        default: return nil
        }
    }

    static func visibility(_ text: String) -> Visibility? {
        switch text.lowercased() {
        case "openbaar", "public", "publiek": return .openbaar
        case "intern", "internal": return .intern
        case "vertrouwelijk", "confidential", "geheim": return .vertrouwelijk
        default: return nil
        }
    }

    static func connectivity(_ text: String) -> [Connectivity]? {
        var found: [Connectivity] = []
        let t = text.lowercased()
        if t.contains("lora") { found.append(.lora) }
        if t.contains("wifi") || t.contains("wi-fi") || t.contains("wlan") { found.append(.wifi) }
        if t.contains("4g") || t.contains("5g") || t.contains("lte") || t.contains("mobiel") || t.contains("gsm")
            || t.contains("nb-iot") || t.contains("cellular") { found.append(.mobiel) }
        if t.contains("kabel") || t.contains("bekabeld") || t.contains("ethernet") || t.contains("glasvezel")
            || t.contains("wired") || t.contains("fiber") || t.contains("fibre") { found.append(.bekabeld) }
        return found.isEmpty ? nil : found
    }

    /// `2023-05-01`, `2023-05-01T08:00:00Z`, `01-05-2023`, `1-5-2023`, and OSM's `2019-05` and `2019`
    /// (the first day of that month or year).
    static func day(_ text: String) -> Day? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.count >= 10, let d = Day(String(t.prefix(10))), t.count == 10 || t.dropFirst(10).first == "T"
            || t.dropFirst(10).first == " " { return d }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[2].count == 4, let dd = Int(parts[0]), let mm = Int(parts[1]), let yy = Int(parts[2]) {
            return Day(year: yy, month: mm, day: dd)
        }
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]) {
            return Day(year: y, month: m, day: 1)
        }
        if parts.count == 1, t.count == 4, let y = Int(t), (1900...2200).contains(y) {
            return Day(year: y, month: 1, day: 1)
        }
        return nil
    }

    /// Degrees from north; OSM's compass points (`N`, `SSW`) too. 360 is north again.
    static func direction(_ text: String) -> Double? {
        let points = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        if let i = points.firstIndex(of: t) { return Double(i) * 22.5 }
        let dutch = ["NO": "NE", "ZO": "SE", "Z": "S", "ZW": "SW", "O": "E"]
        if let mapped = dutch[t], let i = points.firstIndex(of: mapped) { return Double(i) * 22.5 }
        guard let d = Double(t.replacingOccurrences(of: ",", with: ".")), d.isFinite, d >= 0, d <= 360 else { return nil }
        return d == 360 ? 0 : d
    }

    /// Several MAC or IP addresses in one value: `aa:bb:…; cc:dd:…` or a list.
    static func splitList(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == " " || $0 == "|" || $0.isNewline })
            .map(String.init).filter { !$0.isEmpty }
    }

    /// An address with its prefix length (`10.0.0.5/24`, NetBox's form) without it.
    static func bareIP(_ text: String) -> String {
        String(text.split(separator: "/").first ?? Substring(text)).trimmingCharacters(in: .whitespaces)
    }
}
