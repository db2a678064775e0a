import Foundation
import HerkomstCore
import ZIPFoundation

/// A workbook's ZIP archive, opened with every check a hostile file calls for: too many entries, an entry whose
/// declared size or compression ratio is beyond the limits, path traversal or absolute names, symbolic links,
/// archives inside the archive. Entries are extracted while counting the bytes, and extraction stops the moment
/// an entry produces more than it declared, more than the limits, or more than the ratio allows — a ZIP's own
/// size fields can lie.
struct XLSXArchive {
    let file: String
    let limits: TabularLimits
    private let archive: Archive
    /// Uploaded bytes are read from a private temporary file: ZIPFoundation's in-memory mode traps on an archive
    /// whose offsets point past its end (found by fuzzing), while reading a file simply comes up short.
    private let spool: TemporaryFile?
    private var entries: [String: Entry] = [:]
    private var extractedTotal: Int64 = 0

    static let nestedArchiveExtensions: Set<String> = ["zip", "xlsx", "xlsm", "xlsb", "xltx", "docx", "pptx", "ods",
                                                       "jar", "7z", "rar", "gz", "tgz", "tar", "bz2", "xz", "cab"]

    init(_ input: TabularInput, limits: TabularLimits) throws {
        file = input.name
        self.limits = limits
        try input.checkSize(limit: limits.maxFileBytes)
        let url: URL
        switch input {
        case .file(let fileURL):
            url = fileURL
            spool = nil
        case .bytes(let bytes, _):
            let file = try TemporaryFile(bytes, for: input.name)
            url = file.url
            spool = file
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw InputProblem(file: file, message: "geen geldige XLSX-werkmap: het is geen leesbaar ZIP-archief")
        }
        try inspectEntries()
    }

    /// Checks every entry's name, type and declared sizes before anything is extracted.
    private mutating func inspectEntries() throws {
        var count = 0
        var declaredTotal: Int64 = 0
        for entry in archive {
            count += 1
            if count > limits.maxArchiveEntries {
                throw InputProblem(file: file, message: "archief heeft meer dan \(limits.maxArchiveEntries) onderdelen; een werkmap heeft er enkele tientallen")
            }
            let path = entry.path
            try checkName(path)
            switch entry.type {
            case .symlink:
                throw InputProblem(file: file, field: path, message: "archief bevat een symbolische koppeling")
            case .directory:
                continue
            case .file:
                break
            }
            let ext = (path as NSString).pathExtension.lowercased()
            if Self.nestedArchiveExtensions.contains(ext) {
                throw InputProblem(file: file, field: path, message: "archief bevat een ander archief (.\(ext)); geneste archieven worden geweigerd")
            }
            let uncompressed = Int64(clamping: entry.uncompressedSize)
            let compressed = max(Int64(clamping: entry.compressedSize), 1)
            if uncompressed > limits.maxEntryUncompressedBytes {
                throw InputProblem(file: file, field: path,
                    message: "onderdeel is uitgepakt \(TabularInput.megabytes(uncompressed)), meer dan de grens van \(TabularInput.megabytes(limits.maxEntryUncompressedBytes))")
            }
            if uncompressed / compressed > limits.maxCompressionRatio {
                throw InputProblem(file: file, field: path,
                    message: "compressieverhouding \(uncompressed / compressed):1 is hoger dan \(limits.maxCompressionRatio):1 (zip-bom?)")
            }
            declaredTotal += uncompressed
            if declaredTotal > limits.maxTotalUncompressedBytes {
                throw InputProblem(file: file, message: "archief is uitgepakt groter dan \(TabularInput.megabytes(limits.maxTotalUncompressedBytes))")
            }
            entries[path] = entry
        }
    }

    private func checkName(_ path: String) throws {
        let components = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        let isAbsolute = path.hasPrefix("/") || path.hasPrefix("\\")
            || (path.count >= 2 && path[path.index(after: path.startIndex)] == ":")
        if isAbsolute || components.contains("..") || path.contains("\0") {
            throw InputProblem(file: file, field: path,
                message: "onderdeel heeft een gevaarlijke naam (absoluut pad of '..'); het archief wordt geweigerd")
        }
    }

    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The entry's bytes, counted while extracting; also refuses an archive inside the archive by its content.
    mutating func read(_ path: String) throws -> [UInt8] {
        guard let entry = entries[path] else {
            throw InputProblem(file: file, field: path, message: "onderdeel ontbreekt in de werkmap")
        }
        let declared = Int64(clamping: entry.uncompressedSize)
        let compressed = max(Int64(clamping: entry.compressedSize), 1)
        let ceiling = min(declared, limits.maxEntryUncompressedBytes, compressed * limits.maxCompressionRatio)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(declared, 64 << 20)))
        let file = self.file
        let totalBefore = extractedTotal
        let totalLimit = limits.maxTotalUncompressedBytes
        do {
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: false) { chunk in
                bytes.append(contentsOf: chunk)
                let count = Int64(bytes.count)
                if count > ceiling {
                    throw InputProblem(file: file, field: path,
                        message: count > declared
                            ? "onderdeel pakt groter uit dan het archief opgeeft (\(TabularInput.megabytes(declared))); uitpakken afgebroken"
                            : "onderdeel pakt uit boven de grens (grootte of compressieverhouding); uitpakken afgebroken")
                }
                if totalBefore + count > totalLimit {
                    throw InputProblem(file: file, message: "archief pakt uit groter dan \(TabularInput.megabytes(totalLimit)); uitpakken afgebroken")
                }
            }
        } catch let problem as InputProblem {
            throw problem
        } catch {
            throw InputProblem(file: file, field: path, message: "onderdeel kan niet worden uitgepakt (beschadigd archief?)")
        }
        extractedTotal += Int64(bytes.count)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw InputProblem(file: file, field: path, message: "onderdeel is zelf een ZIP-archief; geneste archieven worden geweigerd")
        }
        return bytes
    }

    /// An XML part: extracted with the checks above, then refused when it declares a DTD or entities.
    mutating func readXML(_ path: String) throws -> [UInt8] {
        let bytes = try read(path)
        try TabularXMLSafety.check(bytes, file: file, part: path)
        return bytes
    }
}

/// A file in the temporary directory that exists as long as this object: created with the bytes, removed on deinit.
final class TemporaryFile {
    let url: URL

    init(_ bytes: [UInt8], for name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("herkomst-\(UUID().uuidString).xlsx")
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw InputProblem(file: name, message: "tijdelijk bestand kan niet worden geschreven")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
