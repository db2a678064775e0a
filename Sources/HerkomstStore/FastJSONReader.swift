import HerkomstCore

/// Reads back the device and placement JSON the store writes, straight from UTF-8 bytes. An import is matched
/// against the whole register, and `JSONDecoder` (a tree of boxed values, a container per object, a dynamic cast
/// per member) spent most of that load on a million devices. Anything this reader does not expect — an unknown
/// member, a value of another type, a missing one — makes it answer nil, and the caller decodes that text with
/// `JSONDecoder`, which reads everything `Codable` allows and says what is wrong.
enum FastJSONReader {
    static func device(_ text: String) -> Device? { read(text) { $0.device() } }

    static func placement(_ text: String) -> Placement? { read(text) { $0.placement() } }

    /// The value `body` reads from the whole text; nil when it reads nothing or text is left after it.
    private static func read<T>(_ text: String, _ body: (inout Cursor) -> T?) -> T? {
        var text = text
        return text.withUTF8 { bytes in
            var c = Cursor(bytes: bytes)
            let value = body(&c)
            return c.atEnd ? value : nil
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        var atEnd: Bool {
            mutating get { skipSpace(); return i == bytes.count }
        }

        mutating func device() -> Device? {
            var d = Device(id: "", deviceClass: .overig, owner: "")
            var required = 0
            let read = members { c, key in
                switch key {
                case "id": return c.required(&d.id, &required) { $0.string() }
                case "deviceClass": return c.required(&d.deviceClass, &required) { $0.string().flatMap(DeviceClass.init(rawValue:)) }
                case "owner": return c.required(&d.owner, &required) { $0.string() }
                case "visibility": return c.required(&d.visibility, &required) { $0.string().flatMap(Visibility.init(rawValue:)) }
                case "macAddresses": return c.required(&d.macAddresses, &required) { $0.array { $0.string().flatMap(MACAddress.init) } }
                case "ipAddresses": return c.required(&d.ipAddresses, &required) { $0.array { $0.string() } }
                case "purposes": return c.required(&d.purposes, &required) { $0.array { $0.purpose() } }
                case "connectivity":
                    return c.required(&d.connectivity, &required) { $0.array { $0.string().flatMap(Connectivity.init(rawValue:)) } }
                case "internetExposed": return c.required(&d.internetExposed, &required) { $0.bool() }
                case "vendorCloud": return c.required(&d.vendorCloud, &required) { $0.bool() }
                case "remoteMaintenance": return c.required(&d.remoteMaintenance, &required) { $0.bool() }
                case "vital": return c.required(&d.vital, &required) { $0.bool() }
                case "brand": return c.optional(&d.brand) { $0.string() }
                case "model": return c.optional(&d.model) { $0.string() }
                case "firmware": return c.optional(&d.firmware) { $0.string() }
                case "serialNumber": return c.optional(&d.serialNumber) { $0.string() }
                case "hostname": return c.optional(&d.hostname) { $0.string() }
                case "operatorOrganisation": return c.optional(&d.operatorOrganisation) { $0.string() }
                case "supplier": return c.optional(&d.supplier) { $0.string() }
                case "maintainer": return c.optional(&d.maintainer) { $0.string() }
                case "note": return c.optional(&d.note) { $0.string() }
                case "procured": return c.optional(&d.procured) { $0.string().flatMap(Day.init) }
                case "installed": return c.optional(&d.installed) { $0.string().flatMap(Day.init) }
                case "removed": return c.optional(&d.removed) { $0.string().flatMap(Day.init) }
                default: return false
                }
            }
            // Each of the twelve members `Device`'s own decoder requires, once.
            return read && required == 12 ? d : nil
        }

        mutating func placement() -> Placement? {
            var deviceID: String?, from: Day?
            var p = Placement(deviceID: "", point: nil, from: Day(ordinal: 0))
            let read = members { c, key in
                switch key {
                case "deviceID": deviceID = c.string(); return deviceID != nil
                case "from": from = c.string().flatMap(Day.init); return from != nil
                case "to": return c.optional(&p.to) { $0.string().flatMap(Day.init) }
                case "address": return c.optional(&p.address) { $0.string() }
                case "district": return c.optional(&p.district) { $0.string() }
                case "mount": return c.optional(&p.mount) { $0.string() }
                case "direction": return c.optional(&p.direction) { $0.number() }
                case "point": return c.optional(&p.point) { $0.point() }
                default: return false
                }
            }
            guard read, let deviceID, let from else { return nil }
            p.deviceID = deviceID
            p.from = from
            return p
        }

        mutating func purpose() -> Purpose? {
            var description: String?, personalData: Bool?, categories: [String]?
            var legalGround: LegalGround?
            let read = members { c, key in
                switch key {
                case "description": description = c.string(); return description != nil
                case "personalData": personalData = c.bool(); return personalData != nil
                case "dataCategories": categories = c.array { $0.string() }; return categories != nil
                case "legalGround": return c.optional(&legalGround) { $0.string().flatMap(LegalGround.init(rawValue:)) }
                default: return false
                }
            }
            guard read, let description, let personalData, let categories else { return nil }
            return Purpose(description: description, legalGround: legalGround, personalData: personalData,
                           dataCategories: categories)
        }

        mutating func point() -> GeoPoint? {
            var latitude: Double?, longitude: Double?
            let read = members { c, key in
                switch key {
                case "latitude": latitude = c.number(); return latitude != nil
                case "longitude": longitude = c.number(); return longitude != nil
                default: return false
                }
            }
            guard read, let latitude, let longitude else { return nil }
            return GeoPoint(longitude: longitude, latitude: latitude)
        }

        // MARK: Values

        /// A member that may be absent or null.
        mutating func optional<T>(_ field: inout T?, _ value: (inout Cursor) -> T?) -> Bool {
            if literal("null") { field = nil; return true }
            field = value(&self)
            return field != nil
        }

        /// A member `Codable` requires, counted so a missing one is noticed.
        mutating func required<T>(_ field: inout T, _ count: inout Int, _ value: (inout Cursor) -> T?) -> Bool {
            guard let v = value(&self) else { return false }
            field = v
            count += 1
            return true
        }

        /// Calls `member` with each key, the cursor on its value; false when the text is not such an object or
        /// `member` refused a value.
        mutating func members(_ member: (inout Cursor, String) -> Bool) -> Bool {
            guard take(UInt8(ascii: "{")) else { return false }
            if take(UInt8(ascii: "}")) { return true }
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")), member(&self, key) else { return false }
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}"))
        }

        mutating func array<T>(_ element: (inout Cursor) -> T?) -> [T]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var items: [T] = []
            if take(UInt8(ascii: "]")) { return items }
            repeat {
                guard let item = element(&self) else { return nil }
                items.append(item)
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]")) ? items : nil
        }

        mutating func bool() -> Bool? {
            if literal("true") { return true }
            if literal("false") { return false }
            return nil
        }

        mutating func number() -> Double? {
            skipSpace()
            let start = i
            while i < bytes.count, Self.isNumberByte(bytes[i]) { i += 1 }
            guard i > start else { return nil }
            return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        }

        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                defer { i += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            }
            // Escapes: rare in stored text, so the slow path may be slower.
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                switch b {
                case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard i < bytes.count else { return nil }
                    let e = bytes[i]
                    i += 1
                    if let byte = JSONEscapes.byte(for: e) {
                        out.append(byte)
                    } else if e == UInt8(ascii: "u"), let scalar = unicodeEscape() {
                        out.append(contentsOf: String(Character(scalar)).utf8)
                    } else {
                        return nil
                    }
                case 0..<0x20: return nil
                default: out.append(b)
                }
            }
            return nil
        }

        /// After `\u`: four hex digits, or a surrogate pair written as two escapes.
        mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let unit = hex4() else { return nil }
            guard JSONEscapes.isHighSurrogate(unit) else { return Unicode.Scalar(unit) }
            guard bytes[i...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else { return nil }
            i += 2
            return hex4().flatMap { JSONEscapes.combine(high: unit, low: $0) }.flatMap(Unicode.Scalar.init)
        }

        mutating func hex4() -> UInt32? {
            guard let unit = JSONEscapes.codeUnit(bytes, at: i) else { return nil }
            i += 4
            return unit
        }

        // MARK: Bytes

        mutating func literal(_ word: StaticString) -> Bool {
            skipSpace()
            let count = word.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            for k in 0..<count where bytes[i + k] != word.utf8Start[k] { return false }
            i += count
            return true
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        static func isNumberByte(_ b: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
                || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
        }
    }
}
