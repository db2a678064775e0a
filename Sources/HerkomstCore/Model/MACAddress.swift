/// A 48-bit IEEE MAC address, normalised to `AA:BB:CC:DD:EE:FF`.
public struct MACAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: UInt64

    public init(value: UInt64) {
        self.value = value & 0xFFFF_FFFF_FFFF
    }

    /// Accepts `aa:bb:cc:dd:ee:ff`, `aa-bb-cc-dd-ee-ff`, `aabb.ccdd.eeff` and `aabbccddeeff`.
    public init?(_ text: String) {
        // Digits straight into the number: this runs for every imported MAC, so no array per address.
        var v: UInt64 = 0
        var digits = 0
        for scalar in text.utf8 {
            switch scalar {
            case UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "): continue
            default:
                guard let nibble = HexDigits.value(scalar), digits < 12 else { return nil }
                v = v << 4 | UInt64(nibble)
                digits += 1
            }
        }
        guard digits == 12 else { return nil }
        self.value = v
    }


    /// Locally administered (bit 1 of the first octet): randomised or assigned by software, so it says nothing of the maker.
    public var isLocallyAdministered: Bool { (value >> 40) & 0x02 != 0 }
    /// Group (multicast) addresses are never a device's own.
    public var isMulticast: Bool { (value >> 40) & 0x01 != 0 }

    /// The top `bits` bits, for registry lookups (24 = MA-L, 28 = MA-M, 36 = MA-S).
    public func prefix(bits: Int) -> UInt64 { value >> UInt64(48 - bits) }

    public var description: String {
        // Written byte by byte into the string's own storage: every imported MAC becomes evidence text this way.
        String(unsafeUninitializedCapacity: 17) { text in
            func digit(_ nibble: UInt64) -> UInt8 { UInt8(nibble < 10 ? 48 + nibble : 55 + nibble) }
            for i in 0..<6 {
                let byte = (value >> UInt64(40 - 8 * i)) & 0xFF
                text[i * 3] = digit(byte >> 4)
                text[i * 3 + 1] = digit(byte & 0xF)
                if i < 5 { text[i * 3 + 2] = UInt8(ascii: ":") }
            }
            return 17
        }
    }

    public static func < (a: MACAddress, b: MACAddress) -> Bool { a.value < b.value }
}

extension MACAddress: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let mac = MACAddress(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is geen geldig MAC-adres"))
        }
        self = mac
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
