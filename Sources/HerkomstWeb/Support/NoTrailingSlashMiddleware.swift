import Hummingbird

/// The Dutch API Design Rules: a resource path never ends in a slash; `/v1/apparaten/` is not `/v1/apparaten`.
struct NoTrailingSlashMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path.count > 1, path.hasSuffix("/") {
            throw Problem.notFound("Paden eindigen niet op een schuine streep: gebruik \(path.dropLast())")
        }
        return try await next(request, context)
    }
}
