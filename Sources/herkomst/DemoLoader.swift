import HerkomstCore

/// Loads the illustrative demo data of The Hague once: a database that already holds devices is left alone,
/// so `herkomst demo` run twice changes nothing.
struct DemoLoader {
    let store: any RegisterStore
    let actor = "herkomst demo"

    /// Returns the number of devices loaded (0 when the database already had devices).
    func loadIfMissing(today: Day) async throws -> Int {
        guard try await store.deviceCount() == 0 else { return 0 }
        let dataset = DemoData.generate(today: today)
        for organisation in dataset.organisations {
            try await store.save(organisation, actor: actor)
        }
        try await store.register(dataset.registrations, actor: actor)
        return dataset.registrations.count
    }
}
