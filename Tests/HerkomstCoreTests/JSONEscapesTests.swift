import HerkomstCore
import Testing

@Suite("JSON escapes and hex digits")
struct JSONEscapesTests {
    @Test("one-letter escapes stand for their byte; u and unknown letters do not")
    func letters() {
        let pairs: [(Character, UInt8)] = [("\"", 0x22), ("\\", 0x5C), ("/", 0x2F), ("b", 0x08), ("f", 0x0C),
                                           ("n", 0x0A), ("r", 0x0D), ("t", 0x09)]
        for (letter, byte) in pairs { #expect(JSONEscapes.byte(for: letter.asciiValue!) == byte, "\\\(letter)") }
        for letter in "uxa0'" { #expect(JSONEscapes.byte(for: letter.asciiValue!) == nil, "\\\(letter)") }
    }

    @Test("\\u escapes: four hex digits of either case, surrogate pairs combined, anything else refused")
    func unicode() {
        func unit(_ text: String, at start: Int = 0) -> UInt32? {
            Array(text.utf8).withUnsafeBufferPointer { JSONEscapes.codeUnit($0, at: start) }
        }
        #expect(unit("00e9") == 0xE9)
        #expect(unit("D83d") == 0xD83D)
        #expect(unit("x00e9", at: 1) == 0xE9)
        #expect(unit("00g9") == nil)
        #expect(unit("00e") == nil, "three digits")
        #expect(JSONEscapes.isHighSurrogate(0xD83D) && !JSONEscapes.isHighSurrogate(0xDCF7))
        #expect(JSONEscapes.combine(high: 0xD83D, low: 0xDCF7) == 0x1F4F7, "📷")
        #expect(JSONEscapes.combine(high: 0xD83D, low: 0x0041) == nil, "no low surrogate")
    }

    @Test func hexDigits() {
        #expect("09afAF".utf8.map(HexDigits.value) == [0, 9, 10, 15, 10, 15])
        #expect("gG :".utf8.map(HexDigits.value) == [nil, nil, nil, nil])
    }
}
