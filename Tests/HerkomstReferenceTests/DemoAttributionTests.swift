import Foundation
import Testing
import HerkomstCore
import HerkomstReference

/// The demo register of The Hague, attributed from its own evidence the way the register does it.
@Suite("Attributing the demo register")
struct DemoAttributionTests {
    @Test func everyDemoDeviceGetsTheVerdictItsStoryNeeds() throws {
        let engine = try ReferenceData.loadShipped().makeEngine()
        let dataset = DemoData.generate(today: Day(year: 2025, month: 6, day: 1)!)
        #expect(dataset.registrations.count > 1000)
        var wrong: [String] = []
        for registration in dataset.registrations {
            let device = registration.device
            let a = engine.attribute(DeviceEvidence.collect(device, stored: registration.evidence))
            let brand = device.brand ?? ""
            let expected: (maker: String?, highRisk: Bool?)
            switch brand {
            case "Hikvision", "HiLook": expected = ("hikvision", true)
            case "Dahua": expected = ("dahua", true)
            case "Huawei": expected = ("huawei", true)
            case "HPE": expected = ("h3c", true)
            case "Uniview": expected = ("uniview", true)
            case "Axis": expected = ("axis", false)
            case "Bosch": expected = ("bosch", false)
            case "": expected = (nil, nil)
            default: expected = (a.manufacturer?.id, a.highRisk)
            }
            if a.manufacturer?.id != expected.maker || a.highRisk != expected.highRisk {
                wrong.append("\(device.id) \(brand): \(a.manufacturer?.id ?? "onbekend") hoogRisico \(String(describing: a.highRisk))")
            }
            // Every device with a brand is attributed; none of the non-Chinese makers is high-risk by a Chinese module.
            if !brand.isEmpty && a.manufacturer == nil { wrong.append("\(device.id) \(brand): geen fabrikant") }
            if ["SODAQ", "Nedap", "Sorama", "Xovis", "Siemens", "Cisco", "Juniper", "Mobotix"].contains(brand), a.highRisk != false {
                wrong.append("\(device.id) \(brand): hoogRisico \(String(describing: a.highRisk))")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) devices: \(wrong.prefix(10).joined(separator: "; "))")
    }
}
