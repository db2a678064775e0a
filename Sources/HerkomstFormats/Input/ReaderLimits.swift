import Foundation
import HerkomstCore

/// Bounds a reader keeps to, so that a huge or hostile file fails fast instead of eating memory or time.
public struct ReaderLimits: Hashable, Sendable {
    /// Files larger than this are refused before they are parsed.
    public var maximumBytes: Int
    /// XML nested deeper than this is refused (real scans and SOAP answers stay under 12 levels).
    public var maximumDepth: Int
    /// Text lines longer than this are refused (a walk line holds one value; a megabyte is already absurd).
    public var maximumLineLength: Int

    public init(maximumBytes: Int, maximumDepth: Int = 64, maximumLineLength: Int = 1 << 20) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumLineLength = maximumLineLength
    }

    /// For scans and walks of whole networks (nmap XML, SNMP walks): 64 MiB.
    public static let scan = ReaderLimits(maximumBytes: 64 << 20)
    /// For single answers and documents (ONVIF): 16 MiB.
    public static let document = ReaderLimits(maximumBytes: 16 << 20)

    func checkSize(_ data: Data, file: String) throws {
        if data.count > maximumBytes {
            throw InputProblem(file: file, message: "bestand is \(Self.describe(data.count)), groter dan de grens van "
                               + "\(Self.describe(maximumBytes)); splits het of verhoog de grens")
        }
        if data.isEmpty {
            throw InputProblem(file: file, message: "bestand is leeg")
        }
    }

    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}

/// Reads a file from disk without ever holding more than the limit: a 10 GB file costs no more than a 64 MiB one.
public enum InputFileLoader {
    public static func load(_ url: URL, limits: ReaderLimits) throws -> Data {
        let name = url.lastPathComponent
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw InputProblem(file: name, message: "kan het bestand niet openen: bestaat het, en mag het gelezen worden?")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limits.maximumBytes + 1) ?? Data()
        } catch {
            throw InputProblem(file: name, message: "lezen mislukt (\(error.localizedDescription))")
        }
        if data.count > limits.maximumBytes {
            throw InputProblem(file: name, message: "bestand is groter dan de grens van "
                               + "\(ReaderLimits.describe(limits.maximumBytes)); splits het of verhoog de grens")
        }
        return data
    }
}
