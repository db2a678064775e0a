import Foundation
import HerkomstCore

/// The bytes of a spreadsheet: a file on disk, read in chunks so a huge file is never held whole, or bytes
/// already in memory (an HTTP upload).
public enum TabularInput: Sendable {
    case file(URL)
    case bytes([UInt8], name: String)

    public static func data(_ data: Data, name: String) -> TabularInput { .bytes([UInt8](data), name: name) }

    /// The name used in messages: the file's name without its folder.
    public var name: String {
        switch self {
        case .file(let url): url.lastPathComponent
        case .bytes(_, let name): name
        }
    }

    /// The size in bytes, checked against the limit before anything is read.
    func size() throws -> Int64 {
        switch self {
        case .bytes(let bytes, _):
            return Int64(bytes.count)
        case .file(let url):
            do {
                let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
                if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
                    throw InputProblem(file: name, message: "is een map, geen bestand")
                }
                return (attributes[.size] as? NSNumber)?.int64Value ?? 0
            } catch let problem as InputProblem {
                throw problem
            } catch {
                throw InputProblem(file: name, message: "bestand kan niet worden gelezen: \(error.localizedDescription)")
            }
        }
    }

    /// Refuses the input when it is larger than the limit, before reading it.
    func checkSize(limit: Int64) throws {
        let size = try size()
        if size > limit {
            throw InputProblem(file: name, message: "bestand is \(Self.megabytes(size)) groot; de grens is \(Self.megabytes(limit))")
        }
    }

    static func megabytes(_ bytes: Int64) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MiB", Double(bytes) / 1_048_576) : "\(bytes) bytes"
    }

    /// Reads the input chunk by chunk.
    func chunks(size chunkSize: Int = 1 << 20) throws -> TabularChunkReader {
        switch self {
        case .bytes(let bytes, _):
            return TabularChunkReader(bytes: bytes, chunkSize: chunkSize)
        case .file(let url):
            do {
                return TabularChunkReader(handle: try FileHandle(forReadingFrom: url), chunkSize: chunkSize)
            } catch {
                throw InputProblem(file: name, message: "bestand kan niet worden geopend: \(error.localizedDescription)")
            }
        }
    }
}

/// Hands out an input's bytes in chunks of at most `chunkSize`. A file is read with read(2) into one reused
/// buffer: no copy through `Data` per chunk.
struct TabularChunkReader {
    private var handle: FileHandle?
    private var bytes: [UInt8]
    private var offset = 0
    private let chunkSize: Int

    init(bytes: [UInt8], chunkSize: Int) {
        self.bytes = bytes
        self.chunkSize = chunkSize
    }

    init(handle: FileHandle, chunkSize: Int) {
        self.handle = handle
        self.bytes = []
        self.chunkSize = chunkSize
    }

    /// The next chunk, or nil at the end.
    mutating func next() throws -> ArraySlice<UInt8>? {
        if let handle {
            if bytes.count != chunkSize { bytes = [UInt8](repeating: 0, count: chunkSize) }
            let descriptor = handle.fileDescriptor
            var count = 0
            while true {
                count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
                if count >= 0 || errno != EINTR { break }
            }
            guard count > 0 else {
                try? handle.close()
                self.handle = nil
                if count < 0 { throw CocoaError(.fileReadUnknown) }
                return nil
            }
            return bytes[0..<count]
        }
        guard offset < bytes.count else { return nil }
        let end = min(bytes.count, offset + chunkSize)
        defer { offset = end }
        return bytes[offset..<end]
    }
}
