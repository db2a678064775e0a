import Foundation
import HerkomstCore
import HerkomstWeb
import Hummingbird
import Logging

/// Runs the web application until interrupted; a port in use becomes one clear message and exit 1.
func serve(_ dependencies: WebDependencies, host: String, port: Int) async throws {
    var logger = Logger(label: "herkomst")
    logger.logLevel = .warning
    let app = buildApplication(dependencies, host: host, port: port, logger: logger) {
        printError("Herkomst draait op http://\(host):\(port)/ (stoppen met Ctrl-C)")
    }
    do {
        try await app.runService()
    } catch {
        try? await dependencies.store.shutdown()
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") || text.contains("errno: 98") {
            throw UserError("poort \(port) op \(host) is al in gebruik; kies een andere met --port")
        }
        throw UserError("kon de server op \(host):\(port) niet starten: \(text)")
    }
    try? await dependencies.store.shutdown()
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
