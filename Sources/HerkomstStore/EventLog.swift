import HerkomstCore
import SQLKit

/// The one place events are written: always inside the transaction of the change they describe.
enum EventLog {
    static func append(_ events: [Event], to db: any SQLDatabase) async throws {
        var times = Timestamps.Memo()
        try await BulkInsert.run(db, into: "events", columns: ["at", "actor", "action", "subject_type", "subject_id", "changes"],
                                 items: events) { e in
            [.text(times.text(e.at)), .text(e.actor), .text(e.action.rawValue), .text(e.subjectType), .text(e.subjectID),
             .text(try StoredJSON.text(e.changes))]
        }
    }
}
