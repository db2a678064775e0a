import HerkomstCore
import Hummingbird

/// `GET /health` for load balancers and probes: 200 when the database answers, 503 when it does not.
struct HealthRoutes {
    let store: any RegisterStore

    func register(on router: Router<BasicRequestContext>) {
        router.get("health") { _, _ -> Response in
            struct Health: Encodable { var status: String }
            do {
                _ = try await store.deviceCount()
                return try JSONBody.response(Health(status: "ok"))
            } catch {
                return try JSONBody.response(Health(status: "database onbereikbaar"), status: .serviceUnavailable)
            }
        }
    }
}
