import Foundation
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

    @Test(.enabled(if: getuid() != 0, "root writes read-only files anyway; run as an ordinary user"))
    func aReadOnlyFileIsRefusedWithTheReason() async throws {
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
}
