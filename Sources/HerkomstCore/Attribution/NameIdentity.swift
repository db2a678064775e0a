/// Organisation names compared by identity: two spellings are the same organisation only when they are equal after
/// folding case, punctuation, parenthesised remarks and legal-form suffixes ("Co., Ltd.", "GmbH", "Inc.").
/// Never by substring: "Shanghai Dahua Scale Factory" stays a different organisation from "Zhejiang Dahua Technology".
public enum NameIdentity {
    /// Words that say what legal form a company has, not who it is; dropped only at the end of a name.
    static let legalForms: Set<String> = [
        "co", "corp", "corporation", "company", "ltd", "limited", "inc", "incorporated", "llc", "gmbh", "ag", "ab",
        "sa", "bv", "nv", "spa", "srl", "plc", "kg", "oy", "as", "asa", "sas", "pte", "pty", "kk", "se", "cv",
        "ltda", "sl", "sro", "oyj", "lp", "llp",
    ]

    /// The identity key of a name: lower-case words of letters and digits, remarks in parentheses removed,
    /// trailing legal forms removed. Returns "" for a name with no words.
    public static func key(_ name: String) -> String {
        var words: [String] = []
        var current: [UInt8] = []
        var depth = 0
        func flush() {
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["):
                flush(); depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                flush(); depth = max(0, depth - 1)
            case _ where depth > 0:
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                current.append(byte)
            case UInt8(ascii: "&"):
                flush(); words.append("and")
            default:
                flush()
            }
        }
        flush()
        while words.count > 1, let last = words.last, legalForms.contains(last) {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    /// Words that say where a company sits or what line of business it is in, not who it is: "Beijing Raisecom
    /// Scientific & Technology Development Co., Ltd." (IANA) and "Raisecom Technology CO., LTD" (IEEE) are one
    /// registrant. Only for matching a registrant across registries; never to merge two catalogued makers.
    static let descriptiveWords: Set<String> = Set([
        "and", "the", "of", "technology", "technologies", "tech", "science", "sciences", "scientific", "development",
        "electric", "electrical", "electronic", "electronics", "industrial", "industries", "industry", "communication",
        "communications", "telecommunication", "telecommunications", "telecom", "network", "networks", "networking",
        "system", "systems", "information", "intelligent", "group", "holding", "holdings", "international", "global",
        "enterprise", "enterprises", "solutions", "products", "equipment", "manufacturing", "trading", "joint", "stock",
        "share", "shares", "high", "new", "hi", "general", "generic", "digital", "smart", "security", "video",
        "vision", "camera", "cameras", "china", "chinese",
    ]).union(chinesePlaces)

    /// Cities and provinces of mainland China as they open registrants' names ("Shenzhen Gotron Electronic Co.,
    /// Ltd.", "Zhejiang Dahua Technology").
    static let chinesePlaces: Set<String> = [
        "beijing", "shanghai", "shenzhen", "hangzhou", "zhejiang", "chengdu", "guangzhou", "guangdong", "jiangsu",
        "nanjing", "wuhan", "xiamen", "fujian", "suzhou", "tianjin", "chongqing", "hefei", "qingdao", "shandong",
        "dongguan", "zhuhai", "sichuan", "hubei", "hunan", "changsha", "ningbo", "xian", "foshan", "huizhou",
        "zhongshan", "wuxi", "changzhou", "kunshan", "jiaxing", "wenzhou", "quanzhou", "fuzhou", "zhengzhou", "henan",
        "hebei", "anhui", "jiangxi", "nanchang", "shaanxi", "shanxi", "liaoning", "shenyang", "dalian", "jinan",
        "yunnan", "kunming", "guangxi", "guizhou", "jilin", "harbin", "heilongjiang", "shijiazhuang", "taiyuan",
    ]

    /// The place a name gives away when nothing else says where its bearer sits: a registrant whose IEEE entry has
    /// no address, but whose name holds a mainland Chinese city or province (parenthesised remarks do not count:
    /// "Bosch Security Systems (Suzhou)" is not thereby Chinese). Returns the place found.
    public static func chinesePlace(in name: String) -> String? {
        key(name).split(separator: " ").first { chinesePlaces.contains(String($0)) }.map(String.init)
    }

    /// The words of `key(_:)` without legal forms anywhere: "Raisecom Technology CO., LTD" → {raisecom, technology}.
    public static func words(_ name: String) -> Set<String> {
        Set(key(name).split(separator: " ").map(String.init)).subtracting(legalForms)
    }

    /// The words of a name that identify the organisation: `key(_:)` without legal forms, places and descriptive
    /// words anywhere. Nil when fewer than five letters are left: "Gcom, Inc." (US) and "GCOM Technologies Co.,
    /// Ltd." (China) are not one company, and short names repeat around the world.
    public static func distinctiveKey(_ name: String) -> String? {
        let joined = distinctiveWords(name)
        return joined.count >= 5 ? joined : nil
    }

    /// `distinctiveKey` without the minimum length: "QNAP Systems, Inc." → "qnap". Only for a match that also
    /// demands the same words otherwise.
    public static func distinctiveWords(_ name: String) -> String {
        key(name).split(separator: " ")
            .filter { !legalForms.contains(String($0)) && !descriptiveWords.contains(String($0)) }
            .joined(separator: " ")
    }
}

