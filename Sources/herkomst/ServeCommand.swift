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
        let store = try await openStore(databaseOptions.resolved())
        try await serve(WebDependencies(store: store, today: systemToday), host: host, port: port)
    }
}
