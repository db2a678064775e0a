import Foundation
import HerkomstCore

/// Reads NetBox REST exports of `/api/dcim/devices/` (one page, several pages concatenated as a JSON array of
/// pages, or a bare list of devices): names, nested device type and manufacturer, role, tenant, site and
/// location, serial, primary IPs without prefix length, status, coordinates and custom fields.
public struct NetBoxReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .scan) {
        self.limits = limits
    }

    public func read(_ data: Data, fileName: String) throws -> ReadResult {
        let root = try JSONInput.parse(data, file: fileName, limits: limits)
        var devices: [(JSONValue, String)] = []
        if let results = root["results"]?.arrayValue {
            devices = results.enumerated().map { ($1, "results[\($0)]") }
        } else if let list = root.arrayValue {
            for (pageIndex, item) in list.enumerated() {
                if let results = item["results"]?.arrayValue {
                    devices += results.enumerated().map { ($1, "[\(pageIndex)].results[\($0)]") }
                } else {
                    devices.append((item, "[\(pageIndex)]"))
                }
            }
        } else {
            throw InputProblem(file: fileName, field: "results", message: "geen NetBox-export: de lijst 'results' ontbreekt")
        }
        var result = ReadResult(records: [])
        for (device, place) in devices {
            var writer = RecordFieldWriter(origin: RecordOrigin(file: fileName, element: place), place: place)
            read(device, into: &writer)
            let (record, problems) = writer.finish()
            result.problems += problems
            if let record { result.records.append(record) }
        }
        return result
    }

    private func read(_ device: JSONValue, into writer: inout RecordFieldWriter) {
        guard device.objectValue != nil else { return writer.problem("", "element is geen object") }
        if let id = device["id"]?.text { writer.setExternalID("netbox", id) }
        if let name = device["name"]?.text { writer.set(.hostname, name, key: "name") }
        if let type = device["device_type"] {
            if let maker = type["manufacturer"]?["name"]?.text {
                writer.set(.manufacturer, maker, key: "device_type.manufacturer.name")
                writer.set(.brand, maker, key: "device_type.manufacturer.name")
            }
            if let model = type["model"]?.text { writer.set(.model, model, key: "device_type.model") }
            if let part = type["part_number"]?.text { writer.recordUnmapped("device_type.part_number", part) }
        }
        if let role = (device["role"] ?? device["device_role"])?["name"]?.text {
            if let deviceClass = RecordValues.deviceClass(role) { writer.record.deviceClass = deviceClass }
            else { writer.recordUnmapped("role", role) }
        }
        if let tenant = device["tenant"]?["name"]?.text { writer.set(.owner, tenant, key: "tenant.name") }
        let place = [device["site"]?["name"]?.text, device["location"]?["name"]?.text].compactMap { $0 }
        if !place.isEmpty { writer.set(.address, place.joined(separator: ", "), key: "site") }
        if let serial = device["serial"]?.text { writer.set(.serialNumber, serial, key: "serial") }
        if let tag = device["asset_tag"]?.text { writer.setExternalID("asset_tag", tag) }
        for key in ["primary_ip4", "primary_ip6"] {
            if let address = device[key]?["address"]?.text { writer.set(.ip, address, key: key + ".address") }
        }
        if let status = device["status"]?["value"]?.text ?? device["status"]?.text { writer.set(.status, status, key: "status") }
        if let platform = device["platform"]?["name"]?.text { writer.recordUnmapped("platform", platform) }
        if let latitude = device["latitude"], latitude != .null {
            guard let lat = latitude.doubleValue, let lon = device["longitude"]?.doubleValue else {
                return writer.problem("latitude", "breedte- en lengtegraad moeten allebei een getal zijn")
            }
            let point = GeoPoint(longitude: lon, latitude: lat)
            for issue in Validation.check(point) { writer.problem(issue.field, issue.message) }
            if Validation.check(point).isEmpty { writer.record.point = point }
        }
        if let fields = device["custom_fields"]?.objectValue {
            for key in fields.keys.sorted() {
                guard let value = fields[key], let text = GeoJSONReader.text(value) else { continue }
                writer.set(key: key, value: text)
            }
        }
    }
}
