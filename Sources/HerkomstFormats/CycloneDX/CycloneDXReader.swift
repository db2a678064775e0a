import Foundation
import HerkomstCore

/// Reads a CycloneDX (1.4–1.6) hardware BOM in JSON: every top-level component of type `device` is a record,
/// with `manufacturer` (1.6) or `author`, `supplier`, `name` as model, `cpe`, and properties such as
/// `cdx:device:serialNumber` and `cdx:device:macAddress`. The parts inside a device (a Wi-Fi module) are
/// evidence about it, not devices of their own: component origin is not the device's origin.
public struct CycloneDXReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .scan) {
        self.limits = limits
    }

    public func read(_ data: Data, file: String) throws -> ReadResult {
        let root = try JSONParser(file: file, limits: limits).parse(data)
        guard let bom = root.object, bom.text("bomFormat") == "CycloneDX" else {
            throw InputProblem(file: file, line: root.line, field: "bomFormat",
                               message: "geen CycloneDX-document (bomFormat is niet \"CycloneDX\")")
        }
        if let version = bom.text("specVersion"), !["1.4", "1.5", "1.6", "1.7"].contains(version) {
            throw InputProblem(file: file, line: bom.line, field: "specVersion",
                               message: "CycloneDX \(version) wordt niet gelezen (1.4 tot en met 1.6)")
        }
        var result = ReadResult(records: [])
        for (i, value) in (bom["components"]?.array ?? []).enumerated() {
            guard let component = value.object, component.text("type") == "device" else { continue }
            let (record, problems) = self.record(component, index: i, file: file)
            if problems.isEmpty { result.records.append(record) }
            result.problems += problems
        }
        return result
    }

    func record(_ component: JSONObject, index: Int, file: String) -> (ImportRecord, [InputProblem]) {
        let name = component.text("name")
        let place = "components[\(index)]" + (name.map { " (\($0))" } ?? "")
        var record = ImportRecord(origin: RecordOrigin(file: file, line: component.line, element: place))
        var problems: [InputProblem] = []
        func problem(_ field: String, _ message: String) {
            problems.append(InputProblem(file: file, line: component.line, field: field, message: "\(place): \(message)"))
        }
        record.manufacturer = component.text("manufacturer", "name") ?? component.text("author")
        record.supplier = component.text("supplier", "name")
        record.model = name
        if let group = component.text("group") { record.unmapped["group"] = group }
        if let ref = component.text("bom-ref") { record.externalIDs["cyclonedx"] = ref }
        if let cpe = component.text("cpe") { record.evidence.append(Evidence(kind: .cpe, value: cpe)) }
        if let description = component.text("description") {
            record.unmapped["description"] = description
            if let c = PropertyValues.deviceClass(description) { record.deviceClass = c }
        }
        for property in component["properties"]?.array?.compactMap(\.object) ?? [] {
            guard let key = property.text("name"), let value = property.text("value") else { continue }
            switch key {
            case "cdx:device:serialNumber": record.serialNumber = value
            case "cdx:device:macAddress":
                for item in PropertyValues.splitList(value) {
                    guard let mac = MACAddress(item) else { problem(key, "'\(item)' is geen geldig MAC-adres"); continue }
                    if !record.macAddresses.contains(mac) { record.macAddresses.append(mac) }
                }
            case "cdx:device:ipAddress":
                for item in PropertyValues.splitList(value).map(PropertyValues.bareIP) {
                    guard IPAddressSyntax.isValid(item) else { problem(key, "'\(item)' is geen geldig IP-adres"); continue }
                    if !record.ipAddresses.contains(item) { record.ipAddresses.append(item) }
                }
            case "cdx:device:hostname": record.hostname = value
            case "cdx:device:firmwareVersion", "cdx:device:firmware": record.firmware = value
            case "cdx:device:type", "cdx:device:class":
                record.deviceClass = PropertyValues.deviceClass(value) ?? record.deviceClass
            default: record.unmapped[key] = value
            }
        }
        // Parts: who made the modules inside is evidence, weaker than who made the device.
        for part in component["components"]?.array?.compactMap(\.object) ?? [] {
            let partName = part.text("name") ?? "onderdeel"
            // The device's own firmware is a part of type `firmware`; its version is the device's firmware.
            if part.text("type") == "firmware", let version = part.text("version") {
                record.firmware = record.firmware ?? version
                continue
            }
            if let maker = part.text("manufacturer", "name") ?? part.text("author") {
                record.evidence.append(Evidence(kind: .labelText, value: "onderdeel \(partName) van \(maker)"))
            }
            if let cpe = part.text("cpe") { record.evidence.append(Evidence(kind: .labelText, value: "onderdeel \(cpe)")) }
        }
        return (record, problems)
    }
}
