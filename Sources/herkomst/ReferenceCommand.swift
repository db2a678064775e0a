import ArgumentParser
import Foundation
import HerkomstCore
import HerkomstReference

struct ReferenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Toon of werk de referentiegegevens bij (IEEE-registers, enterprise-nummers, beleidslijsten, KEV).",
        subcommands: [Show.self, Update.self])

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Toon elke gegevensset met bron, peildatum, licentie en controlesom (en of die nog klopt).")

        @Flag(help: "Als JSON.") var json = false
        @Option(name: .customLong("reference-dir"), help: ArgumentHelp(stringLiteral: ReferenceLocation.help)) var referenceDir: String?
        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            let data = try ReferenceLocation.load(explicit: referenceDir, database: databaseOptions.database)
            let checks = data.verifyChecksums()
            if json {
                struct Row: Encodable {
                    var dataset: ReferenceDataset
                    var intact: Bool
                    func encode(to encoder: any Encoder) throws {
                        try dataset.encode(to: encoder)
                        enum Key: String, CodingKey { case intact = "controlesomKlopt" }
                        var c = encoder.container(keyedBy: Key.self)
                        try c.encode(intact, forKey: .intact)
                    }
                }
                struct Output: Encodable {
                    var gegevenssets: [Row]
                    var beleidslijsten: [PolicyBasis]
                    var versie: String
                    var map: String?
                }
                let output = Output(gegevenssets: checks.map { Row(dataset: $0.dataset, intact: $0.matches) },
                                    beleidslijsten: data.policyLists.map(\.basis), versie: data.referenceVersion,
                                    map: data.installedDirectory?.path)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                FileHandle.standardOutput.write(try encoder.encode(output) + Data("\n".utf8))
                return
            }
            for (dataset, intact) in checks {
                print("\(dataset.name)")
                print("  id:          \(dataset.id) (\(dataset.origin ?? "meegeleverd"))")
                print("  bestand:     \(dataset.file)")
                print("  bron:        \(dataset.source)")
                print("  peildatum:   \(dataset.asOf)")
                print("  licentie:    \(dataset.licence)")
                print("  sha256:      \(dataset.sha256) \(intact ? "(klopt)" : "(KLOPT NIET: bestand gewijzigd of onleesbaar)")")
                if let note = dataset.note { print("  toelichting: \(note)") }
            }
            print("Beleidslijsten:")
            for list in data.policyLists {
                print("  - \(list.id): \(list.title) (peildatum \(list.asOf)) \(list.source)")
            }
            print("Map voor bijgewerkte gegevens: \(data.installedDirectory?.path ?? "—")")
            print("Versie: \(data.referenceVersion)")
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Controleer en installeer nieuwere gegevens; die gaan dan voor de meegeleverde kopie.",
            discussion: """
            Bestanden komen in de map van --reference-dir, anders HERKOMST_REFERENCE_DIR, anders de map \
            '\(ReferenceLocation.folderName)' naast de SQLite-database (de werkmap bij de standaarddatabase of PostgreSQL). \
            Een bestand dat niet helemaal klopt wordt geweigerd, met bestand, regel en reden.
            """)

        @Option(help: "IEEE MA-L-register (oui.csv).") var oui: String?
        @Option(help: "IEEE MA-M-register (mam.csv).") var mam: String?
        @Option(help: "IEEE MA-S-register (oui36.csv).") var oui36: String?
        @Option(name: .customLong("enterprise-numbers"), help: "IANA enterprise-numbers (IANA-tekst of enterprises.tsv).") var enterpriseNumbers: String?
        @Option(help: "CISA KEV-catalogus (known_exploited_vulnerabilities.json).") var kev: String?
        @Option(name: .customLong("policy"), help: "Beleidslijst als JSON (id, titel, bron, peildatum, landen, entiteiten); vervangt een lijst met dezelfde id. Herhaalbaar.") var policies: [String] = []
        @Option(name: .customLong("reference-dir"), help: ArgumentHelp(stringLiteral: ReferenceLocation.help)) var referenceDir: String?
        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            var work: [(ReferenceInstaller.Kind, String)] = []
            if let oui { work.append((.maL, oui)) }
            if let mam { work.append((.maM, mam)) }
            if let oui36 { work.append((.maS, oui36)) }
            if let enterpriseNumbers { work.append((.enterpriseNumbers, enterpriseNumbers)) }
            if let kev { work.append((.kev, kev)) }
            work += policies.map { (.policy, $0) }
            guard !work.isEmpty else {
                throw ValidationError("Noem minstens één bestand: --oui, --mam, --oui36, --enterprise-numbers, --kev of --policy.")
            }
            let directory = ReferenceLocation.directory(explicit: referenceDir, database: databaseOptions.database)
            let current = try ReferenceLocation.load(explicit: referenceDir, database: databaseOptions.database)
            let installer = ReferenceInstaller(directory: directory, today: systemToday().description)
            for (kind, path) in work {
                do {
                    let dataset = try installer.install(kind, from: URL(fileURLWithPath: path), index: current.index)
                    FileHandle.standardError.write(Data("geïnstalleerd: \(dataset.name), peildatum \(dataset.asOf), in \(directory.path)\n".utf8))
                } catch let problem as InputProblem {
                    throw UserError(problem.description)
                }
            }
            let updated = try ReferenceLocation.load(explicit: referenceDir, database: databaseOptions.database)
            FileHandle.standardError.write(Data("nieuwe versie van de referentiegegevens: \(updated.referenceVersion)\n".utf8))
        }
    }
}
