import Foundation
import HerkomstCore

/// The JSON of the records the store writes most — devices, placements, event changes, field provenance —
/// written by hand. A million-row import writes each a million times, and `JSONEncoder` (dynamic casts, boxing,
/// sorting) took well over a third of the time of registering devices. The output is what the types' own
/// `Codable` conformances read back (same keys, absent optionals left out), which the store's tests check by
/// decoding it with `JSONDecoder`.
enum FastJSON {
    static func device(_ d: Device) -> String {
        var o = Object()
        o.add("id", d.id)
        o.add("deviceClass", d.deviceClass.rawValue)
        o.add("brand", d.brand)
        o.add("model", d.model)
        o.add("firmware", d.firmware)
        o.add("serialNumber", d.serialNumber)
        o.addRaw("macAddresses", strings(d.macAddresses.map(\.description)))
        o.addRaw("ipAddresses", strings(d.ipAddresses))
        o.add("hostname", d.hostname)
        o.add("owner", d.owner)
        o.add("operatorOrganisation", d.operatorOrganisation)
        o.add("supplier", d.supplier)
        o.add("maintainer", d.maintainer)
        o.addRaw("purposes", "[" + d.purposes.map(purpose).joined(separator: ",") + "]")
        o.addRaw("connectivity", strings(d.connectivity.map(\.rawValue)))
        o.addRaw("internetExposed", String(d.internetExposed))
        o.addRaw("vendorCloud", String(d.vendorCloud))
        o.addRaw("remoteMaintenance", String(d.remoteMaintenance))
        o.addRaw("vital", String(d.vital))
        o.add("visibility", d.visibility.rawValue)
        o.add("procured", d.procured?.description)
        o.add("installed", d.installed?.description)
        o.add("removed", d.removed?.description)
        o.add("note", d.note)
        return o.text
    }

    /// Nil when a number cannot be JSON (not finite); the caller then falls back to `JSONEncoder`, which says why.
    static func placement(_ p: Placement) -> String? {
        var o = Object()
        o.add("deviceID", p.deviceID)
        if let point = p.point {
            guard let longitude = number(point.longitude), let latitude = number(point.latitude) else { return nil }
            o.addRaw("point", "{\"latitude\":\(latitude),\"longitude\":\(longitude)}")
        }
        o.add("address", p.address)
        o.add("district", p.district)
        o.add("mount", p.mount)
        if let direction = p.direction {
            guard let text = number(direction) else { return nil }
            o.addRaw("direction", text)
        }
        o.add("from", p.from.description)
        o.add("to", p.to?.description)
        return o.text
    }

    static func changes(_ changes: [FieldChange]) -> String {
        "[" + changes.map { c in
            var o = Object()
            o.add("field", c.field)
            o.add("before", c.before)
            o.add("after", c.after)
            return o.text
        }.joined(separator: ",") + "]"
    }

    /// `{"merk":"Axis","model":"P1455-LE"}`, in the order given (each field once: the merger names each once).
    static func fieldValues(_ values: [FieldValue]) -> String {
        var o = Object()
        for v in values { o.add(v.field, v.value) }
        return o.text
    }

    static func stringMap(_ map: [String: String]) -> String {
        var o = Object()
        for key in map.keys.sorted() { o.add(key, map[key]) }
        return o.text
    }

    static func purpose(_ p: Purpose) -> String {
        var o = Object()
        o.add("description", p.description)
        o.add("legalGround", p.legalGround?.rawValue)
        o.addRaw("personalData", String(p.personalData))
        o.addRaw("dataCategories", strings(p.dataCategories))
        return o.text
    }

    static func strings(_ items: [String]) -> String {
        "[" + items.map(quote).joined(separator: ",") + "]"
    }

    /// Swift's shortest representation that reads back as the same `Double`, which is also valid JSON.
    static func number(_ value: Double) -> String? {
        value.isFinite ? "\(value)" : nil
    }

    static func quote(_ text: String) -> String {
        // The common case — nothing to escape — without walking scalars one by one into a new string.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A JSON object built member by member; absent optionals are left out, as synthesised `Codable` does.
    struct Object {
        private var members: [String] = []

        mutating func add(_ key: String, _ value: String?) {
            if let value { members.append(quote(key) + ":" + quote(value)) }
        }

        mutating func addRaw(_ key: String, _ json: String) {
            members.append(quote(key) + ":" + json)
        }

        var text: String { "{" + members.joined(separator: ",") + "}" }
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
