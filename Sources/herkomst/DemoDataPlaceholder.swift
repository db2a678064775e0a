import Foundation
import HerkomstCore

// Temporary until the spreadsheet writers land.
enum RegisterSheets {
    static func csv(_ s: [DeviceSnapshot], public: Bool) -> Data { Data() }
    static func xlsx(_ s: [DeviceSnapshot], public: Bool) throws -> Data { Data() }
}
