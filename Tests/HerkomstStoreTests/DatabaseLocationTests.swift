import Foundation
import HerkomstCore
import HerkomstStore
import Testing

@Suite("Opening a database: clear errors, nothing written")
struct DatabaseLocationTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("herkomst-loc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func locationsAreParsedAndUnknownSchemesRefused() throws {
        #expect(try DatabaseLocation.parse("herkomst.sqlite") == .sqliteFile(path: "herkomst.sqlite"))
        #expect(try DatabaseLocation.parse("postgresql://u@h:5433/db") == .postgres(url: "postgresql://u@h:5433/db", schema: nil))
        #expect(throws: StoreError.self) { try DatabaseLocation.parse("mysql://root:geheim@localhost/db") }
        do {
            _ = try DatabaseLocation.parse("mysql://root:geheim@localhost/db")
        } catch {
            #expect(error.description.contains("mysql://"))
            #expect(!error.description.contains("geheim"), "passwords never appear in messages")
        }
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() async throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("herkomst.sqlite")
        let junk = Data("Dit is een notitie, geen database.\n".utf8) + Data((0..<4096).map { UInt8($0 % 251) })
        try junk.write(to: file)
        await #expect(throws: StoreError.self) { _ = try await SQLRegisterStore.open(.sqliteFile(path: file.path)) }
        #expect(try Data(contentsOf: file) == junk)
    }

    /// Also as root (CI runs as root): a file without write permission was made read-only on purpose.
    @Test func aReadOnlyFileIsRefusedWithTheReason() async throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("herkomst.sqlite")
        let store = try await SQLRegisterStore.open(.sqliteFile(path: file.path))
        try await store.shutdown()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path) }
        do {
            _ = try await SQLRegisterStore.open(.sqliteFile(path: file.path))
            Issue.record("a read-only database was opened for writing")
        } catch let error as StoreError {
            #expect(error.description.contains("alleen-lezen"))
        }
    }

    @Test func aFolderOrAMissingFolderIsRefused() async throws {
        let folder = try temporaryFolder()
        await #expect(throws: StoreError.self) { _ = try await SQLRegisterStore.open(.sqliteFile(path: folder.path)) }
        let missing = folder.appendingPathComponent("bestaat-niet/herkomst.sqlite").path
        await #expect(throws: StoreError.self) { _ = try await SQLRegisterStore.open(.sqliteFile(path: missing)) }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func anUnreachablePostgreSQLIsAClearError() async throws {
        do {
            _ = try await SQLRegisterStore.open(try DatabaseLocation.parse("postgres://herkomst@127.0.0.1:1/herkomst"))
            Issue.record("connected to a port where nothing listens")
        } catch let error as StoreError {
            #expect(error.description.contains("niet bereikbaar"))
        }
    }

    @Test func aReadOnlyFolderIsRefusedAndNothingIsCreated() async throws {
        let folder = try temporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let file = folder.appendingPathComponent("nieuw.sqlite").path
        do {
            _ = try await SQLRegisterStore.open(.sqliteFile(path: file))
            Issue.record("a database was created in a read-only folder")
        } catch let error as StoreError {
            guard case .readOnly = error else { Issue.record("expected readOnly, got \(error)"); return }
            #expect(error.description.contains(folder.path))
        }
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    /// SQLite's header intact, the pages behind it overwritten: a file damaged on disk. However far opening gets,
    /// the user sees that the file is damaged — not a driver's error code.
    @Test func aDamagedDatabaseIsNamedAsSuch() async throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("herkomst.sqlite")
        let store = try await SQLRegisterStore.open(.sqliteFile(path: file.path))
        try await store.save(Organisation(slug: "gemeente-den-haag", name: "Gemeente Den Haag", kind: .gemeente), actor: "test")
        try await store.shutdown()
        let handle = try FileHandle(forWritingTo: file)
        try handle.seek(toOffset: 100)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 8_000))
        try handle.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }

        do {
            let reopened = try await SQLRegisterStore.open(.sqliteFile(path: file.path))
            _ = try await reopened.organisations()
            try? await reopened.shutdown()
            Issue.record("a damaged database was read without complaint")
        } catch let error as StoreError {
            guard case .notADatabase = error else { Issue.record("expected notADatabase, got \(error)"); return }
            #expect(error.description.contains(file.path))
        }
    }

    @Test func moreLocationForms() throws {
        #expect(try DatabaseLocation.parse(":memory:") == .sqliteMemory)
        #expect(try DatabaseLocation.parse("sqlite:///var/lib/herkomst/r.sqlite") == .sqliteFile(path: "/var/lib/herkomst/r.sqlite"))
        #expect(try DatabaseLocation.parse(" herkomst.sqlite ") == .sqliteFile(path: "herkomst.sqlite"))
        #expect(throws: StoreError.self) { try DatabaseLocation.parse("") }
        for other in ["mongodb://localhost/r", "http://example.org/r.sqlite", "MySQL://h/db"] {
            #expect(throws: StoreError.self, "\(other)") { try DatabaseLocation.parse(other) }
        }
    }
}
