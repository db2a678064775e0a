/// Everything the register knows about a device that speaks to its maker: its own fields (brand label, model,
/// MAC addresses) and the evidence stored beside it. This is what attribution reads.
public enum DeviceEvidence {
    public static func collect(_ device: Device, stored: [Evidence]) -> [Evidence] {
        var items: [Evidence] = []
        if let brand = device.brand, !brand.isEmpty { items.append(Evidence(kind: .brandLabel, value: brand, source: "register")) }
        if let model = device.model, !model.isEmpty { items.append(Evidence(kind: .modelString, value: model, source: "register")) }
        for mac in device.macAddresses { items.append(Evidence(kind: .macAddress, value: mac.description, source: "register")) }
        // A device has a handful of pieces of evidence: comparing in place beats a key string and a set per device
        // (this runs for every imported row).
        for e in stored where e.kind != .conflictingValue && e.kind != .onvifEndpoint && e.kind != .externalID {
            if !items.contains(where: { $0.kind == e.kind && $0.value == e.value }) { items.append(e) }
        }
        return items
    }
}
