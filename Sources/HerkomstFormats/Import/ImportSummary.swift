import HerkomstCore

/// The outcome of an import in the shape of DESIGN §4 (`import --json`), with the per-record preview of a dry run.
public struct ImportSummary: Encodable, Sendable {
    public var created = 0
    public var updated = 0
    public var merged = 0
    public var unchanged = 0
    public var rejectedCount = 0
    public var problems: [InputProblem] = []
    public var newOrganisations: [String] = []
    public var files: [FileLine] = []
    public var records: [RecordLine] = []
    public var dryRun: Bool
    public var written = false
    /// Where the time went, for benchmarks; not part of the JSON.
    public var timings = ImportTimings()

    public struct FileLine: Encodable, Sendable {
        public var bestand: String
        public var formaat: String
        public var records: Int
    }

    public struct RecordLine: Encodable, Sendable {
        public var bestand: String
        public var regel: Int?
        public var element: String?
        public var uitkomst: String
        public var apparaat: String?
        public var velden: [String]
    }

    init(dryRun: Bool) {
        self.dryRun = dryRun
    }

    mutating func add(rejected: [InputProblem]) {
        rejectedCount += rejected.count
        problems += rejected
    }

    mutating func add(_ plan: ImportPlan, file: String, format: ImportFormat) {
        created += plan.created.count
        updated += plan.updated.count
        merged += plan.mergedCount
        unchanged += plan.unchanged
        add(rejected: plan.rejected)
        newOrganisations += plan.newOrganisations.map(\.slug)
        files.append(FileLine(bestand: file, formaat: format.rawValue, records: plan.outcomes.count))
        // The per-record preview is for dry runs; a million-row import does not build a million lines for nothing.
        guard dryRun else { return }
        records += plan.outcomes.map {
            RecordLine(bestand: $0.origin.file, regel: $0.origin.line, element: $0.origin.element,
                       uitkomst: $0.kind.rawValue, apparaat: $0.deviceID, velden: $0.detail)
        }
    }

    enum CodingKeys: String, CodingKey {
        case created = "aangemaakt", updated = "bijgewerkt", merged = "samengevoegd", unchanged = "ongewijzigd"
        case rejectedCount = "afgewezen", problems = "meldingen", newOrganisations = "nieuweOrganisaties"
        case files = "bestanden", records = "regels", dryRun = "proefdraai", written = "opgeslagen"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(created, forKey: .created)
        try c.encode(updated, forKey: .updated)
        try c.encode(merged, forKey: .merged)
        try c.encode(unchanged, forKey: .unchanged)
        try c.encode(rejectedCount, forKey: .rejectedCount)
        try c.encode(problems.map(ProblemLine.init), forKey: .problems)
        try c.encode(newOrganisations, forKey: .newOrganisations)
        try c.encode(files, forKey: .files)
        if dryRun { try c.encode(records, forKey: .records) }
        try c.encode(dryRun, forKey: .dryRun)
        try c.encode(written, forKey: .written)
    }

    struct ProblemLine: Encodable {
        var bestand: String
        var regel: Int?
        var veld: String?
        var melding: String
        init(_ p: InputProblem) {
            bestand = p.file
            regel = p.line
            veld = p.field
            melding = p.message
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(bestand, forKey: .bestand)
            try c.encode(regel, forKey: .regel)
            try c.encode(veld, forKey: .veld)
            try c.encode(melding, forKey: .melding)
        }
        enum CodingKeys: String, CodingKey { case bestand, regel, veld, melding }
    }
}

/// Wall time per phase of an import run.
public struct ImportTimings: Sendable {
    /// Loading the register the records are matched against.
    public var load = Duration.zero
    public var read = Duration.zero
    public var plan = Duration.zero
    public var attribute = Duration.zero
    public var write = Duration.zero
}
