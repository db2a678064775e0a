/// Finds the delimiter from the first lines: the candidate that splits the header into the most columns while
/// the rows below have the same number. Dutch Excel writes `;` (the comma is the decimal separator), others `,`,
/// "Unicode text" a tab.
enum CSVDelimiterDetection {
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09, UInt8(ascii: "|")]

    /// `sample` is UTF-8 from the start of the file; `isComplete` says whether it is the whole file.
    static func detect(_ sample: [UInt8], isComplete: Bool) -> UInt8 {
        var best: (delimiter: UInt8, score: (Double, Int))?
        for candidate in candidates {
            var parser = CSVParser(delimiter: candidate, maxFieldBytes: Int.max, maxColumns: Int.max)
            var counts: [Int] = []
            do {
                try sample.withUnsafeBufferPointer { buffer in
                    try parser.feed(buffer) { row, _ in
                        if counts.count < 50 { counts.append(row.count) }
                    }
                }
                if isComplete { try parser.finish { row, _ in counts.append(row.count) } }
            } catch {
                continue
            }
            guard let header = counts.first, header >= 2 else { continue }
            let rows = counts.dropFirst()
            let consistency = rows.isEmpty ? 1 : Double(rows.filter { $0 == header }.count) / Double(rows.count)
            let score = (consistency, header)
            if best == nil || score > best!.score { best = (candidate, score) }
        }
        return best?.delimiter ?? UInt8(ascii: ",")
    }
}
