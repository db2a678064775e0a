import Foundation

/// Merges what a record offers into a stored device, field by field, by the source's authority:
/// a register source overwrites, an observation fills gaps; a value not applied is kept as a conflict.
struct FieldMerger {
    let authority: SourceAuthority
    let origin: RecordOrigin
    let at: Date

    struct Result {
        var device: Device
        var changedFields: [String]
        var accepted: [FieldValue]
        var conflicting: [FieldValue]
        var conflictEvidence: [Evidence]
    }

    /// One mergeable field: its Dutch name, the offered and stored values as text, and how to take the offer.
    struct Field: Sendable {
        let name: String
        let offered: @Sendable (DeviceCandidate) -> String?
        let stored: @Sendable (Device) -> String?
        let take: @Sendable (inout Device, DeviceCandidate) -> Void
    }

    static func text<T: CustomStringConvertible>(_ v: T?) -> String? { v.map(\.description) }

    static let fields: [Field] = [
        Field(name: "klasse", offered: { $0.record.deviceClass?.rawValue }, stored: { $0.deviceClass.rawValue },
              take: { d, c in d.deviceClass = c.record.deviceClass ?? d.deviceClass }),
        Field(name: "merk", offered: { $0.record.brand ?? $0.record.manufacturer }, stored: { $0.brand },
              take: { d, c in d.brand = c.record.brand ?? c.record.manufacturer }),
        Field(name: "model", offered: { $0.record.model }, stored: { $0.model }, take: { d, c in d.model = c.record.model }),
        Field(name: "firmware", offered: { $0.record.firmware }, stored: { $0.firmware },
              take: { d, c in d.firmware = c.record.firmware }),
        Field(name: "serienummer", offered: { $0.record.serialNumber }, stored: { $0.serialNumber },
              take: { d, c in d.serialNumber = c.record.serialNumber }),
        Field(name: "hostnaam", offered: { $0.record.hostname }, stored: { $0.hostname },
              take: { d, c in d.hostname = c.record.hostname }),
        Field(name: "eigenaar", offered: { $0.record.owner == nil ? nil : $0.owner }, stored: { $0.owner },
              take: { d, c in d.owner = c.owner }),
        Field(name: "beheerder", offered: { $0.operatorOrganisation }, stored: { $0.operatorOrganisation },
              take: { d, c in d.operatorOrganisation = c.operatorOrganisation }),
        Field(name: "leverancier", offered: { $0.supplier }, stored: { $0.supplier }, take: { d, c in d.supplier = c.supplier }),
        Field(name: "onderhouder", offered: { $0.maintainer }, stored: { $0.maintainer },
              take: { d, c in d.maintainer = c.maintainer }),
        Field(name: "zichtbaarheid", offered: { $0.record.visibility?.rawValue }, stored: { $0.visibility.rawValue },
              take: { d, c in d.visibility = c.record.visibility ?? d.visibility }),
        Field(name: "aangeschaft", offered: { text($0.record.procured) }, stored: { text($0.procured) },
              take: { d, c in d.procured = c.record.procured }),
        Field(name: "geplaatst", offered: { text($0.record.installed) }, stored: { text($0.installed) },
              take: { d, c in d.installed = c.record.installed }),
        Field(name: "verwijderd", offered: { text($0.removedDay) }, stored: { text($0.removed) },
              take: { d, c in d.removed = c.removedDay }),
        Field(name: "internetBlootgesteld", offered: { text($0.record.internetExposed) }, stored: { text($0.internetExposed) },
              take: { d, c in d.internetExposed = c.record.internetExposed ?? d.internetExposed }),
        Field(name: "vitaal", offered: { text($0.record.vital) }, stored: { text($0.vital) },
              take: { d, c in d.vital = c.record.vital ?? d.vital }),
    ]

    func apply(_ candidate: DeviceCandidate, to stored: Device) -> Result {
        var device = stored
        var changed: [String] = []
        var accepted: [FieldValue] = []
        var conflicting: [FieldValue] = []
        var conflicts: [Evidence] = []

        for field in Self.fields {
            guard let offered = field.offered(candidate) else { continue }
            let current = field.stored(stored)
            if current == offered {
                accepted.append(FieldValue(field: field.name, value: offered))
            } else if current == nil || authority == .register || Self.isPlaceholder(field.name, current) {
                field.take(&device, candidate)
                changed.append(field.name)
                accepted.append(FieldValue(field: field.name, value: offered))
            } else {
                conflicting.append(FieldValue(field: field.name, value: offered))
                conflicts.append(Evidence(kind: .conflictingValue, value: "\(field.name)=\(offered)",
                                          source: origin.description, observedAt: at))
            }
        }
        // Lists grow: a new MAC, IP address, connection or purpose is added, never dropped by a source that lacks it.
        let newMACs = candidate.record.macAddresses.filter { !device.macAddresses.contains($0) }
        if !newMACs.isEmpty { device.macAddresses += newMACs; changed.append("macAdressen") }
        let newIPs = candidate.record.ipAddresses.filter { !device.ipAddresses.contains($0) }
        if !newIPs.isEmpty { device.ipAddresses += newIPs; changed.append("ipAdressen") }
        let newLinks = candidate.record.connectivity.filter { !device.connectivity.contains($0) }
        if !newLinks.isEmpty { device.connectivity += newLinks; changed.append("verbindingen") }
        if let purpose = candidate.record.purpose {
            if let i = device.purposes.firstIndex(where: { $0.description == purpose.description }) {
                if device.purposes[i] != purpose, authority == .register {
                    device.purposes[i] = purpose
                    changed.append("doelen")
                }
            } else {
                device.purposes.append(purpose)
                changed.append("doelen")
            }
        }
        return Result(device: device, changedFields: changed, accepted: accepted, conflicting: conflicting,
                      conflictEvidence: conflicts)
    }

    /// A class of `overig` is a placeholder, not a claim: any source may refine it.
    private static func isPlaceholder(_ field: String, _ current: String?) -> Bool {
        field == "klasse" && current == DeviceClass.overig.rawValue
    }
}
