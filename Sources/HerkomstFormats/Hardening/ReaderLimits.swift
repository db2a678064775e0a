import HerkomstCore

/// Bounds every reader enforces before and while it reads, so that a hostile or broken file costs seconds and
/// bounded memory, never the process.
public struct ReaderLimits: Hashable, Sendable {
    /// Files larger than this are refused before parsing.
    public var maximumBytes: Int
    /// Deeper XML element nesting than this is refused (real nmap and SOAP documents stay below 12).
    public var maximumDepth: Int
    /// Longer text lines than this are refused (walks): no real OID value comes near it.
    public var maximumLineLength: Int

    public init(maximumBytes: Int, maximumDepth: Int = 64, maximumLineLength: Int = 256 * 1024) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumLineLength = maximumLineLength
    }

    /// Scans of whole networks are big: 64 MiB.
    public static let scan = ReaderLimits(maximumBytes: 64 * 1024 * 1024)
    /// Walks, device answers and register files: 16 MiB.
    public static let standard = ReaderLimits(maximumBytes: 16 * 1024 * 1024)

    /// Refuses empty and oversized input with a message naming the file.
    func checkSize(of byteCount: Int, file: String) throws {
        if byteCount == 0 {
            throw InputProblem(file: file, message: "bestand is leeg")
        }
        if byteCount > maximumBytes {
            throw InputProblem(file: file, message:
                "bestand is \(byteCount) bytes, meer dan de grens van \(maximumBytes) bytes voor dit formaat; niets ingelezen")
        }
    }
}
