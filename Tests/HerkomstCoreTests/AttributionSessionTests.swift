import Foundation
import Testing
@testable import HerkomstCore

/// A session must answer exactly what the engine answers, set for set: it only saves work.
@Suite("Attribution session")
struct AttributionSessionTests {
    let engine = Fixture.engine()

    static let brands = ["Hikvision", "HiLook", "HPE", "Axis", "Nedap", "Merk dat niemand kent", ""]
    static let models = ["DS-2CD2143G2-I", "5130 EI", "5900AF-48G-4X", "P1455-LE", ""]
    /// Registered blocks (MA-L, an MA-M inside an MA-L, the rest of that MA-L, a component maker) and the
    /// addresses that say nothing (local, multicast, unregistered, not a MAC).
    static let macPrefixes: [String?] = ["4C:BD:8F", "40:2C:76:1", "40:2C:76:2", "24:0A:C4", "00:40:8C", "06:11:22",
                                         "01:00:5E", "12:34:56", "00:00:00", nil]

    /// Deterministic, varied sets shaped like devices: brand, model, one or two MACs, sometimes a sysDescr.
    static func sets(rounds: Int) -> [[Evidence]] {
        var sets: [[Evidence]] = []
        var n = 0
        for round in 0..<rounds {
            for (b, brand) in brands.enumerated() {
                for (m, model) in models.enumerated() {
                    n += 1
                    var evidence: [Evidence] = []
                    if !brand.isEmpty { evidence.append(Evidence(kind: .brandLabel, value: brand, source: "register")) }
                    if !model.isEmpty { evidence.append(Evidence(kind: .modelString, value: model, source: "register")) }
                    let prefix = macPrefixes[(b + m + round) % macPrefixes.count]
                    evidence.append(Evidence(kind: .macAddress, value: mac(prefix, n)))
                    if (b * m + round) % 4 == 0 {
                        // A second interface: in the same block, or the same address again from another source.
                        let again = round % 2 == 0 ? mac(prefix, n) : mac(prefix, n + 1)
                        evidence.append(Evidence(kind: .macAddress, value: again, source: "scan"))
                    }
                    if (b + round) % 5 == 0 {
                        evidence.append(Evidence(kind: .sysDescr, value: "HP Comware Platform Software, Version 7.1.045"))
                    }
                    sets.append(evidence)
                }
            }
        }
        return sets
    }

    /// A MAC in the block, numbered; in lower case with dashes now and then, as spreadsheets write them.
    static func mac(_ prefix: String?, _ n: Int) -> String {
        guard let prefix else { return "4C:BD:8F:\(n % 100)" }
        let digits = prefix.filter { $0 != ":" }
        let tail = String(n, radix: 16, uppercase: true)
        let hex = digits + String(repeating: "0", count: max(0, 12 - digits.count - tail.count)) + tail.suffix(12 - digits.count)
        let grouped = stride(from: 0, to: 12, by: 2).map { i in
            String(hex[hex.index(hex.startIndex, offsetBy: i)..<hex.index(hex.startIndex, offsetBy: i + 2)])
        }
        return n % 7 == 0 ? grouped.joined(separator: "-").lowercased() : grouped.joined(separator: ":")
    }

    @Test func givesTheEnginesAnswerForEverySet() {
        // The rounds repeat their choices of block, second MAC and sysDescr every 20 rounds.
        let sets = Self.sets(rounds: 40)
        var session = engine.session()
        var different: [String] = []
        for evidence in sets where session.attribute(evidence) != engine.attribute(evidence) {
            different.append(evidence.map(\.value).joined(separator: " "))
        }
        #expect(different.isEmpty, "\(different.count) sets differ, first: \(different.first ?? "")")
        // The memo did its work: most sets repeat a shape already seen.
        #expect(session.hits > sets.count / 2)
        #expect(session.hits + session.misses + session.direct == sets.count)
    }

    @Test func aFullMemoStartsAfreshAndStillAnswersTheSame() {
        let sets = Self.sets(rounds: 4)
        var session = engine.session(capacity: 3)
        for evidence in sets { #expect(session.attribute(evidence) == engine.attribute(evidence)) }
        #expect(session.misses > 3)
    }

    @Test func setsThatNeverRepeatGoStraightToTheEngineWithTheSameAnswers() {
        // Every set a model of its own: nothing to remember.
        let sets = (0..<5000).map { n in
            [Evidence(kind: .brandLabel, value: "Hikvision"), Evidence(kind: .modelString, value: "DS-2CD\(n)"),
             Evidence(kind: .macAddress, value: Self.mac("4C:BD:8F", n))]
        }
        var session = engine.session()
        for evidence in sets { #expect(session.attribute(evidence) == engine.attribute(evidence)) }
        #expect(session.hits == 0)
        #expect(session.direct > 3000)
        #expect(session.hits + session.misses + session.direct == sets.count)
    }

    @Test func eachDeviceKeepsItsOwnMACValueInTheEvidence() {
        var session = engine.session()
        let first = session.attribute([Evidence(kind: .brandLabel, value: "Hikvision"),
                                       Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01")])
        let second = session.attribute([Evidence(kind: .brandLabel, value: "Hikvision"),
                                        Evidence(kind: .macAddress, value: "4c-bd-8f-00-00-02")])
        #expect(session.hits == 1)
        #expect(first.evidence[1].value == "4C:BD:8F:00:00:01")
        #expect(second.evidence[1].value == "4c-bd-8f-00-00-02")
        #expect(second.evidence[1].reference?.hasPrefix("IEEE MA-L 4C-BD-8F") == true)
        #expect(second.manufacturer?.id == "hikvision")
    }

    @Test func anMAMBlockInsideAnMALIsItsOwnShape() {
        var session = engine.session()
        let scale = [Evidence(kind: .macAddress, value: "40:2C:76:10:00:01")]
        let authority = [Evidence(kind: .macAddress, value: "40:2C:76:20:00:01")]
        #expect(session.attribute(scale) == engine.attribute(scale))
        #expect(session.attribute(authority) == engine.attribute(authority))
        #expect(session.attribute(authority).manufacturer == nil)
        #expect(session.attribute(scale).manufacturer?.name == "Shanghai Dahua Scale Factory")
        #expect(session.misses == 2)
    }

    @Test func theSameMACTwiceIsNotTheShapeOfTwoMACs() {
        var session = engine.session()
        let twice = [Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01"), Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01")]
        let two = [Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01"), Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:02")]
        #expect(session.attribute(twice) == engine.attribute(twice))
        #expect(session.attribute(two) == engine.attribute(two))
        #expect(session.attribute(two).evidence.count == 2)
        #expect(session.attribute(twice).evidence.count == 1)
    }

    @Test func attributingAllOnSeveralThreadsKeepsTheOrder() {
        // Enough sets for three threads.
        let sets = Array(Self.sets(rounds: 200).prefix(6500))
        let all = engine.attributeAll(sets, threads: 3)
        #expect(all.count == sets.count)
        #expect(all == sets.map { engine.attribute($0) })
        #expect(engine.attributeAll([], threads: 4).isEmpty)
    }

    @Test func theDefaultBlockIsTheBlockTheRegistryAnswersWith() {
        let registry = Fixture.macs
        #expect(registry.block(of: MACAddress("40:2C:76:10:00:01")!) == MACBlock(bits: 28, prefix: 0x402C761))
        #expect(registry.block(of: MACAddress("40:2C:76:20:00:01")!) == MACBlock(bits: 24, prefix: 0x402C76))
        #expect(registry.block(of: MACAddress("12:34:56:00:00:01")!) == nil)
    }

    @Test func macParsingRejectsTooManyDigits() {
        #expect(MACAddress("4C:BD:8F:12:34:56:78") == nil)
        #expect(MACAddress("4CBD8F1234567") == nil)
        #expect(MACAddress("4C:BD:8F:12:34:56")?.value == 0x4CBD8F123456)
        #expect(MACAddress(value: 0x00075F0A0B0C).description == "00:07:5F:0A:0B:0C")
        #expect(MACAddress(value: 0xFFFFFFFFFFFF).description == "FF:FF:FF:FF:FF:FF")
        #expect(MACAddress(value: 0).description == "00:00:00:00:00:00")
        for value: UInt64 in [0x123456789ABC, 0xFEDCBA987654, 0x0A0B0C0D0E0F] {
            #expect(MACAddress(MACAddress(value: value).description)?.value == value)
        }
    }

    @Test func collectedEvidenceLeavesOutWhatTheDeviceAlreadySays() {
        let device = Device(id: "d1", deviceClass: .camera, brand: "Hikvision", model: "DS-2CD2143G2-I",
                            macAddresses: [MACAddress("4C:BD:8F:00:00:01")!], owner: "gemeente-den-haag")
        let stored = [Evidence(kind: .brandLabel, value: "Hikvision", source: "scan"),
                      Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01", source: "scan"),
                      Evidence(kind: .sysDescr, value: "Hikvision camera", source: "snmp"),
                      Evidence(kind: .sysDescr, value: "Hikvision camera", source: "snmp, later"),
                      Evidence(kind: .externalID, value: "osm:node/1")]
        let items = DeviceEvidence.collect(device, stored: stored)
        #expect(items.map(\.kind) == [.brandLabel, .modelString, .macAddress, .sysDescr])
        #expect(items.map(\.source) == ["register", "register", "register", "snmp"])
    }
}
