import ArgumentParser
import HerkomstCore
import HerkomstReference
import HerkomstWeb

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Laad de illustratieve demogegevens van Den Haag (eenmalig) en start de webserver.")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Option(help: "Poort.") var port: Int = 8080
    @Option(help: "Adres om op te luisteren.") var host: String = "127.0.0.1"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port moet tussen 1 en 65535 liggen") }
    }

    func run() async throws {
        try PortCheck.ensureFree(host: host, port: port)
        let location = databaseOptions.resolved(defaultFile: "herkomst-demo.sqlite")
        let reference = try ReferenceLocation.load(explicit: nil, database: location)
        let attributor = reference.makeAttributor()
        let store = try await openStore(location, attributor: attributor)
        let loaded = try await DemoLoader(store: store).loadIfMissing(today: systemToday())
        let attributed = try await RegisterAttribution(store: store, attributor: attributor).refresh(actor: "herkomst demo")
        printError(loaded > 0
            ? "Demogegevens geladen: \(loaded) apparaten in \(location), \(attributed) toegeschreven."
            : "Demogegevens stonden al in \(location); \(attributed) apparaten opnieuw toegeschreven.")
        let notice = "Illustratieve demogegevens — niet echt. Illustrative demo data, not real."
        var dependencies = WebDependencies(store: store, today: systemToday, notice: notice)
        dependencies.makerKey = reference.makerKey
        dependencies.attributor = attributor
        try await serve(dependencies, host: host, port: port)
    }
}
