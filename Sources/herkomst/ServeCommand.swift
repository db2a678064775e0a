import ArgumentParser
import HerkomstCore
import HerkomstWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Start de webserver met de API en de pagina's.")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Option(help: "Poort.") var port: Int = 8080
    @Option(help: "Adres om op te luisteren.") var host: String = "127.0.0.1"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port moet tussen 1 en 65535 liggen") }
    }

    func run() async throws {
        try PortCheck.ensureFree(host: host, port: port)
        let location = databaseOptions.resolved()
        let reference = try ReferenceLocation.load(explicit: nil, database: location)
        let attributor = reference.makeAttributor()
        let store = try await openStore(location, attributor: attributor)
        // Reference data may have changed since the last run: attribute what is out of date before serving.
        let attributed = try await RegisterAttribution(store: store, attributor: attributor).refresh(actor: "herkomst serve")
        if attributed > 0 { printError("\(attributed) apparaten (opnieuw) toegeschreven met de huidige referentiegegevens.") }
        var dependencies = WebDependencies(store: store, today: systemToday)
        dependencies.makerKey = reference.makerKey
        dependencies.attributor = attributor
        try await serve(dependencies, host: host, port: port)
    }
}
