import Foundation
import HerkomstCore

/// The SOAP documents in what people save of an ONVIF exchange: the XML itself, an HTTP response with its headers
/// (`curl -i`, a proxy log), a capture tool's JSON record of request and response (`response_body`, as
/// onvif-go's diagnostics write it, one exchange or a list of them), or an archive (`.tar.gz`) of such files.
enum ONVIFCapture {
    struct Document {
        var data: Data
        /// Where in the file it was found, for messages: nil for the whole file.
        var place: String?
    }

    static func documents(in data: Data, file: String, limits: ReaderLimits) throws -> [Document] {
        guard CaptureArchive.isArchive(data) else { return try documents(in: data, file: file, inArchive: false) }
        var documents: [Document] = []
        for member in try CaptureArchive.members(of: data, file: file, limits: limits) {
            documents += try Self.documents(in: member.data, file: "\(file), \(member.name)", inArchive: true).map {
                Document(data: $0.data, place: [member.name, $0.place].compactMap { $0 }.joined(separator: ", "))
            }
        }
        guard !documents.isEmpty else {
            throw InputProblem(file: file, message: "archief zonder ONVIF-antwoorden: geen XML, HTTP-antwoord of JSON-opname met 'response_body' erin")
        }
        return documents
    }

    /// One saved file. In an archive, files that hold no SOAP answer (a README, a tool's summary) are passed over;
    /// on its own, such a file is an error the user must hear about.
    private static func documents(in data: Data, file: String, inArchive: Bool) throws -> [Document] {
        let start = data.firstIndex { !(Self.whitespace.contains($0)) } ?? data.startIndex
        if data[start...].starts(with: Array("HTTP/".utf8)) {
            return [Document(data: Data(data[bodyStart(afterHeadersFrom: start, in: data)...]), place: "HTTP-body")]
        }
        let isJSON = start < data.endIndex && (data[start] == UInt8(ascii: "{") || data[start] == UInt8(ascii: "["))
        guard isJSON else {
            let isXML = start < data.endIndex && data[start] == UInt8(ascii: "<")
            return isXML || !inArchive ? [Document(data: data, place: nil)] : []
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw InputProblem(file: file, message: "geen XML en geen leesbare JSON-opname van een ONVIF-uitwisseling: \(error.localizedDescription)")
        }
        var bodies: [Document] = []
        collectResponseBodies(in: json, path: "", into: &bodies)
        guard !bodies.isEmpty || inArchive else {
            throw InputProblem(file: file, field: "response_body",
                               message: "JSON zonder ONVIF-antwoord: verwacht een opname met 'response_body' (de SOAP-tekst van het antwoord)")
        }
        return bodies
    }

    private static let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF]

    /// After the first empty line (`\r\n\r\n` or `\n\n`); the end of the data when there is none.
    private static func bodyStart(afterHeadersFrom start: Data.Index, in data: Data) -> Data.Index {
        var i = start
        while i < data.endIndex {
            if data[i] == 0x0A {
                var j = data.index(after: i)
                if j < data.endIndex, data[j] == 0x0D { j = data.index(after: j) }
                if j < data.endIndex, data[j] == 0x0A { return data.index(after: j) }
            }
            i = data.index(after: i)
        }
        return data.endIndex
    }

    private static func collectResponseBodies(in value: Any, path: String, into bodies: inout [Document]) {
        switch value {
        case let object as [String: Any]:
            if let body = object["response_body"] as? String, !body.isEmpty {
                let operation = (object["operation_name"] as? String).map { " (\($0))" } ?? ""
                bodies.append(Document(data: Data(body.utf8), place: "\(path)response_body\(operation)"))
            }
            for key in object.keys.sorted() where key != "response_body" && key != "request_body" {
                collectResponseBodies(in: object[key]!, path: "\(path)\(key).", into: &bodies)
            }
        case let array as [Any]:
            for (i, element) in array.enumerated() {
                collectResponseBodies(in: element, path: "\(path.isEmpty ? "" : String(path.dropLast()))[\(i)].", into: &bodies)
            }
        default:
            break
        }
    }
}
