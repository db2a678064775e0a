import Foundation
import HerkomstCore
import HerkomstFormats
import Hummingbird

/// `POST /v1/importen`: the same importer core as `herkomst import`, through a multipart upload.
/// Form fields: one or more `bestand` files; `formaat`, `organisatie`, `proefdraai` (`true` previews only).
struct ImportRoutes {
    let store: any ImportStore
    let now: @Sendable () -> Date
    let makerKey: @Sendable (String) -> String
    let attributor: Attributor?
    static let maximumUpload = 256 * 1024 * 1024

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.post("importen") { request, _ in try await upload(request) }
    }

    private func upload(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: Self.maximumUpload)
        let parts = try MultipartForm.parts(contentType: request.headers[.contentType], body: body)
        var options = ImportOptions()
        var files: [ImportFile] = []
        var invalid: [Problem.InvalidParam] = []
        for part in parts {
            let text = String(decoding: part.data, as: UTF8.self)
            switch part.name {
            case "bestand":
                files.append(ImportFile(name: part.fileName ?? "upload", data: part.data))
            case "formaat":
                if let f = ImportFormat(rawValue: text) { options.format = f } else {
                    invalid.append(.init(name: "formaat", reason: "onbekend formaat '\(text)'"))
                }
            case "organisatie":
                options.organisation = text
            case "proefdraai":
                options.dryRun = text == "true"
            default:
                invalid.append(.init(name: part.name, reason: "onbekend formulierveld"))
            }
        }
        if files.isEmpty { invalid.append(.init(name: "bestand", reason: "geen bestand meegestuurd")) }
        if !invalid.isEmpty { throw Problem.badRequest(invalid) }

        let summary = try await ImportPipeline(store: store, now: now, makerKey: makerKey, attributor: attributor).run(files, options: options, actor: "api")
        if summary.rejectedCount > 0 && !options.dryRun {
            throw Problem(status: .unprocessableContent, title: "Import afgewezen",
                          detail: "\(summary.rejectedCount) regel(s) afgewezen; er is niets opgeslagen.",
                          invalidParams: summary.problems.map {
                              .init(name: [$0.file, $0.line.map(String.init), $0.field].compactMap { $0 }.joined(separator: ":"),
                                    reason: $0.message)
                          })
        }
        return try JSONBody.response(summary, status: options.dryRun ? .ok : .created)
    }
}
