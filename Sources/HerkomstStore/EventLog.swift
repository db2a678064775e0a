import HerkomstCore
import SQLKit

/// The one place events are written: always inside the transaction of the change they describe.
enum EventLog {
    static func append(_ events: [Event], to db: any SQLDatabase) async throws {
        let rows: [[any Encodable & Sendable]] = try events.map { e in
            [Timestamps.text(e.at), e.actor, e.action.rawValue, e.subjectType, e.subjectID, try StoredJSON.text(e.changes)]
        }
        try await BulkInsert.run(db, into: "events", columns: ["at", "actor", "action", "subject_type", "subject_id", "changes"],
                                 rows: rows)
    }
}
