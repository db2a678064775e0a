import HerkomstCore
import Hummingbird

/// `GET /`: counts per organisation and device class, and a paged table of devices, on a reference day.
/// Query keys: `peildatum`, `page`.
struct OverviewPage {
    let dependencies: WebDependencies
    static let pageSize = 50

    struct Model {
        var asOf: Day
        var summary: RegisterSummary
        var page: DevicePage
        var pageNumber: Int
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ -> Response in
            let model = try await load(request)
            let html = HTML.page(title: "Overzicht", notice: dependencies.notice, body: OverviewView.render(model))
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        }
    }

    private func load(_ request: Request) async throws -> Model {
        var asOf = dependencies.today()
        var pageNumber = 1
        var invalid: [Problem.InvalidParam] = []
        if let text = request.uri.queryParameters.get("peildatum") {
            if let day = Day(text) { asOf = day } else {
                invalid.append(.init(name: "peildatum", reason: "'\(text)' is geen geldige datum (JJJJ-MM-DD)"))
            }
        }
        if let text = request.uri.queryParameters.get("page") {
            if let n = Int(text), n >= 1 { pageNumber = n } else {
                invalid.append(.init(name: "page", reason: "'\(text)' is geen paginanummer"))
            }
        }
        if !invalid.isEmpty { throw Problem.badRequest(invalid) }
        let query = DeviceQuery(asOf: asOf, page: pageNumber, pageSize: Self.pageSize)
        async let summary = dependencies.store.summary(asOf: asOf)
        async let page = dependencies.store.devices(query)
        return try await Model(asOf: asOf, summary: summary, page: page, pageNumber: pageNumber)
    }
}

enum OverviewView {
    static func render(_ m: OverviewPage.Model) -> String {
        """
        <header>
        <h1>Herkomst — register van camera's, sensoren en netwerkapparatuur</h1>
        <form method="get" action="/">
        <label for="peildatum">Peildatum</label>
        <input id="peildatum" name="peildatum" type="date" value="\(m.asOf)">
        <button type="submit">Toon</button>
        </form>
        </header>
        <main>
        \(summaryTable(m))
        \(deviceTable(m))
        </main>
        """
    }

    private static func summaryTable(_ m: OverviewPage.Model) -> String {
        let classes = DeviceClass.allCases.filter { c in m.summary.rows.contains { $0.deviceClass == c } }
        let organisations = Array(Set(m.summary.rows.map(\.organisation))).sorted()
        var counts: [String: Int] = [:]
        for row in m.summary.rows { counts["\(row.organisation)|\(row.deviceClass.rawValue)", default: 0] += row.count }
        let head = classes.map { "<th scope=\"col\" class=\"n\">\(HTML.escape($0.rawValue))</th>" }.joined()
        let body = organisations.map { org in
            let cells = classes.map { c in "<td class=\"n\">\(counts["\(org)|\(c.rawValue)"] ?? 0)</td>" }.joined()
            let total = classes.reduce(0) { $0 + (counts["\(org)|\($1.rawValue)"] ?? 0) }
            return "<tr><th scope=\"row\">\(HTML.escape(org))</th>\(cells)<td class=\"n\">\(total)</td></tr>"
        }.joined(separator: "\n")
        return """
        <table>
        <caption>Apparaten in gebruik op \(m.asOf), per organisatie en soort (totaal \(m.summary.total))</caption>
        <thead><tr><th scope="col">Organisatie</th>\(head)<th scope="col" class="n">Totaal</th></tr></thead>
        <tbody>
        \(body)
        </tbody>
        </table>
        """
    }

    private static func deviceTable(_ m: OverviewPage.Model) -> String {
        let rows = m.page.devices.map { s -> String in
            let d = s.device
            let a = s.attribution
            let risk: String
            switch a?.highRisk {
            case true?: risk = "<span class=\"risk\">ja</span>"
            case false?: risk = "nee"
            case nil: risk = "onbekend"
            }
            return """
            <tr><td><a href="/v1/apparaten/\(HTML.escape(d.id))?peildatum=\(m.asOf)">\(HTML.escape(d.id))</a></td>\
            <td>\(HTML.escape(d.deviceClass.rawValue))</td><td>\(HTML.escape(d.brand ?? "onbekend"))</td>\
            <td>\(HTML.escape(d.model))</td><td>\(HTML.escape(a?.manufacturer?.name ?? "onbekend"))</td>\
            <td>\(HTML.escape(a?.countryOfOrigin ?? "?"))</td><td>\(risk)</td>\
            <td>\(HTML.escape(d.owner))</td><td>\(HTML.escape(s.status.rawValue))</td>\
            <td>\(HTML.escape(s.placement?.district))</td>\
            <td>\(HTML.escape(d.installed?.description))</td><td>\(HTML.escape(d.removed?.description))</td></tr>
            """
        }.joined(separator: "\n")
        let lastPage = max(1, (m.page.total + OverviewPage.pageSize - 1) / OverviewPage.pageSize)
        var pager: [String] = []
        if m.pageNumber > 1 {
            pager.append("<a href=\"/?peildatum=\(m.asOf)&amp;page=\(m.pageNumber - 1)\" rel=\"prev\">Vorige</a>")
        }
        pager.append("<span>Pagina \(m.pageNumber) van \(lastPage)</span>")
        if m.pageNumber < lastPage {
            pager.append("<a href=\"/?peildatum=\(m.asOf)&amp;page=\(m.pageNumber + 1)\" rel=\"next\">Volgende</a>")
        }
        return """
        <table>
        <caption>Apparaten die op \(m.asOf) bekend waren (\(m.page.total))</caption>
        <thead><tr><th scope="col">Id</th><th scope="col">Soort</th><th scope="col">Merk</th><th scope="col">Model</th>\
        <th scope="col">Fabrikant</th><th scope="col">Land</th><th scope="col">Hoog risico</th>\
        <th scope="col">Eigenaar</th><th scope="col">Status</th><th scope="col">Wijk</th>\
        <th scope="col">Geplaatst</th><th scope="col">Verwijderd</th></tr></thead>
        <tbody>
        \(rows)
        </tbody>
        </table>
        <nav class="pager" aria-label="Paginering">\(pager.joined(separator: " "))</nav>
        """
    }
}
