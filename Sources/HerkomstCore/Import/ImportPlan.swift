import Foundation

/// Whether a source may overwrite what the register holds.
public enum SourceAuthority: String, Sendable {
    /// A curated sheet, register export or inventory (CSV, XLSX, GeoJSON, NetBox, …): its values replace stored ones.
    case register
    /// A scan or probe (nmap, SNMP, ONVIF): fills empty fields, never overwrites; a different value is a conflict.
    case observation
}

/// What one import is: which file, how trusted, on whose behalf.
public struct ImportContext: Sendable {
    public var fileName: String
    /// SHA-256 of the file, hex.
    public var checksum: String
    public var authority: SourceAuthority
    /// `--organisation`: the owner of records that name none.
    public var defaultOrganisation: String?
    public var importedAt: Date

    public init(fileName: String, checksum: String, authority: SourceAuthority, defaultOrganisation: String?,
                importedAt: Date) {
        self.fileName = fileName
        self.checksum = checksum
        self.authority = authority
        self.defaultOrganisation = defaultOrganisation
        self.importedAt = importedAt
    }
}

/// One field's value as a source gave it.
public struct FieldValue: Hashable, Sendable {
    /// The Dutch field name (`serienummer`, `merk`).
    public var field: String
    public var value: String

    public init(field: String, value: String) {
        self.field = field
        self.value = value
    }
}

/// Where a device's field values came from, per source record: which import, which line, when; the values
/// taken, and those kept aside because they conflicted with what the register already held.
public struct RecordSources: Hashable, Sendable {
    public var deviceID: String
    public var origin: RecordOrigin
    public var recordedAt: Date
    public var accepted: [FieldValue]
    public var conflicting: [FieldValue]

    public init(deviceID: String, origin: RecordOrigin, recordedAt: Date, accepted: [FieldValue],
                conflicting: [FieldValue] = []) {
        self.deviceID = deviceID
        self.origin = origin
        self.recordedAt = recordedAt
        self.accepted = accepted
        self.conflicting = conflicting
    }
}

/// A device in the register as the importer needs to see it.
public struct RegisteredDevice: Sendable {
    public var device: Device
    public var currentPlacement: Placement?
    public var evidence: [Evidence]

    public init(device: Device, currentPlacement: Placement?, evidence: [Evidence]) {
        self.device = device
        self.currentPlacement = currentPlacement
        self.evidence = evidence
    }
}

/// An existing device and what the import changes about it.
public struct DeviceChange: Sendable {
    public var before: Device
    public var after: Device
    /// A new placement when the device moved (the store ends the current one on `from`).
    public var newPlacement: Placement?
    public var newEvidence: [Evidence]

    public var fieldsChanged: Bool { before != after || newPlacement != nil }
}

/// Everything an import would do, computed before anything is written: shown by `--dry-run`, applied in one
/// transaction otherwise.
public struct ImportPlan: Sendable {
    public var created: [DeviceRegistration] = []
    /// Existing devices whose fields or placement change.
    public var updated: [DeviceChange] = []
    /// Existing devices (or devices earlier in the same import) that only gain evidence or sources.
    public var merged: [DeviceChange] = []
    public var unchanged: Int = 0
    public var mergedWithinImport: Int = 0
    public var rejected: [InputProblem] = []
    public var newOrganisations: [Organisation] = []
    /// Field provenance: one entry per device and source record.
    public var fieldSources: [RecordSources] = []
    /// Per record, what happened to it, in input order — for a preview that names every line.
    public var outcomes: [RecordOutcome] = []

    public init() {}

    public var mergedCount: Int { merged.count + mergedWithinImport }
}

public struct RecordOutcome: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case created = "aangemaakt"
        case updated = "bijgewerkt"
        case merged = "samengevoegd"
        case unchanged = "ongewijzigd"
        case rejected = "afgewezen"
    }
    public var origin: RecordOrigin
    public var kind: Kind
    public var deviceID: String?
    /// For updates: the fields that change; for rejections: why.
    public var detail: [String]

    public init(origin: RecordOrigin, kind: Kind, deviceID: String?, detail: [String]) {
        self.origin = origin
        self.kind = kind
        self.deviceID = deviceID
        self.detail = detail
    }
}
