import Foundation
import HerkomstCore

/// libFuzzer entry: any bytes through the CSV reader. Refusals (`InputProblem`) are fine; a crash, a hang or another
/// kind of error is a finding. The first byte picks a chunk size, so characters, quotes and line breaks get split
/// over chunk boundaries.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var reader = CSVReader(options: TabularReadOptions(limits: TabularLimits(maxFieldBytes: 4096, maxColumns: 300,
                                                                             maxRows: 10_000)))
    reader.chunkSize = Int(data[0] % 64) + 1
    do {
        let result = try reader.read(.bytes(bytes, name: "fuzz.csv"))
        // Whatever was read and says what it is must survive the writer and read back the same. (The export
        // leaves out the maker and unmapped columns, so other records may come back empty or as duplicates.)
        let exportable = result.records.filter { $0.deviceClass != nil || $0.brand != nil || $0.model != nil }
        let sheet = TabularRegisterExport.sheet(exportable)
        let again = try CSVReader().read(.bytes(CSVWriter().write(sheet), name: "again.csv"))
        if again.problems.isEmpty {
            let written = exportable.map { r -> ImportRecord in
                var c = r; c.origin = RecordOrigin(file: ""); c.unmapped = [:]; c.manufacturer = nil
                c.externalIDs = c.externalIDs.filter { ["herkomst", "extern"].contains($0.key) }
                return c
            }
            let read = again.records.map { r -> ImportRecord in var c = r; c.origin = RecordOrigin(file: ""); return c }
            if written != read { fatalError("round trip changed records:\n\(written)\n→\n\(read)") }
        }
    } catch is InputProblem {
    } catch {
        fatalError("unexpected error \(error)")
    }
    return 0
}
