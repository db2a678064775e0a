import Foundation
import Testing
import HerkomstCore
import HerkomstReference

/// With the real catalogue and IEEE registries: the fast ways to attribute many devices answer what the engine does.
@Suite("Attribution session with the shipped reference data")
struct AttributionSessionWithShippedDataTests {
    @Test func theDemoRegisterGetsTheSameAttributionsWithAndWithoutTheSession() throws {
        let engine = try ReferenceData.loadShipped().makeEngine()
        let dataset = DemoData.generate(today: Day(year: 2025, month: 6, day: 1)!)
        let sets = dataset.registrations.map { DeviceEvidence.collect($0.device, stored: $0.evidence) }
        let expected = sets.map { engine.attribute($0) }
        var session = engine.session()
        let remembered = sets.map { session.attribute($0) }
        let firstDifference = remembered.indices.first { remembered[$0] != expected[$0] }
        #expect(firstDifference == nil, "eerste verschil bij \(firstDifference.map { dataset.registrations[$0].device.id.description } ?? "")")
        #expect(session.hits > 0)
        // The demo twice over, on two threads.
        let all = engine.attributeAll(sets + sets, threads: 2)
        #expect(all == expected + expected)
    }

    @Test func theAttributorOfTheImportAnswersWhatTheEngineAnswers() async throws {
        let data = try ReferenceData.loadShipped()
        let engine = data.makeEngine()
        let dataset = DemoData.generate(today: Day(year: 2025, month: 6, day: 1)!)
        // Repeated until there is work for more than one thread.
        var devices: [(device: Device, evidence: [Evidence])] = []
        while devices.count < 10_000 { devices += dataset.registrations.map { ($0.device, $0.evidence) } }
        let attributions = await data.makeAttributor().attribute(devices)
        #expect(attributions.count == devices.count)
        let wrong = zip(devices, attributions).filter { engine.attribute(DeviceEvidence.collect($0.0.device, stored: $0.0.evidence)) != $0.1 }
        #expect(wrong.isEmpty, "\(wrong.count) apparaten anders, eerste: \(wrong.first.map { $0.0.device.id } ?? "")")
    }

    @Test func importedRowsOfSixMakersWithSequentialMACs() throws {
        let data = try ReferenceData.loadShipped()
        let engine = data.makeEngine()
        let registry = try data.macRegistry()
        let makers: [(brand: String, model: String, oui: UInt64)] = [
            ("Axis", "P1455-LE", 0xACCC8E), ("Bosch", "FLEXIDOME IP 5000i", 0x00075F),
            ("Hikvision", "DS-2CD2143G2-I", 0xC056E3), ("Libelium", "Smart Environment PRO", 0x001FC5),
            ("Nedap", "SENSIT", 0x0017AB), ("Cisco", "C9200-24P", 0x001B54),
        ]
        // Also an MA-M block's MACs under a brand, so a more specific block than the OUI is in play.
        let maM = try #require(registry.blocks(bits: 28).first)
        var session = engine.session()
        var checked = 0
        for i in stride(from: 0, to: 3_000_000, by: 997) {
            let m = makers[i % makers.count]
            let mac = i % 5 == 0 ? MACAddress(value: maM << 20 | UInt64(i & 0xF_FFFF))
                                 : MACAddress(value: m.oui << 24 | UInt64(i & 0xFF_FFFF))
            let evidence = [Evidence(kind: .brandLabel, value: m.brand, source: "register"),
                            Evidence(kind: .modelString, value: m.model, source: "register"),
                            Evidence(kind: .macAddress, value: mac.description, source: "register")]
            let fast = session.attribute(evidence)
            #expect(fast == engine.attribute(evidence))
            #expect(fast.evidence[2].value == mac.description)
            checked += 1
        }
        #expect(checked > 3000)
        #expect(session.hits > checked - 20)
    }
}
