import Foundation

// Benchmarks are programs, not timed tests (DESIGN §7): `swift run -c release herkomst-bench attribution|import|read|store`.
let arguments = Array(CommandLine.arguments.dropFirst())
let options = Array(arguments.dropFirst())

/// Runs one benchmark; a bad option or a failure is one line on standard error and exit status 1.
func run(_ benchmark: () async throws -> Void) async {
    do {
        try await benchmark()
    } catch {
        FileHandle.standardError.write(Data("herkomst-bench: \(error)\n".utf8))
        exit(1)
    }
}

switch arguments.first {
case "attribution": await run { try AttributionBenchmark(arguments: options).run() }
case "import": await run { try await ImportBenchmark(arguments: options).run() }
case "read": await run { try ReadBenchmark(arguments: options).run() }
case "store": await run { try await StoreBenchmark(arguments: options).run() }
default:
    FileHandle.standardError.write(Data("""
    gebruik: herkomst-bench attribution [--sets N] [--lookups N] [--import-sets N]
             herkomst-bench import [--rows N] [--keep]
             herkomst-bench read [--rows N] [--runs N]
             herkomst-bench store [--devices N] [--database FILE|URL]
      attribution  OUI-opzoekingen/s en volledige herkomstbepalingen/s op één kern, ook voor importachtige reeksen
      import       N CSV-rijen importeren zoals herkomst import dat doet, naast sqlite3 .import van hetzelfde bestand
      read         alleen de leesfase van import: dezelfde N CSV-rijen tot records lezen (beste van --runs)
      store        alleen de opslag: N apparaten in bulk registreren, naast sqlite3 .import van dezelfde regels

    """.utf8))
    exit(2)
}
