import Foundation
import HerkomstCore

// Temporary until the demo generator lands in Core.
enum DemoData {
    struct Dataset { var organisations: [Organisation]; var registrations: [DeviceRegistration] }
    static func generate(today: Day) -> Dataset { Dataset(organisations: [], registrations: []) }
}

// Temporary until the spreadsheet writers land.
enum RegisterSheets {
    static func csv(_ s: [DeviceSnapshot], public: Bool) -> Data { Data() }
    static func xlsx(_ s: [DeviceSnapshot], public: Bool) throws -> Data { Data() }
}
