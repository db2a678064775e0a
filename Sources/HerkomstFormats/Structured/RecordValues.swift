import HerkomstCore

/// Parsing of the value words structured sources use, Dutch and English.
enum RecordValues {
    static func bool(_ text: String) -> Bool? {
        switch text.lowercased().trimmingCharacters(in: .whitespaces) {
        case "ja", "j", "yes", "y", "true", "waar", "1", "wel": return true
        case "nee", "n", "no", "false", "onwaar", "0", "niet": return false
        default: return nil
        }
    }

    /// `YYYY-MM-DD`, an ISO timestamp (its date), `DD-MM-YYYY`, `YYYY-MM` and `YYYY` (first day of that
    /// month or year: OSM `start_date` is often only a year).
    static func day(_ text: String) -> Day? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let day = Day(text) { return day }
        if text.count > 10, let t = text.firstIndex(where: { $0 == "T" || $0 == " " }),
           text.distance(from: text.startIndex, to: t) == 10, let day = Day(String(text.prefix(10))) {
            return day
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, parts[0].count <= 2, parts[2].count == 4,
           let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
            return Day(year: y, month: m, day: d)
        }
        if parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]) {
            return Day(year: y, month: m, day: 1)
        }
        if parts.count == 1, text.count == 4, let y = Int(text) { return Day(year: y, month: 1, day: 1) }
        return nil
    }

    static func deviceClass(_ text: String) -> DeviceClass? {
        let word = PropertyNames.normalise(text)
        if let exact = DeviceClass(rawValue: word) { return exact }
        switch word {
        case "cctv", "cameras", "ipcamera", "bewakingscamera", "webcam", "alpr", "anpr", "dome", "videocamera",
             "optischecamerasensor", "camerasensor":
            return .camera
        case "recorder", "videorecorder", "networkvideorecorder", "dvr", "vms": return .nvr
        case "sensoren", "meetsensor", "luchtkwaliteit", "geluid", "geluidsensor", "telsensor", "parkeersensor": return .sensor
        case "ap", "wap", "wifi", "wlan", "wirelessaccesspoint", "accesspunt", "toegangspunt": return .accesspoint
        case "netwerkswitch", "l2switch", "l3switch": return .switch
        case "netwerkrouter": return .router
        case "other", "anders", "overige": return .overig
        default:
            let contained: [(String, DeviceClass)] = [
                ("camera", .camera), ("recorder", .nvr), ("nvr", .nvr), ("accesspoint", .accesspoint),
                ("firewall", .firewall), ("router", .router), ("switch", .switch), ("gateway", .gateway),
                ("controller", .controller), ("sensor", .sensor),
            ]
            return contained.first { word.contains($0.0) }?.1
        }
    }

    static func status(_ text: String) -> DeviceStatus? {
        switch PropertyNames.normalise(text) {
        case "actief", "active", "ingebruik", "operational", "inuse", "offline", "failed", "decommissioning", "storing":
            return .actief
        case "gepland", "planned", "staged", "inventory", "voorraad", "besteld": return .gepland
        case "verwijderd", "removed", "decommissioned", "buitengebruik", "gesloopt", "afgevoerd": return .verwijderd
        default: return nil
        }
    }

    static func visibility(_ text: String) -> Visibility? {
        switch PropertyNames.normalise(text) {
        case "openbaar", "public", "publiek": return .openbaar
        case "intern", "internal": return .intern
        case "vertrouwelijk", "confidential", "geheim": return .vertrouwelijk
        default: return nil
        }
    }

    static func connectivity(_ text: String) -> [Connectivity]? {
        var found: [Connectivity] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" || $0 == "+" }) {
            let word = PropertyNames.normalise(String(part))
            let value: Connectivity? = switch word {
            case "bekabeld", "wired", "ethernet", "glasvezel", "fiber", "fibre", "koper", "utp": .bekabeld
            case "mobiel", "mobile", "4g", "5g", "lte", "3g", "gsm", "nbiot", "ltem": .mobiel
            case "lora", "lorawan": .lora
            case "wifi", "wlan", "wireless", "draadloos": .wifi
            default: nil
            }
            guard let value else { return nil }
            if !found.contains(value) { found.append(value) }
        }
        return found.isEmpty ? nil : found
    }

    /// The GDPR art. 6(1) ground from its Dutch or English wording, or its letter.
    static func legalGround(_ text: String) -> LegalGround? {
        let word = PropertyNames.normalise(text)
        if let exact = LegalGround.allCases.first(where: { $0.rawValue.lowercased() == word }) { return exact }
        let letter = word.replacingOccurrences(of: "avg", with: "").replacingOccurrences(of: "art6lid1", with: "")
            .replacingOccurrences(of: "61", with: "")
        switch letter {
        case "a": return .toestemming
        case "b": return .overeenkomst
        case "c": return .wettelijkeVerplichting
        case "d": return .vitaalBelang
        case "e": return .publiekeTaak
        case "f": return .gerechtvaardigdBelang
        default: break
        }
        if word.contains("toestemming") || word.contains("consent") { return .toestemming }
        if word.contains("overeenkomst") || word.contains("contract") { return .overeenkomst }
        if word.contains("wettelijk") || word.contains("legalobligation") { return .wettelijkeVerplichting }
        if word.contains("vita") { return .vitaalBelang }
        if word.contains("algemeenbelang") || word.contains("openbaargezag") || word.contains("publieketaak") || word.contains("publiektaak")
            || word.contains("publictask") || word.contains("publicinterest") { return .publiekeTaak }
        if word.contains("gerechtvaardigd") || word.contains("legitimate") { return .gerechtvaardigdBelang }
        return nil
    }

    /// A list written as one text (`a, b; c`) or several values.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

import Foundation
