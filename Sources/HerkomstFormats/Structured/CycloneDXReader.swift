import Foundation
import HerkomstCore

/// Reads a CycloneDX 1.4–1.6 JSON bill of materials as a hardware inventory (HBOM): every component of type
/// `device` (at any depth) is a record, with `manufacturer`, `supplier`, `name` as the model, firmware from a
/// child component of type `firmware`, and `properties` such as `cdx:device:serialNumber` and
/// `cdx:device:macAddress`.
public struct CycloneDXReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .scan) {
        self.limits = limits
    }

    public func read(_ data: Data, fileName: String) throws -> ReadResult {
        let root = try JSONInput.parse(data, file: fileName, limits: limits)
        guard root["bomFormat"]?.text == "CycloneDX" else {
            throw InputProblem(file: fileName, field: "bomFormat", message: "geen CycloneDX: \"bomFormat\": \"CycloneDX\" ontbreekt")
        }
        if let version = root["specVersion"]?.text, !["1.4", "1.5", "1.6", "1.7"].contains(version) {
            throw InputProblem(file: fileName, field: "specVersion", message: "CycloneDX \(version) wordt niet gelezen; verwacht 1.4 tot 1.6")
        }
        var result = ReadResult(records: [])
        collect(root["components"]?.arrayValue ?? [], path: "components", file: fileName, into: &result)
        return result
    }

    private func collect(_ components: [JSONValue], path: String, file: String, into result: inout ReadResult) {
        for (index, component) in components.enumerated() {
            let place = "\(path)[\(index)]"
            if component["type"]?.text == "device" {
                var writer = RecordFieldWriter(origin: RecordOrigin(file: file, element: place), place: place)
                read(component, into: &writer)
                let (record, problems) = writer.finish()
                result.problems += problems
                if let record { result.records.append(record) }
            }
            if let children = component["components"]?.arrayValue {
                collect(children, path: place + ".components", file: file, into: &result)
            }
        }
    }

    private func read(_ component: JSONValue, into writer: inout RecordFieldWriter) {
        if let reference = component["bom-ref"]?.text { writer.setExternalID("cyclonedx", reference) }
        if let maker = component["manufacturer"]?["name"]?.text ?? component["manufacturer"]?.text {
            writer.set(.manufacturer, maker, key: "manufacturer.name")
        }
        if let supplier = component["supplier"]?["name"]?.text { writer.set(.supplier, supplier, key: "supplier.name") }
        if let brand = component["publisher"]?.text ?? component["group"]?.text { writer.set(.brand, brand, key: "publisher") }
        if let model = component["name"]?.text { writer.set(.model, model, key: "name") }
        if let firmware = component["components"]?.arrayValue?.first(where: { $0["type"]?.text == "firmware" }),
           let version = firmware["version"]?.text {
            writer.set(.firmware, version, key: "components[firmware].version")
        }
        for (index, property) in (component["properties"]?.arrayValue ?? []).enumerated() {
            guard let name = property["name"]?.text, let value = property["value"]?.text else { continue }
            let key = "properties[\(index)]"
            switch name {
            case "cdx:device:serialNumber": writer.set(.serialNumber, value, key: key)
            case "cdx:device:macAddress": writer.set(.mac, value, key: key)
            case "cdx:device:ipAddress": writer.set(.ip, value, key: key)
            case "cdx:device:firmwareVersion": writer.set(.firmware, value, key: key)
            case "cdx:device:hostname": writer.set(.hostname, value, key: key)
            default:
                // Other taxonomies (`herkomst:eigenaar`, `nl:gemeente:wijk`): the last segment by the names table.
                let last = String(name.split(separator: ":").last ?? Substring(name))
                if let field = PropertyNames.field(for: last) { writer.set(field, value, key: key) } else { writer.recordUnmapped(name, value) }
            }
        }
        writer.record.deviceClass = writer.record.deviceClass ?? component["description"]?.text.flatMap(RecordValues.deviceClass)
    }
}
