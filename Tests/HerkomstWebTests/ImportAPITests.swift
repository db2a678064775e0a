import Foundation
import HerkomstCore
import HerkomstStore
import HerkomstWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /v1/importen`: the same importer as the CLI, through a multipart upload.
@Suite("POST /v1/importen: multipart upload, dry run, all or nothing")
struct ImportAPITests {
    static let sheet = """
        klasse;merk;model;serienummer;mac-adres;eigenaar;latitude;longitude
        camera;Axis;P1455-LE;ACCC8E7A1B2C;AC:CC:8E:7A:1B:2C;gemeente-den-haag;52,0671;4,2911
        camera;Hikvision;DS-2CD2143G2-I;F12345678;C0:56:E3:10:20:30;gemeente-den-haag;52,1107;4,2747
        """

    func multipart(_ fields: [(name: String, fileName: String?, content: String)]) -> (String, ByteBuffer) {
        let boundary = "herkomst-test-grens"
        var body = ""
        for f in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(f.name)\""
            if let fileName = f.fileName { body += "; filename=\"\(fileName)\"\r\nContent-Type: text/csv" }
            body += "\r\n\r\n\(f.content)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(string: body))
    }

    func withApp(_ test: @Sendable (any TestClientProtocol, SQLRegisterStore) async throws -> Void) async throws {
        let store = try await SQLRegisterStore.open(.sqliteMemory)
        try await store.save(Organisation(slug: "gemeente-den-haag", name: "Gemeente Den Haag", kind: .gemeente), actor: "test")
        let app = Application(router: buildRouter(WebDependencies(store: store, today: { Day("2026-11-29")! })))
        do { try await app.test(.router) { try await test($0, store) } } catch {
            try await store.shutdown()
            throw error
        }
        try await store.shutdown()
    }

    func post(_ client: any TestClientProtocol, _ fields: [(name: String, fileName: String?, content: String)])
        async throws -> (HTTPResponse.Status, [String: Any]) {
        let (contentType, body) = multipart(fields)
        return try await client.execute(uri: "/v1/importen", method: .post, headers: [.contentType: contentType], body: body) {
            ($0.status, (try? JSONSerialization.jsonObject(with: Data(buffer: $0.body)) as? [String: Any]) ?? [:])
        }
    }

    @Test func aDryRunPreviewsAndAnUploadStores() async throws {
        try await withApp { client, store in
            let (previewStatus, preview) = try await post(client, [("bestand", "cameras.csv", Self.sheet), ("proefdraai", nil, "true")])
            #expect(previewStatus == .ok)
            #expect(preview["aangemaakt"] as? Int == 2)
            #expect((preview["regels"] as? [[String: Any]])?.count == 2)
            #expect(try await store.deviceCount() == 0)

            let (status, summary) = try await post(client, [("bestand", "cameras.csv", Self.sheet)])
            #expect(status == .created)
            #expect(summary["aangemaakt"] as? Int == 2)
            #expect(try await store.deviceCount() == 2)
        }
    }

    @Test func aRejectedLineIsA422NamingItAndNothingIsStored() async throws {
        try await withApp { client, store in
            let bad = Self.sheet + "\ncamera;Axis;P1455-LE;ACCC8E000009;AC:CC:8E:00:00:09;gemeente-den-haag;91;4,3"
            let (status, problem) = try await post(client, [("bestand", "cameras.csv", bad)])
            #expect(status == .unprocessableContent)
            let names = (problem["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names == ["cameras.csv:4:latitude"])
            #expect(try await store.deviceCount() == 0)
        }
    }

    @Test func anUploadWithoutAFileIsA400() async throws {
        try await withApp { client, _ in
            let (status, problem) = try await post(client, [("organisatie", nil, "gemeente-den-haag")])
            #expect(status == .badRequest)
            #expect((problem["invalidParams"] as? [[String: Any]])?.first?["name"] as? String == "bestand")
        }
    }
}
