import Foundation
import HerkomstCore

/// Reads NetBox REST exports of `/api/dcim/devices/`: a page (`results[]`) or a plain list of devices, with
/// nested `device_type.manufacturer`, `role`, `tenant`, `site`, `location`, `latitude`/`longitude`, `serial`,
/// `primary_ip4` (prefix length dropped), `status` and `custom_fields` (mapped by their names where they
/// are register fields, kept otherwise).
public struct NetBoxReader: Sendable {
    public var limits: ReaderLimits
    public var allowAbroad: Bool

    public init(limits: ReaderLimits = .scan, allowAbroad: Bool = false) {
        self.limits = limits
        self.allowAbroad = allowAbroad
    }

    public func read(_ data: Data, file: String) throws -> ReadResult {
        let root = try JSONParser(file: file, limits: limits).parse(data)
        guard let devices = root.object?["results"]?.array ?? root.array else {
            throw InputProblem(file: file, line: root.line, field: "results",
                               message: "geen NetBox-export van /api/dcim/devices/ (\"results\" ontbreekt)")
        }
        return ReadResult(reading: devices) { record($0, index: $1, file: file) }
    }

    func record(_ value: JSONValue, index: Int, file: String) -> (ImportRecord?, [InputProblem]) {
        let element = "results[\(index)]"
        guard let device = value.object else {
            return (nil, [InputProblem(file: file, line: value.line, message: "\(element) is geen object")])
        }
        let name = device.text("name") ?? device.text("display")
        let place = name.map { "\(element) (\($0))" } ?? element
        let origin = RecordOrigin(file: file, line: device.line, element: place)

        // Custom fields first: NetBox's own fields below say it more precisely and win.
        var builder = PropertyRecordBuilder(origin: origin)
        builder.unmappedPrefix = "custom_fields."
        for (key, field) in device["custom_fields"]?.object?.members ?? [] { builder.apply(key, field) }
        var (record, problems) = builder.finish()
        func problem(_ field: String, _ message: String) {
            problems.append(InputProblem(file: file, line: device.line, field: field, message: "\(place): \(message)"))
        }

        if let id = device.text("id") { record.externalIDs["netbox"] = id }
        if let tag = device.text("asset_tag") { record.externalIDs["asset"] = tag }
        record.hostname = name ?? record.hostname
        record.manufacturer = device.text("device_type", "manufacturer", "name") ?? record.manufacturer
        record.model = device.text("device_type", "model") ?? record.model
        record.serialNumber = device.text("serial") ?? record.serialNumber
        record.owner = device.text("tenant", "name") ?? record.owner
        let role = device.text("role", "name") ?? device.text("device_role", "name")
        if let role {
            record.deviceClass = PropertyValues.deviceClass(role) ?? record.deviceClass
            record.unmapped["role"] = role
        }
        if let status = device.text("status", "value") ?? device.text("status") {
            if let s = PropertyValues.status(status) { record.status = s } else { record.unmapped["status"] = status }
        }
        let site = device.text("site", "name")
        let location = device.text("location", "name")
        if site != nil || location != nil {
            record.address = [site, location].compactMap { $0 }.joined(separator: ", ")
        }
        if let platform = device.text("platform", "name") { record.unmapped["platform"] = platform }
        for key in ["primary_ip4", "primary_ip6", "oob_ip"] {
            guard let address = device.text(key, "address") else { continue }
            let ip = PropertyValues.bareIP(address)
            guard IPAddressSyntax.isValid(ip) else { problem(key, "'\(address)' is geen geldig IP-adres"); continue }
            if !record.ipAddresses.contains(ip) { record.ipAddresses.append(ip) }
        }
        for key in ["description", "comments"] {
            if let text = device.text(key) { record.unmapped[key] = text }
        }
        let lat = device["latitude"]?.double ?? builder.latitude
        let lon = device["longitude"]?.double ?? builder.longitude
        if let lat, let lon {
            switch PointCheck(allowAbroad: allowAbroad).point(longitude: lon, latitude: lat, file: file,
                                                              line: device.line, place: place) {
            case .success(let p): record.point = p
            case .failure(let p): problems.append(p)
            }
        } else if (lat == nil) != (lon == nil) {
            problem(lat == nil ? "latitude" : "longitude", "alleen de \(lat == nil ? "lengte" : "breedte")graad is gegeven")
        }
        return (record, problems)
    }
}
