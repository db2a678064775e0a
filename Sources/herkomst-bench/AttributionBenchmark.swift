import Foundation
import HerkomstCore
import HerkomstReference

/// Measures, on one core, how many MAC addresses the IEEE index resolves per second and how many complete
/// attributions the engine makes per second, over deterministic generated inputs.
struct AttributionBenchmark {
    var sets = 100_000
    var lookups = 1_000_000
    var importSets = 1_000_000

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 else {
                throw BenchmarkError("\(flag) verwacht een positief getal")
            }
            switch flag {
            case "--sets": sets = value
            case "--lookups": lookups = value
            case "--import-sets": importSets = value
            default: throw BenchmarkError("onbekende optie \(flag)")
            }
        }
    }

    func run() throws {
        var clock = ContinuousClock.now
        let data = try ReferenceData.loadShipped()
        let catalogueSeconds = seconds(since: clock)
        clock = ContinuousClock.now
        let registry = try data.macRegistry()
        let registrySeconds = seconds(since: clock)
        clock = ContinuousClock.now
        _ = try data.enterpriseRegistry()
        let penSeconds = seconds(since: clock)
        print("laden: catalogus+beleid \(ms(catalogueSeconds)), IEEE-registers \(ms(registrySeconds)) (\(registry.entryCount) blokken), IANA-nummers \(ms(penSeconds))")

        var random = SplitMix64(seed: 0x4865726B6F6D7374)
        let knownBlocks = [24, 28, 36].flatMap { bits in registry.blocks(bits: bits).map { ($0, bits) } }
        let macs: [MACAddress] = (0..<lookups).map { i in
            // Three in four inside a registered block, the rest anywhere (mostly unregistered).
            if i % 4 != 3 {
                let (prefix, bits) = knownBlocks[Int(random.next() % UInt64(knownBlocks.count))]
                let suffix = random.next() & ((1 << UInt64(48 - bits)) - 1)
                return MACAddress(value: prefix << UInt64(48 - bits) | suffix)
            }
            return MACAddress(value: random.next() & 0xFCFF_FFFF_FFFF)
        }
        clock = ContinuousClock.now
        var hits = 0
        for mac in macs where registry.lookup(mac) != nil { hits += 1 }
        let lookupSeconds = seconds(since: clock)
        print(String(format: "OUI-opzoekingen: %d in %.3f s = %.0f per seconde (%d treffers)",
                     lookups, lookupSeconds, Double(lookups) / lookupSeconds, hits))

        let evidenceSets = EvidenceGenerator(registry: registry).sets(count: sets, random: &random)
        let engine = data.makeEngine()
        _ = engine.attribute(evidenceSets[0])
        clock = ContinuousClock.now
        var known = 0, highRisk = 0, conflicts = 0
        for evidence in evidenceSets {
            let attribution = engine.attribute(evidence)
            if attribution.manufacturer != nil { known += 1 }
            if attribution.highRisk == true { highRisk += 1 }
            if !attribution.conflicts.isEmpty { conflicts += 1 }
        }
        let attributionSeconds = seconds(since: clock)
        let items = evidenceSets.reduce(0) { $0 + $1.count }
        print(String(format: "herkomstbepalingen: %d sets (%d bewijsstukken) in %.3f s = %.0f per seconde",
                     sets, items, attributionSeconds, Double(sets) / attributionSeconds))
        print("  bekend: \(known), hoog risico: \(highRisk), met tegenstrijdigheid: \(conflicts)")

        clock = ContinuousClock.now
        var session = engine.session()
        for evidence in evidenceSets { _ = session.attribute(evidence) }
        let variedSessionSeconds = seconds(since: clock)
        print(String(format: "  zelfde sets in één sessie: %.0f per seconde (%d uit het geheugen, %d direct naar de motor)",
                     Double(sets) / variedSessionSeconds, session.hits, session.direct))

        try runImportLike(engine: engine)
        print("referentieversie: \(data.referenceVersion)")
    }

    /// What an import hands the engine: many devices of a few makers' models, each with its own MAC, numbered
    /// in a handful of blocks (the rows `herkomst-bench import` generates), as `DeviceEvidence.collect` gives them.
    func runImportLike(engine: AttributionEngine) throws {
        let makers: [(brand: String, model: String, oui: UInt64)] = [
            ("Axis", "P1455-LE", 0xACCC8E), ("Bosch", "FLEXIDOME IP 5000i", 0x00075F),
            ("Hikvision", "DS-2CD2143G2-I", 0xC056E3), ("Libelium", "Smart Environment PRO", 0x001FC5),
            ("Nedap", "SENSIT", 0x0017AB), ("Cisco", "C9200-24P", 0x001B54),
        ]
        let importSets: [[Evidence]] = (0..<importSets).map { i in
            let m = makers[i % makers.count]
            let mac = MACAddress(value: m.oui << 24 | UInt64(i & 0xFF_FFFF))
            return [Evidence(kind: .brandLabel, value: m.brand, source: "register"),
                    Evidence(kind: .modelString, value: m.model, source: "register"),
                    Evidence(kind: .macAddress, value: mac.description, source: "register")]
        }
        // The engine alone on a tenth (it is the slow path being replaced), then the same sets in one session.
        let sample = importSets.prefix(max(1, importSets.count / 10))
        var clock = ContinuousClock.now
        let plain = sample.map { engine.attribute($0) }
        let plainSeconds = seconds(since: clock)
        clock = ContinuousClock.now
        var session = engine.session()
        var known = 0
        for evidence in importSets where session.attribute(evidence).manufacturer != nil { known += 1 }
        let sessionSeconds = seconds(since: clock)
        clock = ContinuousClock.now
        let oneTask = engine.attributeAll(importSets, threads: 1)
        let oneTaskSeconds = seconds(since: clock)
        clock = ContinuousClock.now
        let parallel = engine.attributeAll(importSets)
        let parallelSeconds = seconds(since: clock)
        // As the importer calls it: devices with their fields, evidence collected per device, all cores.
        let devices: [(device: Device, evidence: [Evidence])] = (0..<importSets.count).map { i in
            let m = makers[i % makers.count]
            return (Device(id: "d\(i)", deviceClass: .camera, brand: m.brand, model: m.model, serialNumber: "SN\(i)",
                           macAddresses: [MACAddress(value: m.oui << 24 | UInt64(i & 0xFF_FFFF))], owner: "gemeente-den-haag"), [])
        }
        let attributor = Attributor(engine: engine, referenceVersion: "bench")
        clock = ContinuousClock.now
        let viaAttributor = attributor.attributeAll(devices)
        let attributorSeconds = seconds(since: clock)
        // A benchmark that measures wrong answers measures nothing: the fast paths must give the engine's answers.
        var check = engine.session()
        let same = zip(sample, plain).allSatisfy { check.attribute($0) == $1 } && zip(sample, parallel).allSatisfy { $1 == engine.attribute($0) }
        print(String(format: "importachtige sets: %d (3 bewijsstukken, %d makers)", importSets.count, makers.count))
        print(String(format: "  motor alleen:        %.0f per seconde (%d sets)", Double(sample.count) / plainSeconds, sample.count))
        print(String(format: "  sessie, één kern:    %.0f per seconde (%d uit het geheugen, %d bekend)",
                     Double(importSets.count) / sessionSeconds, session.hits, known))
        print(String(format: "  attributeAll, 1 draad:  %.0f per seconde (met de uitkomsten in één array)",
                     Double(oneTask.count) / oneTaskSeconds))
        print(String(format: "  attributeAll, %d draden: %.0f per seconde", ProcessInfo.processInfo.activeProcessorCount,
                     Double(importSets.count) / parallelSeconds))
        print(String(format: "  Attributor, apparaten: %.0f per seconde (bewijs per apparaat verzameld, %d uitkomsten)",
                     Double(devices.count) / attributorSeconds, viaAttributor.count))
        print("  zelfde uitkomsten als de motor alleen: \(same ? "ja" : "NEE")")
        if !same { throw BenchmarkError("de sessie geeft andere uitkomsten dan de motor") }
    }

    func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    func ms(_ s: Double) -> String { String(format: "%.0f ms", s * 1000) }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Deterministic pseudo-random numbers (SplitMix64), so every run measures the same inputs.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }
}

/// Evidence sets shaped like what the readers produce: MACs, brand labels, model numbers, sysDescr texts,
/// sysObjectIDs and banners, mixed at random from realistic values.
struct EvidenceGenerator {
    let registry: MACRegistryIndex

    static let brands = ["Hikvision", "HiLook", "EZVIZ", "Dahua", "IMOU", "Axis", "Bosch", "HPE", "Huawei", "ZTE", "TP-Link",
                         "Hanwha Vision", "Mobotix", "Acme Vision", "Nedap", "Cisco", "Ruijie", "Uniview", "Lorex", "Libelium"]
    static let models = ["DS-2CD2185FWD-I", "DS-7608NI-K2", "IPC-HFW2431S-S-S2", "IPC-T240H", "5900AF-48G-4X", "S5720-28X-SI",
                         "CE6850-48S6Q-HI", "AR1220", "ZXR10 5250-52TM-H", "TL-SG3428", "RG-S6220-48XS4QXS", "P3245-LV",
                         "FLEXIDOME IP 5000i", "XNV-6080R", "M16B", "C9300-48P", "EX4300-48T", "FG-100F", "unknown-1", "X-200"]
    static let sysDescrs = [
        "Huawei Versatile Routing Platform Software VRP (R) software,Version 5.170 (S5720 V200R010C00SPC600) Copyright (C) 2007 Huawei Technologies Co., Ltd",
        "HP Comware Platform Software, Software Version 7.1.045, Release 2416 HP FF 5700-40XG-2QSFP  Switch",
        "; AXIS P5534-E; PTZ Dome Network Camera; 5.40.9.2; May 15 2012 09:50; 188.1; 1;",
        "ZTE Ethernet Switch  ZXR10 5250-52TM-H, Version: V2.05.11B23",
        "Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E3",
        "JetStream 48-Port Gigabit L2 Managed Switch with 4 SFP Slots",
        "Linux GSE200M",
        "Ruijie 10G Routing Switch(S6220-48XS4QXS) By Ruijie Networks",
    ]
    static let oids = ["1.3.6.1.4.1.2011.2.23.291", "1.3.6.1.4.1.25506.11.1.172", "1.3.6.1.4.1.368.1.1", "1.3.6.1.4.1.3902.15.2.1.4",
                       "1.3.6.1.4.1.9.1.1208", "1.3.6.1.4.1.11863.5.34", "1.3.6.1.4.1.8072.3.2.10", "1.3.6.1.4.1.1004849.2.1"]
    static let banners: [(EvidenceKind, String)] = [
        (.httpServer, "App-webs/"), (.httpServer, "lighttpd/1.4.59"), (.httpServer, "VCS-VideoJet-Webserver"),
        (.wwwAuthenticate, "Digest realm=\"Hikvision\""), (.httpServer, "Mini web server 1.0 ZTE corp 2005."),
        (.wwwAuthenticate, "Basic realm=\"TP-LINK Wireless N Router WR841N\""), (.sshBanner, "SSH-2.0-OpenSSH_8.4"),
        (.rtspServer, "Dahua Rtsp Server"),
    ]

    func sets(count: Int, random: inout SplitMix64) -> [[Evidence]] {
        let blocks = registry.blocks(bits: 24)
        return (0..<count).map { _ in
            var evidence: [Evidence] = []
            let mask = random.next()
            if mask & 1 != 0 {
                let mac = blocks[Int(random.next() % UInt64(blocks.count))] << 24 | (random.next() & 0xFF_FFFF)
                evidence.append(Evidence(kind: .macAddress, value: MACAddress(value: mac).description))
            }
            if mask & 2 != 0 { evidence.append(Evidence(kind: .brandLabel, value: random.pick(Self.brands))) }
            if mask & 4 != 0 { evidence.append(Evidence(kind: .modelString, value: random.pick(Self.models))) }
            if mask & 8 != 0 {
                evidence.append(Evidence(kind: .sysDescr, value: random.pick(Self.sysDescrs)))
                evidence.append(Evidence(kind: .sysObjectID, value: random.pick(Self.oids)))
            }
            if mask & 16 != 0 {
                let (kind, value) = random.pick(Self.banners)
                evidence.append(Evidence(kind: kind, value: value))
            }
            if evidence.isEmpty { evidence.append(Evidence(kind: .macAddress, value: "06:11:22:33:44:55")) }
            return evidence
        }
    }
}
