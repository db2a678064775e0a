import Hummingbird

/// Headers every response carries: the API version (Dutch API Design Rules) and the usual security headers.
struct StandardHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    let apiVersion: String

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            // Never leak internals (SQL, paths) to a caller; the log has the detail.
            context.logger.error("Onverwachte fout bij \(request.uri.path): \(String(reflecting: error))")
            response = try Problem(status: .internalServerError, title: "Interne fout",
                                   detail: "Er ging iets mis aan onze kant. Probeer het later opnieuw.")
                .response(from: request, context: context)
        }
        response.headers[.init("API-Version")!] = apiVersion
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
