import HerkomstCore
import Hummingbird

/// `/v1/apparaten`: the device list with filters, paging and a reference day, and one device by id.
struct DeviceRoutes {
    let store: any RegisterStore
    let today: @Sendable () -> Day

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("apparaten") { request, _ in try await list(request) }
        group.get("apparaten/:id") { request, context in try await one(request, context: context) }
    }

    private func list(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters.map { (key: String($0.key), value: String($0.value)) }
        let query = try DeviceListParameters.parse(parameters, today: today())
        let page = try await store.devices(query)
        let path = "/v1/apparaten"
        let hasNext = query.page * query.pageSize < page.total
        let body = DeviceListDTO(
            apparaten: page.devices.map { DeviceDTO($0) },
            totaal: page.total,
            peildatum: query.asOf,
            links: .init(
                self: Link(href: "\(path)?\(DeviceListParameters.queryString(query, page: query.page))"),
                next: hasNext ? Link(href: "\(path)?\(DeviceListParameters.queryString(query, page: query.page + 1))") : nil,
                prev: query.page > 1 ? Link(href: "\(path)?\(DeviceListParameters.queryString(query, page: query.page - 1))") : nil
            )
        )
        return try JSONBody.response(body)
    }

    private func one(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        var asOf = today()
        for (key, value) in request.uri.queryParameters {
            guard key == "peildatum" else {
                throw Problem.badRequest([.init(name: String(key), reason: "onbekende zoekparameter; bekend is peildatum")])
            }
            guard let day = Day(String(value)) else {
                throw Problem.badRequest([.init(name: "peildatum", reason: "'\(value)' is geen geldige datum (JJJJ-MM-DD)")])
            }
            asOf = day
        }
        guard let snapshot = try await store.device(id: id, asOf: asOf) else {
            throw Problem.notFound("Geen apparaat met id '\(id)' op peildatum \(asOf).")
        }
        return try JSONBody.response(DeviceDTO(snapshot, withDetails: true))
    }
}
