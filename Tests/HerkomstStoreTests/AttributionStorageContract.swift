import Foundation
import HerkomstCore
@testable import HerkomstStore
import SQLKit
import Testing

/// Attributions are stored as verdicts with the version of the reference data that made them, and explained again
/// on read by an attributor that runs on that same version.
extension StoreContract {
    static let hikvision = VendorRef(id: "hikvision", name: "Hangzhou Hikvision Digital Technology Co., Ltd.", country: "CN")

    /// An engine stand-in whose explanation quotes every piece of evidence it was given, so a test can see what the
    /// store handed it. The real engine is tested in the Core and Reference suites.
    static func quotingAttributor(version: String) -> Attributor {
        Attributor(referenceVersion: version) { evidence in
            Attribution(manufacturer: hikvision, countryOfOrigin: "CN", highRisk: true, confidence: 0.9,
                        evidence: evidence.map {
                            EvidenceContribution(kind: $0.kind, value: $0.value, finding: "gezien", reference: nil, weight: 0.5)
                        })
        }
    }

    static func attributionsAreVerdictsExplainedOnRead(_ store: SQLRegisterStore) async throws {
        try await seed(store)
        try await store.register([camera("cam-1"), camera("cam-2")], actor: "test")
        let attributor = try #require(store.attributor)
        let full = attributor.attribute([Evidence(kind: .brandLabel, value: "Hikvision")])
        try await store.attribute([(deviceID: "cam-1", attribution: full), (deviceID: "cam-2", attribution: full)],
                                  referenceVersion: attributor.referenceVersion, actor: "test")

        // Read with the same reference data: explained from the device's own fields and its stored evidence.
        let read = try #require(try await store.device(id: "cam-1", asOf: Day("2020-01-01")!)?.attribution)
        #expect(read.manufacturer?.id == "hikvision" && read.highRisk == true)
        #expect(read.evidence.map(\.value).contains("App-webs/"), "stored evidence: \(read.evidence.map(\.value))")
        #expect(read.evidence.map(\.value).contains("DS-2CD2143G2-I"), "the device's model")

        // What is stored is the verdict alone, with a short key for the version.
        let stored = try await AttributionRows.verdicts(deviceIDs: ["cam-1"], in: store.connection.sql)
        #expect(stored["cam-1"] == AttributionRows.verdict(of: full))
        #expect(stored["cam-1"]?.evidence.isEmpty == true)
        let key = try await store.connection.sql.raw("SELECT reference_version FROM attributions WHERE device_id = 'cam-1'")
            .first()?.decode(column: "reference_version", as: String.self)
        #expect(key == AttributionRows.versionKey(attributor.referenceVersion) && key?.count == 17)

        // Other reference data: out of date, listed for attribution again; until then the verdict is shown as stored.
        #expect(try await store.devicesToAttribute(referenceVersion: attributor.referenceVersion).isEmpty)
        #expect(try await store.devicesToAttribute(referenceVersion: "andere-versie").map(\.deviceID).sorted() == ["cam-1", "cam-2"])
        try await store.attribute(deviceID: "cam-2", full, referenceVersion: "andere-versie", actor: "test")
        let stale = try #require(try await store.device(id: "cam-2", asOf: Day("2020-01-01")!)?.attribution)
        #expect(stale == AttributionRows.verdict(of: full), "not explained with data it was not made with")

        // A row written before verdicts (the whole attribution as JSON) still reads back whole.
        let legacy = Attribution(manufacturer: hikvision, countryOfOrigin: "CN", highRisk: true, confidence: 0.8,
                                 evidence: [EvidenceContribution(kind: .macAddress, value: "4C:BD:8F:00:00:01",
                                                                 finding: "oud", reference: "IEEE", weight: 0.6)])
        try await store.connection.sql.raw("""
            UPDATE attributions SET data = \(bind: try StoredJSON.text(legacy)) WHERE device_id = 'cam-2'
            """).run()
        #expect(try await store.device(id: "cam-2", asOf: Day("2020-01-01")!)?.attribution == legacy)
    }
}
