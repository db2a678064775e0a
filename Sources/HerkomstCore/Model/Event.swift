import Foundation

/// What happened to a record. The event log is append-only.
public enum EventAction: String, Codable, Sendable, CaseIterable {
    case registered = "geregistreerd"
    case changed = "gewijzigd"
    case moved = "verplaatst"
    case attributed = "toegeschreven"
    case replaced = "vervangen"
    case removed = "verwijderd"
    case notified = "gemeld"
    case acknowledged = "bevestigd"
    case imported = "geimporteerd"
}

/// One changed field with its value before and after, as text (nil = absent).
public struct FieldChange: Codable, Hashable, Sendable {
    public var field: String
    public var before: String?
    public var after: String?

    public init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }
}

/// An entry in the append-only history: who did what to which record, when, and what changed.
public struct Event: Codable, Hashable, Sendable {
    public var id: Int64?
    public var at: Date
    public var actor: String
    public var action: EventAction
    /// The kind of record (`apparaat`, `organisatie`, `plaatsing`, `import`) and its id.
    public var subjectType: String
    public var subjectID: String
    public var changes: [FieldChange]

    public init(id: Int64? = nil, at: Date, actor: String, action: EventAction, subjectType: String,
                subjectID: String, changes: [FieldChange]) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.subjectType = subjectType
        self.subjectID = subjectID
        self.changes = changes
    }
}
