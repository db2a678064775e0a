/// Protection against spreadsheet formula injection (CSV/XLSX "DDE" attacks): a text cell that starts with
/// `=`, `+`, `-`, `@`, tab or carriage return would be run as a formula by Excel or LibreOffice, so writers put a
/// `'` in front. Readers take exactly that `'` off again, so the round trip export → edit → import is lossless.
///
/// To stay lossless for text that itself starts with quotes before such a character (`'=x`), the writer adds one
/// `'` to any run of quotes followed by a dangerous character, and the reader removes one from such a run.
public enum TabularFormulaGuard {
    static func isDangerous(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "=") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || c == UInt8(ascii: "@")
            || c == 0x09 || c == 0x0D
    }

    /// True when the text is a run of `'` (possibly empty) followed by a dangerous character.
    private static func needsGuard<S: Sequence<UInt8>>(_ bytes: S) -> Bool {
        for c in bytes {
            if c == UInt8(ascii: "'") { continue }
            return isDangerous(c)
        }
        return false
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
