import Foundation
import HerkomstCore

/// libFuzzer entry: any bytes as an XLSX workbook. Refusals (`InputProblem`) are fine; crashes and other errors are
/// findings. Limits are small so that a mutated size field cannot make one run take long.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = TabularLimits(maxFieldBytes: 4096, maxColumns: 300, maxRows: 10_000, maxArchiveEntries: 64,
                               maxEntryUncompressedBytes: 4 << 20, maxTotalUncompressedBytes: 8 << 20)
    do {
        _ = try XLSXReader(options: TabularReadOptions(limits: limits)).read(.bytes(bytes, name: "fuzz.xlsx"))
    } catch is InputProblem {
    } catch {
        fatalError("unexpected error \(error)")
    }
    return 0
}
