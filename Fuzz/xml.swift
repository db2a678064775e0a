import Foundation
import HerkomstCore

/// libFuzzer entry: any bytes as worksheet XML, through the safety check, the scanner and the sheet reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var scanner = XLSXXMLScanner(bytes)
    do {
        while try scanner.next() != nil {}
    } catch is XLSXXMLError {
    } catch {
        fatalError("unexpected error \(error)")
    }
    do {
        try TabularXMLSafety.check(bytes, file: "fuzz.xlsx", part: "sheet1.xml")
        var parts = XLSXWorkbookParts.empty
        parts.sharedStrings = ["merk", "model", "Axis"]
        parts.dateStyles = [1]
        let limits = TabularLimits(maxFieldBytes: 4096, maxColumns: 300)
        let reader = XLSXSheetReader(file: "fuzz.xlsx", part: "sheet1.xml", parts: parts, limits: limits)
        var assembler = TabularSheetAssembler(fileName: "fuzz.xlsx", options: TabularReadOptions(limits: limits))
        try reader.forEachRow(bytes, columnName: { _ in nil }) { cells, row in try assembler.add(cells, line: row) }
        _ = try assembler.finish()
    } catch is InputProblem {
    } catch {
        fatalError("unexpected error \(error)")
    }
    return 0
}
