import Foundation
import HerkomstCore
import Hummingbird

/// The query keys of `GET /v1/apparaten`, validated into Core's `DeviceQuery` — or a 400 naming each bad key.
enum DeviceListParameters {
    static let knownKeys: Set<String> = [
        "organisatie", "klasse", "merk", "land", "hoogRisico", "status", "peildatum", "page", "pageSize",
    ]

    static func parse(_ parameters: [(key: String, value: String)], today: Day) throws(Problem) -> DeviceQuery {
        var query = DeviceQuery(asOf: today)
        var invalid: [Problem.InvalidParam] = []

        for (key, value) in parameters {
            switch key {
            case "organisatie":
                query.organisation = value
            case "klasse":
                if let c = DeviceClass(rawValue: value) { query.deviceClass = c } else {
                    invalid.append(.init(name: key, reason: "onbekende klasse '\(value)'; kies uit "
                        + DeviceClass.allCases.map(\.rawValue).joined(separator: ", ")))
                }
            case "merk":
                query.brand = value
            case "land":
                let code = value.uppercased()
                if code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) { query.country = code } else {
                    invalid.append(.init(name: key, reason: "'\(value)' is geen ISO 3166-1 alpha-2 landcode"))
                }
            case "hoogRisico":
                switch value {
                case "true": query.highRisk = true
                case "false": query.highRisk = false
                default: invalid.append(.init(name: key, reason: "'\(value)' is geen true of false"))
                }
            case "status":
                if let s = DeviceStatus(rawValue: value) { query.status = s } else {
                    invalid.append(.init(name: key, reason: "onbekende status '\(value)'; kies uit gepland, actief, verwijderd"))
                }
            case "peildatum":
                if let day = Day(value) { query.asOf = day } else {
                    invalid.append(.init(name: key, reason: "'\(value)' is geen geldige datum (JJJJ-MM-DD)"))
                }
            case "page":
                if let n = Int(value), n >= 1 { query.page = n } else {
                    invalid.append(.init(name: key, reason: "'\(value)' is geen paginanummer (geheel getal ≥ 1)"))
                }
            case "pageSize":
                if let n = Int(value), (1...DeviceQuery.maximumPageSize).contains(n) { query.pageSize = n } else {
                    invalid.append(.init(name: key,
                                         reason: "'\(value)' is geen paginagrootte (geheel getal 1–\(DeviceQuery.maximumPageSize))"))
                }
            default:
                invalid.append(.init(name: key, reason: "onbekende zoekparameter; bekend zijn "
                    + knownKeys.sorted().joined(separator: ", ")))
            }
        }
        if !invalid.isEmpty { throw .badRequest(invalid) }
        return query
    }

    /// The same query as URL query text, for `self`/`next` links.
    static func queryString(_ q: DeviceQuery, page: Int) -> String {
        var items: [(String, String)] = []
        if let v = q.organisation { items.append(("organisatie", v)) }
        if let v = q.deviceClass { items.append(("klasse", v.rawValue)) }
        if let v = q.brand { items.append(("merk", v)) }
        if let v = q.country { items.append(("land", v)) }
        if let v = q.highRisk { items.append(("hoogRisico", String(v))) }
        if let v = q.status { items.append(("status", v.rawValue)) }
        items.append(("peildatum", q.asOf.description))
        items.append(("page", String(page)))
        items.append(("pageSize", String(q.pageSize)))
        return items.map { "\($0.0)=\(percentEncoded($0.1))" }.joined(separator: "&")
    }

    private static func percentEncoded(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
