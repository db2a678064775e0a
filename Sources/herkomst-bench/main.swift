import Foundation

// Benchmarks are programs, not timed tests (DESIGN §7): `swift run -c release herkomst-bench attribution|import|store`.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "attribution":
    do {
        try AttributionBenchmark(arguments: Array(arguments.dropFirst())).run()
    } catch {
        FileHandle.standardError.write(Data("herkomst-bench: \(error)\n".utf8))
        exit(1)
    }
case "import":
    do {
        try await ImportBenchmark(arguments: Array(arguments.dropFirst())).run()
    } catch {
        FileHandle.standardError.write(Data("herkomst-bench: \(error)\n".utf8))
        exit(1)
    }
case "store":
    do {
        try await StoreBenchmark(arguments: Array(arguments.dropFirst())).run()
    } catch {
        FileHandle.standardError.write(Data("herkomst-bench: \(error)\n".utf8))
        exit(1)
    }
default:
    FileHandle.standardError.write(Data("""
    gebruik: herkomst-bench attribution [--sets N] [--lookups N]
             herkomst-bench import [--rows N] [--keep]
             herkomst-bench store [--devices N] [--database FILE|URL]
      attribution  OUI-opzoekingen/s en volledige herkomstbepalingen/s op één kern
      import       N CSV-rijen importeren naast sqlite3 .import van hetzelfde bestand
      store        alleen de opslag: N apparaten in bulk registreren, naast sqlite3 .import van dezelfde regels

    """.utf8))
    exit(2)
}
