import Foundation
import HerkomstCore
import Hummingbird
import Logging

/// What the web application needs from outside; everything is injected here, nothing is global.
public struct WebDependencies: Sendable {
    public var store: any Register
    /// Today's date by the injected clock: the default reference day (`peildatum`).
    public var today: @Sendable () -> Day
    /// The instant clock, for import and event times.
    public var now: @Sendable () -> Date
    /// Shown on every page when set, e.g. that the data are illustrative demo data.
    public var notice: String?
    /// Normalises maker names for identity matching in imports (the catalogue's, when the caller has it).
    public var makerKey: @Sendable (String) -> String = IdentityIndex.plainMakerKey
    /// Attributes devices an upload creates, in the import's own transaction (the caller's reference data).
    public var attributor: Attributor?

    public init(store: any Register, today: @escaping @Sendable () -> Day, now: @escaping @Sendable () -> Date = { Date() },
                notice: String? = nil) {
        self.store = store
        self.today = today
        self.now = now
        self.notice = notice
    }
}

public enum HerkomstAPI {
    /// The `API-Version` header value (Dutch API Design Rules: full semantic version).
    public static let version = "0.1.0"
}

/// The one composition root of the web application: routes, middleware and dependencies.
public func buildApplication(
    _ dependencies: WebDependencies,
    host: String,
    port: Int,
    logger: Logger = Logger(label: "herkomst"),
    onServerRunning: @escaping @Sendable () async -> Void = {}
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(dependencies),
        configuration: .init(address: .hostname(host, port: port), serverName: "Herkomst"),
        onServerRunning: { _ in await onServerRunning() },
        logger: logger
    )
}

/// Routes without a server, so tests can drive them without sockets.
public func buildRouter(_ dependencies: WebDependencies) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: StandardHeadersMiddleware(apiVersion: HerkomstAPI.version))
    router.add(middleware: NoTrailingSlashMiddleware())
    HealthRoutes(store: dependencies.store).register(on: router)
    let v1 = router.group("v1")
    OpenAPIDocument().register(on: v1)
    DeviceRoutes(store: dependencies.store, today: dependencies.today).register(on: v1)
    ImportRoutes(store: dependencies.store, now: dependencies.now, makerKey: dependencies.makerKey,
                 attributor: dependencies.attributor).register(on: v1)
    OverviewPage(dependencies: dependencies).register(on: router)
    return router
}
