/// Protection against spreadsheet formula injection (CSV/XLSX "DDE" attacks): a text cell that starts with
/// `=`, `+`, `-`, `@`, tab or carriage return would be run as a formula by Excel or LibreOffice, and text that looks
/// like a number would be converted to one, so writers put a `'` in front. Readers take exactly that `'` off again, so the round trip export → edit → import is lossless.
///
/// To stay lossless for text that itself starts with quotes before such a character (`'=x`), the writer adds one
/// `'` to any run of quotes followed by a dangerous character, and the reader removes one from such a run.
public enum TabularFormulaGuard {
    static func isDangerous(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "=") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || c == UInt8(ascii: "@")
            || c == 0x09 || c == 0x0D
    }

    /// True when the text is a run of `'` (possibly empty) followed by a dangerous character, or by something a
    /// spreadsheet would turn into a number (a serial number such as `404754734001050102` would lose its last
    /// digits, `007` its zeros, firmware `5.70` its trailing zero).
    private static func needsGuard<S: Collection<UInt8>>(_ bytes: S) -> Bool {
        guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: "'") }) else { return false }
        if isDangerous(bytes[start]) { return true }
        return looksNumeric(bytes[start...])
    }

    /// Digits with at most one decimal point or comma.
    private static func looksNumeric<S: Collection<UInt8>>(_ bytes: S) -> Bool {
        var digits = 0, separators = 0
        for c in bytes {
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { digits += 1 }
            else if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") { separators += 1 }
            else { return false }
        }
        return digits > 0 && separators <= 1
    }

    /// The text as a writer must put it in a cell.
    public static func neutralise(_ text: String) -> String {
        needsGuard(text.utf8) ? "'" + text : text
    }

    /// The text as it was before `neutralise`; text that was never neutralised comes back unchanged.
    public static func restore(_ text: String) -> String {
        guard text.utf8.first == UInt8(ascii: "'"), needsGuard(text.utf8.dropFirst()) else { return text }
        return String(text.dropFirst())
    }
}
