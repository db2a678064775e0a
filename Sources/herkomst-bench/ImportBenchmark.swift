import Foundation
import HerkomstCore
import HerkomstFormats
import HerkomstReference
import HerkomstStore

/// Importing N generated CSV rows into a fresh SQLite register, side by side with the `sqlite3` shell's `.import`
/// of the same file into a plain table: the floor any importer that parses, validates and stores is measured against.
struct ImportBenchmark {
    var rows = 1_000_000
    /// Per run: two benchmarks at once must not write into each other's files.
    var folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("herkomst-bench-import-\(ProcessInfo.processInfo.processIdentifier)")
    /// `--keep`: leave the CSV and both databases behind for inspection.
    var keep = false

    init(arguments: [String]) throws {
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--rows":
                guard i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 else { throw BenchError("--rows N") }
                rows = n
                i += 2
            case "--keep":
                keep = true
                i += 1
            default:
                throw BenchError("onbekende optie \(arguments[i])")
            }
        }
    }

    func run() async throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if keep { print("bestanden: \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) } }
        let csv = folder.appendingPathComponent("apparaten.csv")
        try Self.generate(rows: rows, to: csv)
        let size = (try FileManager.default.attributesOfItem(atPath: csv.path)[.size] as? Int) ?? 0
        print("\(rows) rijen, \(size / 1_048_576) MiB CSV")

        let shell = try sqliteShellImport(csv)
        if let shell { print(String(format: "sqlite3 .import:      %.2f s", shell)) } else { print("sqlite3: niet gevonden, overgeslagen") }

        let database = folder.appendingPathComponent("register.sqlite").path
        let store = try await SQLRegisterStore.open(.sqliteFile(path: database))
        var options = ImportOptions()
        options.organisation = "gemeente-den-haag"
        options.maximumFileSize = 1 << 30
        let data = try Data(contentsOf: csv)
        // As `herkomst import` runs: reference data loaded, the import attributes what it creates, then anything
        // the import left without a current attribution (changed devices) is attributed.
        let started = Date()
        let reference = try ReferenceData.loadShipped()
        let attributor = reference.makeAttributor()
        let pipeline = ImportPipeline(store: store, now: { Date() }, makerKey: reference.makerKey, attributor: attributor)
        let file = ImportFile(name: "apparaten.csv", data: data)
        let summary = try await pipeline.run([file], options: options, actor: "bench")
        let refreshStarted = Date()
        let todo = try await store.devicesToAttribute(referenceVersion: attributor.referenceVersion)
        try await store.attribute(todo.map { (deviceID: $0.deviceID, attribution: attributor.attribute($0.evidence)) },
                                  referenceVersion: attributor.referenceVersion, actor: "bench")
        let refreshSeconds = Date().timeIntervalSince(refreshStarted)
        let seconds = Date().timeIntervalSince(started)
        let count = try await store.deviceCount()
        print(String(format: "herkomst import:       %.2f s (%d aangemaakt, %d afgewezen, %d in register)",
                     seconds, summary.created, summary.rejectedCount, count))
        print(Self.phases(summary.timings) + String(format: ", nabewerking %.2f s (%d apparaten)", refreshSeconds, todo.count))
        if let shell { print(String(format: "verhouding:            %.1f× sqlite3", seconds / shell)) }

        // The same file again, as a department re-sends its sheet: every row matches a device and nothing changes,
        // but the whole register is loaded and compared.
        let againStarted = Date()
        let again = try await pipeline.run([file], options: options, actor: "bench")
        let againSeconds = Date().timeIntervalSince(againStarted)
        try await store.shutdown()
        print(String(format: "nogmaals importeren:   %.2f s (%d ongewijzigd, %d aangemaakt, %d bijgewerkt)",
                     againSeconds, again.unchanged, again.created, again.updated))
        print(Self.phases(again.timings))
    }

    static func phases(_ t: ImportTimings) -> String {
        String(format: "  register laden %.2f s, lezen %.2f s, plannen %.2f s, herkomst %.2f s, schrijven %.2f s",
               t.load.seconds, t.read.seconds, t.plan.seconds, t.attribute.seconds, t.write.seconds)
    }

    /// `sqlite3 FILE ".mode csv" ".import CSV plain"`, timed; nil when the shell is not installed.
    func sqliteShellImport(_ csv: URL) throws -> Double? {
        let candidates = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"]
        guard let shell = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = [folder.appendingPathComponent("plain.sqlite").path, ".mode csv", ".separator ;",
                             ".import \(csv.path) plain"]
        let started = Date()
        try process.run()
        process.waitUntilExit()
        return Date().timeIntervalSince(started)
    }

    /// A municipal sheet: cameras and sensors of several makers, with serial numbers, MACs and Dutch decimals.
    static func generate(rows: Int, to url: URL) throws {
        let makers: [(brand: String, model: String, oui: String, klasse: String)] = [
            ("Axis", "P1455-LE", "AC:CC:8E", "camera"), ("Bosch", "FLEXIDOME IP 5000i", "00:07:5F", "camera"),
            ("Hikvision", "DS-2CD2143G2-I", "C0:56:E3", "camera"), ("Libelium", "Smart Environment PRO", "00:1F:C5", "sensor"),
            ("Nedap", "SENSIT", "00:17:AB", "sensor"), ("Cisco", "C9200-24P", "00:1B:54", "switch"),
        ]
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw BenchError("kan \(url.path) niet aanmaken")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var chunk = "klasse;merk;model;serienummer;mac-adres;eigenaar;latitude;longitude;wijk;geplaatst\n"
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let districts = ["Centrum", "Scheveningen", "Segbroek", "Loosduinen", "Escamp", "Laak", "Haagse Hout"]
        for i in 0..<rows {
            let m = makers[i % makers.count]
            let r = next()
            let mac = String(format: "%@:%02X:%02X:%02X", m.oui, (i >> 16) & 0xFF, (i >> 8) & 0xFF, i & 0xFF)
            let lat = 52.04 + Double(r % 80_000) / 1_000_000
            let lon = 4.22 + Double((r >> 20) % 140_000) / 1_000_000
            let day = 1 + Int((r >> 40) % 28)
            chunk += "\(m.klasse);\(m.brand);\(m.model);SN\(String(format: "%09d", i));\(mac);gemeente-den-haag;"
            chunk += String(format: "%.6f;%.6f", lat, lon).replacingOccurrences(of: ".", with: ",")
            chunk += ";\(districts[i % districts.count]);20\(15 + i % 10)-0\(1 + i % 9)-\(day < 10 ? "0" : "")\(day)\n"
            if chunk.utf8.count > 1 << 20 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
