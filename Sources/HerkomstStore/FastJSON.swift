import Foundation
import HerkomstCore

/// The JSON of the records the store writes most — devices, placements, event changes, field provenance —
/// written by hand into one byte buffer per record. A million-row import writes each a million times; `JSONEncoder`
/// (dynamic casts, boxing, sorting) and even string concatenation (an allocation per member) cost more than
/// SQLite's own work. The output is what the types' own `Codable` conformances read back (same keys, absent
/// optionals left out), which the store's tests check by decoding it with `JSONDecoder`.
enum FastJSON {
    static func device(_ d: Device) -> String {
        var o = Object(capacity: 384)
        o.add("id", d.id)
        o.add("deviceClass", d.deviceClass.rawValue)
        o.add("brand", d.brand)
        o.add("model", d.model)
        o.add("firmware", d.firmware)
        o.add("serialNumber", d.serialNumber)
        o.key("macAddresses")
        o.writer.array(d.macAddresses) { w, mac in w.string(mac.description) }
        o.key("ipAddresses")
        o.writer.array(d.ipAddresses) { w, ip in w.string(ip) }
        o.add("hostname", d.hostname)
        o.add("owner", d.owner)
        o.add("operatorOrganisation", d.operatorOrganisation)
        o.add("supplier", d.supplier)
        o.add("maintainer", d.maintainer)
        o.key("purposes")
        o.writer.array(d.purposes) { w, p in purpose(p, into: &w) }
        o.key("connectivity")
        o.writer.array(d.connectivity) { w, c in w.string(c.rawValue) }
        o.add("internetExposed", d.internetExposed)
        o.add("vendorCloud", d.vendorCloud)
        o.add("remoteMaintenance", d.remoteMaintenance)
        o.add("vital", d.vital)
        o.add("visibility", d.visibility.rawValue)
        o.add("procured", d.procured?.description)
        o.add("installed", d.installed?.description)
        o.add("removed", d.removed?.description)
        o.add("note", d.note)
        return o.text
    }

    /// Nil when a number cannot be JSON (not finite); the caller then falls back to `JSONEncoder`, which says why.
    static func placement(_ p: Placement) -> String? {
        var o = Object(capacity: 192)
        o.add("deviceID", p.deviceID)
        if let point = p.point {
            guard let longitude = number(point.longitude), let latitude = number(point.latitude) else { return nil }
            o.key("point")
            o.writer.raw("{\"latitude\":")
            o.writer.raw(latitude)
            o.writer.raw(",\"longitude\":")
            o.writer.raw(longitude)
            o.writer.raw("}")
        }
        o.add("address", p.address)
        o.add("district", p.district)
        o.add("mount", p.mount)
        if let direction = p.direction {
            guard let text = number(direction) else { return nil }
            o.key("direction")
            o.writer.raw(text)
        }
        o.add("from", p.from.description)
        o.add("to", p.to?.description)
        return o.text
    }

    static func changes(_ changes: [FieldChange]) -> String {
        var w = Writer(capacity: 64 * max(1, changes.count))
        w.array(changes) { w, c in
            Object.write(into: &w) { o in
                o.add("field", c.field)
                o.add("before", c.before)
                o.add("after", c.after)
            }
        }
        return w.text
    }

    /// `{"merk":"Axis","model":"P1455-LE"}`, in the order given (each field once: the merger names each once).
    static func fieldValues(_ values: [FieldValue]) -> String {
        var o = Object(capacity: 32 * max(1, values.count))
        for v in values { o.add(v.field, v.value) }
        return o.text
    }

    static func stringMap(_ map: [String: String]) -> String {
        var o = Object(capacity: 64)
        for key in map.keys.sorted() { o.add(key, map[key]) }
        return o.text
    }

    static func purpose(_ p: Purpose, into w: inout Writer) {
        Object.write(into: &w) { o in
            o.add("description", p.description)
            o.add("legalGround", p.legalGround?.rawValue)
            o.add("personalData", p.personalData)
            o.key("dataCategories")
            o.writer.array(p.dataCategories) { w, c in w.string(c) }
        }
    }

    /// Swift's shortest representation that reads back as the same `Double`, which is also valid JSON.
    static func number(_ value: Double) -> String? {
        value.isFinite ? "\(value)" : nil
    }

    /// JSON text as UTF-8 bytes in one growing buffer.
    struct Writer {
        private(set) var bytes: [UInt8] = []

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        var text: String { String(decoding: bytes, as: UTF8.self) }

        mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }
        mutating func byte(_ b: UInt8) { bytes.append(b) }

        mutating func string(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            for b in text.utf8 {
                switch b {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: Array("\\u00".utf8))
                    bytes.append(hex[Int(b >> 4)])
                    bytes.append(hex[Int(b & 0xF)])
                default: bytes.append(b)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        mutating func array<T>(_ items: [T], _ element: (inout Writer, T) -> Void) {
            byte(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { byte(UInt8(ascii: ",")) }
                element(&self, item)
            }
            byte(UInt8(ascii: "]"))
        }
    }

    /// A JSON object written member by member; absent optionals are left out, as synthesised `Codable` does.
    struct Object {
        var writer: Writer
        private var empty = true
        private var closed = false

        init(capacity: Int) {
            writer = Writer(capacity: capacity)
            writer.byte(UInt8(ascii: "{"))
        }

        private init(continuing writer: Writer) {
            self.writer = writer
            self.writer.byte(UInt8(ascii: "{"))
        }

        /// An object inside an existing buffer (an element of an array). The buffer moves into the object and back,
        /// so it is never copied.
        static func write(into w: inout Writer, _ body: (inout Object) -> Void) {
            var o = Object(continuing: w)
            w = Writer(capacity: 0)
            body(&o)
            o.close()
            w = o.writer
        }

        mutating func key(_ key: String) {
            if !empty { writer.byte(UInt8(ascii: ",")) }
            empty = false
            writer.string(key)
            writer.byte(UInt8(ascii: ":"))
        }

        mutating func add(_ key: String, _ value: String?) {
            guard let value else { return }
            self.key(key)
            writer.string(value)
        }

        mutating func add(_ key: String, _ value: Bool) {
            self.key(key)
            writer.raw(value ? "true" : "false")
        }

        mutating func close() {
            guard !closed else { return }
            closed = true
            writer.byte(UInt8(ascii: "}"))
        }

        var text: String {
            mutating get {
                close()
                return writer.text
            }
        }
    }
}

extension StoredJSON {
    // Overloads for the hot records; everything else keeps going through `JSONEncoder`.
    static func text(_ device: Device) throws -> String { FastJSON.device(device) }
    static func text(_ placement: Placement) throws -> String {
        if let text = FastJSON.placement(placement) { return text }
        return try viaEncoder(placement)
    }
    /// Inside a generic function `text` can only mean the `JSONEncoder` version.
    private static func viaEncoder<T: Encodable>(_ value: T) throws -> String { try text(value) }
    static func text(_ changes: [FieldChange]) throws -> String { FastJSON.changes(changes) }
    static func text(_ map: [String: String]) throws -> String { FastJSON.stringMap(map) }
}
