import Foundation
import Hummingbird

/// One JSON encoder configuration for every response: stable key order, so answers diff cleanly.
enum JSONBody {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok,
                         contentType: String = "application/json") throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: contentType],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
