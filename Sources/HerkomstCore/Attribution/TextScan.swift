/// A piece of free text (sysDescr, a banner, a label) cut up once for every matcher that reads it:
/// lower-cased word tokens (letters and digits) as hashes for phrase matching, and the whitespace-separated
/// words in upper case for model-number grammars.
struct TextScan {
    /// FNV-1a hashes of the lower-cased runs of letters and digits, in order.
    var tokens: [UInt64] = []
    /// Whitespace/punctuation-separated words that keep `-`, `/`, `.`, `_` and `+` (model numbers), upper-cased.
    var words: [[UInt8]] = []
    /// The same words as written, for reporting a model.
    var originalWords: [Substring] = []

    init(_ text: String) {
        var hash: UInt64 = TextScan.fnvOffset
        var inToken = false
        var word: [UInt8] = []
        let utf8 = text.utf8
        var wordStart = utf8.startIndex
        var index = utf8.startIndex
        func endWord(at end: String.UTF8View.Index) {
            while let last = word.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "-") || last == UInt8(ascii: "/") {
                word.removeLast()
            }
            if !word.isEmpty {
                let original = text[wordStart..<end].utf8.prefix(word.count)
                words.append(word)
                originalWords.append(Substring(original))
                word.removeAll(keepingCapacity: true)
            }
        }
        while index != utf8.endIndex {
            let byte = utf8[index]
            let lower = (byte >= 65 && byte <= 90) ? byte + 32 : byte
            let isAlnum = (lower >= 97 && lower <= 122) || (byte >= 48 && byte <= 57) || byte >= 0x80
            if isAlnum {
                hash = (hash ^ UInt64(lower)) &* TextScan.fnvPrime
                inToken = true
            } else if inToken {
                tokens.append(hash)
                hash = TextScan.fnvOffset
                inToken = false
            }
            if TextScan.isWordByte(byte) {
                if word.isEmpty { wordStart = index }
                word.append((byte >= 97 && byte <= 122) ? byte - 32 : byte)
            } else if !word.isEmpty {
                endWord(at: index)
            }
            index = utf8.index(after: index)
        }
        if inToken { tokens.append(hash) }
        if !word.isEmpty { endWord(at: utf8.endIndex) }
    }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "+"):
            return true
        default:
            return false
        }
    }

    /// The token hashes of a phrase, cut the same way as text.
    static func phraseTokens(_ phrase: String) -> [UInt64] { TextScan(phrase).tokens }
}
