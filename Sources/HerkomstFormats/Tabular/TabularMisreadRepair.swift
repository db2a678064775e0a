/// Undoes one specific, recognisable mistake of a converting program: reading a UTF-8 file as Windows-1252.
/// LibreOffice's headless `--convert-to xlsx` does exactly that with a UTF-8 CSV unless given a filter option, and
/// leaves the proof in the first cell: the UTF-8 byte-order mark turned into "ï»¿". Only when that mark is
/// there are the sheet's texts repaired (`CafÃ©` → `Café`), and a cell is only changed when it re-encodes to
/// Windows-1252 and that is valid UTF-8 — so correct text can never be damaged.
enum TabularMisreadRepair {
    static let misreadByteOrderMark = "\u{EF}\u{BB}\u{BF}"
    static let byteOrderMark = "\u{FEFF}"

    /// The text as it was before the misreading, or the text itself when it was not misread.
    static func repair(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let byte = windows1252Byte(scalar) else { return text }
            bytes.append(byte)
        }
        var validator = UTF8Validator()
        validator.feed(bytes[...])
        guard validator.finish() else { return text }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let inverse: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for byte in UInt8(0x80)...UInt8(0x9F) { table[Windows1252.scalar(byte).value] = byte }
        return table
    }()

    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        return inverse[scalar.value]
    }
}
