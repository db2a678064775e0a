import Foundation
import Hummingbird
import MultipartKit

/// One part of a `multipart/form-data` body: its form field name, file name (for uploads) and bytes.
struct FormPart {
    var name: String
    var fileName: String?
    var data: Data
}

/// Splits a `multipart/form-data` body into its parts; a body that is not multipart is a 400.
enum MultipartForm {
    static func parts(contentType: String?, body: ByteBuffer) throws -> [FormPart] {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
              let boundary = parameter("boundary", in: contentType) else {
            throw Problem.badRequest([.init(name: "Content-Type",
                                            reason: "verwacht multipart/form-data met een boundary")])
        }
        let parser = MultipartParser(boundary: boundary)
        var parts: [FormPart] = []
        var headers: [String: String] = [:]
        var data = Data()
        parser.onHeader = { key, value in headers[key.lowercased()] = value }
        parser.onBody = { buffer in data.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            let disposition = headers["content-disposition"] ?? ""
            parts.append(FormPart(name: parameter("name", in: disposition) ?? "",
                                  fileName: parameter("filename", in: disposition), data: data))
            headers = [:]
            data = Data()
        }
        do {
            try parser.execute(body)
        } catch {
            throw Problem.badRequest([.init(name: "body", reason: "onleesbare multipart-inhoud: \(error)")])
        }
        return parts
    }

    /// `boundary=abc` or `name="bestand"` out of a header value.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let kv = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, kv[0].lowercased() == key else { continue }
            var value = kv[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
