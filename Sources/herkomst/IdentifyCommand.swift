import ArgumentParser
import Foundation
import HerkomstCore
import HerkomstFormats
import HerkomstReference

struct IdentifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "identify",
        abstract: "Zeg wie een apparaat echt maakte, in welk land, en of het hoog risico is — op grond van bewijs.",
        discussion: """
        Combineer bewijs uit vlaggen (MAC-adres, merk, model, banners, SNMP-waarden) en bestanden (SNMP-walk, \
        ONVIF-antwoord, nmap-scan). Alles over één apparaat geeft één herkomst; --nmap geeft één herkomst per host. \
        Onbekend blijft onbekend: dan zijn fabrikant, land en hoogRisico null.
        """)

    @Option(name: .customLong("mac"), help: "MAC-adres (herhaalbaar).") var macs: [String] = []
    @Option(help: "Merk zoals op het apparaat staat.") var brand: String?
    @Option(help: "Modelnummer.") var model: String?
    @Option(name: .customLong("http-server"), help: "HTTP Server-kop.") var httpServer: String?
    @Option(name: .customLong("rtsp-server"), help: "RTSP Server-kop.") var rtspServer: String?
    @Option(name: .customLong("www-authenticate"), help: "WWW-Authenticate-kop (realm).") var wwwAuthenticate: String?
    @Option(name: .customLong("tls-subject"), help: "Subject van het TLS-certificaat.") var tlsSubject: String?
    @Option(name: .customLong("ssh-banner"), help: "SSH-banner.") var sshBanner: String?
    @Option(name: .customLong("sysobjectid"), help: "SNMP sysObjectID (1.3.6.1.4.1.…).") var sysObjectID: String?
    @Option(name: .customLong("sysdescr"), help: "SNMP sysDescr.") var sysDescr: String?
    @Option(help: "SNMP-walk in snmpsim-vorm (.snmprec).") var snmprec: String?
    @Option(help: "SNMP-walk van net-snmp (snmpwalk -On).") var snmpwalk: String?
    @Option(help: "ONVIF GetDeviceInformation- of WS-Discovery-antwoord (XML).") var onvif: String?
    @Option(help: "nmap-scan (-oX); één herkomst per host.") var nmap: String?
    @Flag(help: "Schrijf het JSON-object (een array bij --nmap) naar stdout.") var json = false
    @Option(name: .customLong("reference-dir"), help: ArgumentHelp(stringLiteral: ReferenceLocation.help)) var referenceDir: String?

    /// Without any evidence there is nothing to say: a usage error, with this command's usage.
    func validate() throws {
        let texts: [String?] = [brand, model, httpServer, rtspServer, wwwAuthenticate, tlsSubject, sshBanner, sysObjectID,
                                sysDescr, snmprec, snmpwalk, onvif, nmap]
        if macs.isEmpty && texts.allSatisfy({ $0 == nil }) {
            throw ValidationError(Self.noEvidence)
        }
    }

    static let noEvidence = "Geef minstens één bewijs: --mac, --brand, --model, een banner, --sysobjectid, --sysdescr of een bestand."

    func run() async throws {
        let flagEvidence = evidenceFromFlags()
        var devices: [ObservedDevice] = []
        let reader = DeviceIdentityReader()
        for (path, format) in [(snmprec, DeviceIdentityFormat.snmprec), (snmpwalk, .snmpwalk), (onvif, .onvif)] {
            guard let path else { continue }
            devices += try read(path, format: format, reader: reader)
        }
        var hosts: [ObservedDevice]?
        if let nmap { hosts = try read(nmap, format: .nmap, reader: reader) }
        guard !flagEvidence.isEmpty || !devices.isEmpty || hosts != nil else {
            throw ValidationError(Self.noEvidence)
        }

        let engine = try ReferenceLocation.load(explicit: referenceDir).makeEngine()
        if let hosts {
            // Flags describe what is known of every host in the scan (a brand bought in bulk, say).
            let extra = flagEvidence + devices.flatMap(\.evidence)
            let attributions = hosts.map { engine.attribute($0.evidence + extra) }
            try emit(attributions, labels: hosts.map(\.source))
        } else if devices.count > 1 && flagEvidence.isEmpty && [snmprec, snmpwalk].allSatisfy({ $0 == nil }) {
            // A WS-Discovery answer from several cameras: one attribution each.
            try emit(devices.map { engine.attribute($0.evidence) }, labels: devices.map(\.source))
        } else {
            let attribution = engine.attribute(flagEvidence + devices.flatMap(\.evidence))
            try emit(attribution)
        }
    }

    func evidenceFromFlags() -> [Evidence] {
        var evidence = macs.map { Evidence(kind: .macAddress, value: $0, source: "--mac") }
        let single: [(String?, EvidenceKind, String)] = [
            (brand, .brandLabel, "--brand"), (model, .modelString, "--model"), (httpServer, .httpServer, "--http-server"),
            (rtspServer, .rtspServer, "--rtsp-server"), (wwwAuthenticate, .wwwAuthenticate, "--www-authenticate"),
            (tlsSubject, .tlsSubject, "--tls-subject"), (sshBanner, .sshBanner, "--ssh-banner"),
            (sysObjectID, .sysObjectID, "--sysobjectid"), (sysDescr, .sysDescr, "--sysdescr"),
        ]
        for (value, kind, flag) in single {
            if let value, !value.trimmingCharacters(in: .whitespaces).isEmpty {
                evidence.append(Evidence(kind: kind, value: value, source: flag))
            }
        }
        return evidence
    }

    func read(_ path: String, format: DeviceIdentityFormat, reader: DeviceIdentityReader) throws -> [ObservedDevice] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw UserError("\(path): kan het bestand niet lezen (\(error.localizedDescription))")
        }
        do {
            return try reader.read(data, fileName: path, format: format)
        } catch let problem as InputProblem {
            throw UserError(problem.description)
        } catch {
            throw UserError("\(path): \(error)")
        }
    }

    func emit(_ attribution: Attribution) throws {
        if json {
            try writeJSON(attribution)
        } else {
            print(AttributionText.render(attribution), terminator: "")
        }
    }

    func emit(_ attributions: [Attribution], labels: [String]) throws {
        if json {
            try writeJSON(attributions)
        } else {
            for (attribution, label) in zip(attributions, labels) {
                print("== \(label)")
                print(AttributionText.render(attribution))
            }
        }
    }

    func writeJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

/// The attribution in Dutch for a person at a terminal.
enum AttributionText {
    static func render(_ a: Attribution) -> String {
        var lines: [String] = []
        func vendor(_ v: VendorRef?) -> String {
            guard let v else { return "onbekend" }
            return v.country.map { "\(v.name) (\($0))" } ?? v.name
        }
        lines.append("Fabrikant:         \(vendor(a.manufacturer))")
        if let brand = a.brand { lines.append("Merk:              \(brand)") }
        lines.append("Moederbedrijf:     \(a.parent.map { vendor($0) } ?? "—")")
        lines.append("Land van herkomst: \(a.countryOfOrigin ?? "onbekend")")
        if let deviceClass = a.deviceClass { lines.append("Klasse:            \(deviceClass.rawValue)") }
        if let model = a.model { lines.append("Model:             \(model)") }
        switch a.highRisk {
        case true?:
            lines.append("Hoog risico:       ja")
            for basis in a.riskBasis { lines.append("  - \(basis.title) (\(basis.asOf)), \(basis.source)") }
        case false?: lines.append("Hoog risico:       nee (geen beleidslijst noemt land, maker of moederbedrijf)")
        case nil: lines.append("Hoog risico:       onbekend (herkomst onbekend)")
        }
        lines.append("Zekerheid:         \(a.confidence)")
        lines.append("Bewijs:")
        for item in a.evidence {
            var line = "  - \(item.kind.rawValue) '\(item.value)': \(item.finding)"
            if let reference = item.reference { line += " [\(reference)]" }
            line += " (gewicht \(item.weight))"
            lines.append(line)
        }
        if a.conflicts.isEmpty {
            lines.append("Tegenstrijdigheden: geen")
        } else {
            lines.append("Tegenstrijdigheden:")
            for conflict in a.conflicts { lines.append("  - \(conflict)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
