import Foundation
import HerkomstFormats

/// Only the read phase of an import: the same generated CSV as `import`, read into records a few times over;
/// the best run counts, so other work on the machine disturbs the figure as little as possible.
struct ReadBenchmark {
    var rows = 1_000_000
    var runs = 5

    init(arguments: [String]) throws {
        var i = 0
        while i < arguments.count {
            guard i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 else {
                throw BenchError("\(arguments[i]) N")
            }
            switch arguments[i] {
            case "--rows": rows = n
            case "--runs": runs = n
            default: throw BenchError("onbekende optie \(arguments[i])")
            }
            i += 2
        }
    }

    func run() throws {
        // A folder per run, so two runs at once do not share their file.
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("herkomst-bench-read-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("apparaten.csv")
        try ImportBenchmark.generate(rows: rows, to: csv)
        let data = try Data(contentsOf: csv)
        print("\(rows) rijen, \(data.count / 1_048_576) MiB CSV")
        let options = TabularReadOptions(limits: TabularLimits(maxFileBytes: 1 << 30))
        var best = Double.infinity
        for _ in 0..<runs {
            let started = ContinuousClock.now
            let result = try CSVReader(options: options).read(.data(data, name: "apparaten.csv"))
            let seconds = (ContinuousClock.now - started).seconds
            best = min(best, seconds)
            print(String(format: "lezen: %.3f s (%d records, %d problemen)", seconds, result.records.count, result.problems.count))
        }
        print(String(format: "beste: %.3f s, %.2f µs per rij", best, best / Double(rows) * 1e6))
    }
}
