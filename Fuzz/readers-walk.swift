import Foundation
import HerkomstCore

/// libFuzzer entry: any bytes as an SNMP walk. The first byte picks the form (.snmprec or snmpwalk -On).
/// Refusals (`InputProblem`) are fine; a crash, a hang or another kind of error is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWalk(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let body = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let format: DeviceIdentityFormat = data[0] % 2 == 0 ? .snmprec : .snmpwalk
    let reader = DeviceIdentityReader(limits: ReaderLimits(maximumBytes: 1 << 20, maximumLineLength: 4096))
    do {
        let devices = try reader.read(body, fileName: "fuzz.walk", format: format)
        for device in devices {
            // Whatever is reported as a MAC must be a device's own: never zero, never multicast.
            if device.macAddresses.contains(where: { $0.value == 0 || $0.isMulticast }) {
                fatalError("zero or multicast MAC reported: \(device.macAddresses)")
            }
        }
    } catch is InputProblem {
    } catch {
        fatalError("not an InputProblem: \(error)")
    }
    return 0
}
