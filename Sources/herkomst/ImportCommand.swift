import ArgumentParser
import Foundation
import HerkomstCore
import HerkomstFormats
import HerkomstReference

extension ImportFormat: ExpressibleByArgument {}

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Lees apparaten in uit spreadsheets, registers, kaarten, scans en netwerkinventarissen.",
        discussion: """
        Alles of niets: wordt één regel afgewezen, dan wordt niets opgeslagen (exit 1). Met --dry-run ziet u per \
        regel wat er zou gebeuren, zonder iets op te slaan.
        """)

    @Argument(help: "Een of meer bestanden.") var files: [String]
    @Option(help: "Formaat: \(ImportFormat.allCases.map(\.rawValue).joined(separator: "|")).") var format: ImportFormat = .auto
    @Option(help: "Eigenaar van regels zonder eigenaar (slug; wordt aangemaakt als die nog niet bestaat).")
    var organisation: String?
    @Flag(help: "Laat zien wat er zou gebeuren; sla niets op.") var dryRun = false
    @Flag(help: "Sta coördinaten buiten Nederland toe.") var allowAbroad = false
    @Option(help: "Werkblad van een XLSX-bestand (standaard het eerste).") var sheet: String?
    @Option(help: "JSON-bestand {\"Kolomnaam\": \"veld\"} voor kolommen die niet vanzelf herkend worden.")
    var mapping: String?
    @OptionGroup var databaseOptions: DatabaseOptions
    @Flag(help: "Uitvoer als JSON op stdout.") var json = false

    func run() async throws {
        var options = ImportOptions()
        options.format = format
        options.organisation = organisation
        options.dryRun = dryRun
        options.allowAbroad = allowAbroad
        options.sheet = sheet
        if let mapping { options.mapping = try Self.loadMapping(mapping) }

        let inputs = try files.map { path -> ImportFile in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UserError("\(path): bestand niet gevonden of niet leesbaar")
            }
            return ImportFile(name: (path as NSString).lastPathComponent, data: data)
        }
        let location = databaseOptions.resolved()
        let reference = try ReferenceLocation.load(explicit: nil, database: location)
        let attributor = reference.makeAttributor()
        let store = try await openStore(location)
        let summary = try await withStore(store) {
            let pipeline = ImportPipeline(store: store, now: { Date() }, makerKey: reference.makerKey, attributor: attributor)
            let summary = try await pipeline.run(inputs, options: options, actor: Self.actor)
            if summary.written {
                // New devices were attributed by the import; devices it changed are attributed again here.
                try await RegisterAttribution(store: store, attributor: attributor).refresh(actor: Self.actor)
            }
            return summary
        }

        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(summary) + Data("\n".utf8))
        } else {
            print(ImportReport.text(summary))
        }
        for problem in summary.problems { printError(problem.description) }
        if summary.rejectedCount > 0 && !dryRun {
            throw ExitCode(1)
        }
    }

    /// Who imported: the operating-system user, until accounts exist.
    static var actor: String {
        "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "onbekend")
    }

    static func loadMapping(_ path: String) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserError("\(path): mappingbestand niet gevonden")
        }
        guard let mapping = try? JSONDecoder().decode([String: String].self, from: data) else {
            throw UserError("\(path): geen geldig mappingbestand; verwacht JSON als {\"Kolomnaam\": \"merk\"}")
        }
        return mapping
    }
}

enum ImportReport {
    static func text(_ s: ImportSummary) -> String {
        var lines = [
            s.dryRun ? "Proefdraai — er is niets opgeslagen." : (s.written ? "Import opgeslagen." : "Niets opgeslagen: er zijn regels afgewezen."),
            "aangemaakt: \(s.created)  bijgewerkt: \(s.updated)  samengevoegd: \(s.merged)  ongewijzigd: \(s.unchanged)  afgewezen: \(s.rejectedCount)",
        ]
        if !s.newOrganisations.isEmpty {
            lines.append("nieuwe organisaties (soort overig): " + s.newOrganisations.joined(separator: ", "))
        }
        if s.dryRun {
            for r in s.records {
                let place = r.regel.map { "\(r.bestand):\($0)" } ?? [r.bestand, r.element].compactMap { $0 }.joined(separator: " ")
                let fields = r.velden.isEmpty ? "" : " (" + r.velden.joined(separator: ", ") + ")"
                lines.append("  \(place): \(r.uitkomst) \(r.apparaat ?? "")\(fields)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
