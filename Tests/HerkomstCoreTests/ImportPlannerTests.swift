import Foundation
import Testing
@testable import HerkomstCore

@Suite("Import planning: create, update, merge, unchanged, reject")
struct ImportPlannerTests {
    let importedAt = Date(timeIntervalSince1970: 1_764_000_000) // 2025-11-24
    let organisations = [Organisation(slug: "gemeente-den-haag", name: "Gemeente Den Haag", kind: .gemeente)]

    func context(_ file: String, _ authority: SourceAuthority = .register) -> ImportContext {
        ImportContext(fileName: file, checksum: "x", authority: authority, defaultOrganisation: "gemeente-den-haag",
                      importedAt: importedAt)
    }

    func planner() -> ImportPlanner {
        var n = 0
        return ImportPlanner(organisations: organisations, newDeviceID: { n += 1; return "imp-\(n)" })
    }

    func cameraRow(line: Int, serial: String, mac: String, model: String = "DS-2CD2143G2-I") -> ImportRecord {
        var r = ImportRecord(origin: RecordOrigin(file: "cameras.csv", line: line))
        r.deviceClass = .camera
        r.brand = "Hikvision"
        r.model = model
        r.serialNumber = serial
        r.macAddresses = [MACAddress(mac)!]
        r.point = GeoPoint(longitude: 4.2747, latitude: 52.1107)
        r.installed = Day("2019-05-01")
        return r
    }

    func registered(_ plan: ImportPlan) -> [RegisteredDevice] {
        plan.created.map { RegisteredDevice(device: $0.device, currentPlacement: $0.placements.last, evidence: $0.evidence) }
    }

    @Test func newRowsAreCreatedWithTheirEvidenceAndSources() {
        let plan = planner().plan([cameraRow(line: 2, serial: "E1", mac: "4C:BD:8F:00:00:01"),
                                   cameraRow(line: 3, serial: "E2", mac: "4C:BD:8F:00:00:02")],
                                  register: [], context: context("cameras.csv"))
        #expect(plan.created.count == 2)
        #expect(plan.rejected.isEmpty)
        #expect(plan.created[0].device.owner == "gemeente-den-haag")
        #expect(plan.created[0].placements.first?.from == Day("2019-05-01"))
        #expect(plan.created[0].device.macAddresses == [MACAddress("4C:BD:8F:00:00:01")!])
        #expect(plan.fieldSources.contains { $0.deviceID == "imp-1" && $0.accepted.contains(FieldValue(field: "serienummer", value: "E1")) })
    }

    @Test func importingTheSameRowsAgainChangesNothing() {
        let rows = [cameraRow(line: 2, serial: "E1", mac: "4C:BD:8F:00:00:01")]
        let first = planner().plan(rows, register: [], context: context("cameras.csv"))
        let second = planner().plan(rows, register: registered(first), context: context("cameras.csv"))
        #expect(second.created.isEmpty)
        #expect(second.updated.isEmpty)
        #expect(second.merged.isEmpty)
        #expect(second.unchanged == 1)
    }

    @Test func anEditedRowUpdatesOnlyTheEditedField() {
        let first = planner().plan([cameraRow(line: 2, serial: "E1", mac: "4C:BD:8F:00:00:01")], register: [],
                                   context: context("cameras.csv"))
        var edited = cameraRow(line: 2, serial: "E1", mac: "4C:BD:8F:00:00:01", model: "DS-2CD2387G2-LU")
        edited.externalIDs["herkomst"] = "imp-1"
        let second = planner().plan([edited], register: registered(first), context: context("cameras.xlsx"))
        #expect(second.updated.count == 1)
        #expect(second.updated.first?.after.model == "DS-2CD2387G2-LU")
        #expect(second.outcomes.first?.detail == ["model"])
    }

    @Test func aScanOfTheSameUnitMergesItsEvidenceAndKeepsConflictsAside() {
        let first = planner().plan([cameraRow(line: 2, serial: "E1", mac: "4C:BD:8F:00:00:01")], register: [],
                                   context: context("cameras.csv"))
        var scanned = ImportRecord(origin: RecordOrigin(file: "scan.xml", element: "host 10.0.0.5"))
        scanned.macAddresses = [MACAddress("4c-bd-8f-00-00-01")!]
        scanned.ipAddresses = ["10.0.0.5"]
        scanned.model = "DS-2CD2T47G2-L"
        scanned.evidence = [Evidence(kind: .httpServer, value: "App-webs/")]
        let plan = planner().plan([scanned], register: registered(first), context: context("scan.xml", .observation))
        #expect(plan.created.isEmpty)
        let change = try! #require(plan.updated.first)
        #expect(change.after.model == "DS-2CD2143G2-I", "an observation never overwrites a curated value")
        #expect(change.after.ipAddresses == ["10.0.0.5"], "but it fills what the register lacked")
        #expect(change.newEvidence.contains { $0.kind == .httpServer })
        #expect(change.newEvidence.contains { $0.kind == .conflictingValue && $0.value == "model=DS-2CD2T47G2-L" })
        #expect(plan.fieldSources.contains { $0.conflicting.contains { $0.field == "model" } })
    }

    @Test func theSameUnitTwiceInOneFileBecomesOneDevice() {
        var second = ImportRecord(origin: RecordOrigin(file: "cameras.csv", line: 9))
        second.macAddresses = [MACAddress("4C:BD:8F:00:00:01")!]
        second.hostname = "cam-boulevard-01"
        let plan = planner().plan([cameraRow(line: 2, serial: "E1", mac: "4C:BD:8F:00:00:01"), second], register: [],
                                  context: context("cameras.csv"))
        #expect(plan.created.count == 1)
        #expect(plan.created[0].device.hostname == "cam-boulevard-01")
        #expect(plan.mergedCount == 1)
    }

    @Test func duplicateRowsAndRowsWithoutOwnerAreRejectedWithTheirLine() {
        var noOwner = cameraRow(line: 4, serial: "E9", mac: "4C:BD:8F:00:00:09")
        noOwner.owner = nil
        let ctx = ImportContext(fileName: "c.csv", checksum: "x", authority: .register, defaultOrganisation: nil,
                                importedAt: importedAt)
        let plan = planner().plan([noOwner], register: [], context: ctx)
        #expect(plan.rejected.first?.line == 4)
        #expect(plan.rejected.first?.field == "eigenaar")

        let row = cameraRow(line: 2, serial: "E1", mac: "4C:BD:8F:00:00:01")
        var again = row
        again.origin = RecordOrigin(file: "cameras.csv", line: 3)
        let dup = planner().plan([row, again], register: [], context: context("cameras.csv"))
        #expect(dup.rejected.map(\.line) == [3])
        #expect(dup.rejected.first?.message.contains("dubbele regel") == true)
    }

    @Test func unknownOrganisationsAreCreatedAndReported() {
        var r = cameraRow(line: 2, serial: "E1", mac: "4C:BD:8F:00:00:01")
        r.owner = "Politie Eenheid Den Haag"
        r.supplier = "Gemeente Den Haag"
        let plan = planner().plan([r], register: [], context: context("cameras.csv"))
        #expect(plan.newOrganisations.map(\.slug) == ["politie-eenheid-den-haag"])
        #expect(plan.created[0].device.owner == "politie-eenheid-den-haag")
        #expect(plan.created[0].device.supplier == "gemeente-den-haag")
    }

    @Test func invalidRecordsAreRejectedNotStored() {
        var r = cameraRow(line: 7, serial: "E1", mac: "4C:BD:8F:00:00:01")
        r.removed = Day("2018-01-01")
        let plan = planner().plan([r], register: [], context: context("cameras.csv"))
        #expect(plan.created.isEmpty)
        #expect(plan.rejected.first?.line == 7)
        #expect(plan.rejected.first?.field == "verwijderd")
    }
}
