import Foundation
import Hummingbird

/// An error as `application/problem+json` (RFC 9457), the way the Dutch API Design Rules ask for it.
struct Problem: HTTPResponseError {
    struct InvalidParam: Encodable, Sendable {
        /// The query key or field pointer (`pageSize`, `#/peildatum`).
        var name: String
        var reason: String
    }

    var status: HTTPResponse.Status
    var title: String
    var detail: String
    var invalidParams: [InvalidParam] = []

    static func badRequest(_ invalid: [InvalidParam]) -> Problem {
        Problem(status: .badRequest, title: "Ongeldige invoer",
                detail: invalid.map { "\($0.name): \($0.reason)" }.joined(separator: "; "),
                invalidParams: invalid)
    }

    static func notFound(_ detail: String) -> Problem {
        Problem(status: .notFound, title: "Niet gevonden", detail: detail)
    }

    /// The wire form (RFC 9457 members plus `invalidParams` as the Dutch API Design Rules use them).
    struct Body: Encodable {
        var type = "about:blank"
        var status: Int
        var title: String
        var detail: String
        var instance: String
        var invalidParams: [InvalidParam]?
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(status: Int(status.code), title: title, detail: detail, instance: request.uri.path,
                        invalidParams: invalidParams.isEmpty ? nil : invalidParams)
        return try JSONBody.response(body, status: status, contentType: "application/problem+json")
    }
}
