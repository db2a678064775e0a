import HerkomstStore

enum TestStore {
    static func sqliteInMemory() async throws -> SQLRegisterStore {
        try await SQLRegisterStore.open(.sqliteMemory)
    }
}
