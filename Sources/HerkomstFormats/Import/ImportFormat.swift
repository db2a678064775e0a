import HerkomstCore

/// The formats `herkomst import --format` accepts.
public enum ImportFormat: String, CaseIterable, Sendable {
    case auto, csv, xlsx, geojson, osm, nmap, onvif, snmprec, snmpwalk, netbox, amsterdam, cyclonedx

    /// Scans and probes fill gaps; curated sheets and inventories may overwrite.
    public var authority: SourceAuthority {
        switch self {
        case .nmap, .onvif, .snmprec, .snmpwalk: return .observation
        default: return .register
        }
    }
}

/// What a reader made of one file: the records it understood and the problems it found, each with its place.
public struct ReadResult: Sendable {
    public var records: [ImportRecord]
    public var problems: [InputProblem]

    public init(records: [ImportRecord], problems: [InputProblem] = []) {
        self.records = records
        self.problems = problems
    }

    /// Each element read by `record` (with its position, for messages): kept when it reads without a problem,
    /// its problems reported otherwise.
    init<Element>(reading elements: [Element], _ record: (Element, Int) -> (ImportRecord?, [InputProblem])) {
        self.init(records: [])
        for (i, element) in elements.enumerated() {
            let (read, problems) = record(element, i)
            if let read, problems.isEmpty { records.append(read) }
            self.problems += problems
        }
    }
}
