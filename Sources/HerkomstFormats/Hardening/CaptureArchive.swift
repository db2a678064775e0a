import Foundation
import HerkomstCore
#if canImport(zlib)
import zlib
#else
import CZlib
#endif

/// The files in a capture archive — a `.tar.gz`, `.tgz` or plain `.tar`, as capture tools write them (onvif-go's
/// diagnostics pack a camera's SOAP answers so) — read in memory and bounded like every reader: the unpacked
/// bytes stay under the reader's size limit and at most 100 times the packed size, at most 10,000 entries, and an
/// archive inside the archive is refused. Nothing is written to disk, so entry names cannot escape anywhere.
enum CaptureArchive {
    struct Member: Sendable {
        var name: String
        var data: Data
    }

    static let maximumRatio = 100
    static let maximumEntries = 10_000

    static func isArchive(_ data: Data) -> Bool {
        isGzip(data) || isTar(data)
    }

    static func isGzip(_ data: Data) -> Bool {
        data.starts(with: [0x1F, 0x8B])
    }

    /// POSIX and GNU tar headers carry "ustar" at offset 257.
    static func isTar(_ data: Data) -> Bool {
        data.count >= 512 && data.dropFirst(257).starts(with: Array("ustar".utf8))
    }

    /// The regular files of the archive, in archive order; directories, links and metadata entries are passed over.
    static func members(of data: Data, file: String, limits: ReaderLimits) throws -> [Member] {
        let tar = isGzip(data) ? try gunzip(data, file: file, limits: limits) : data
        guard isTar(tar) else {
            throw InputProblem(file: file, message: "gecomprimeerd bestand zonder tar-archief erin; verwacht een .tar.gz zoals opnametools het schrijven")
        }
        return try TarReader(data: tar, file: file).members()
    }

    /// Unpacks gzip (every member of a concatenated file), stopping as soon as the output passes a bound.
    static func gunzip(_ data: Data, file: String, limits: ReaderLimits) throws -> Data {
        let bound = min(limits.maximumBytes, data.count * maximumRatio)
        var output = Data()
        var stream = z_stream()
        // 16 + 15: a gzip header and trailer around a deflate stream with the largest window; zlib checks the CRC.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw InputProblem(file: file, message: "gzip kan niet worden uitgepakt (zlib start niet)")
        }
        defer { inflateEnd(&stream) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        try data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            guard let base = input.bindMemory(to: UInt8.self).baseAddress else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = UInt32(input.count)
            while true {
                let status = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
                if output.count > bound {
                    throw InputProblem(file: file, message: output.count > limits.maximumBytes
                        ? "uitgepakt groter dan de grens van \(limits.maximumBytes) bytes; niets ingelezen"
                        : "uitgepakt meer dan \(maximumRatio) keer zo groot als het bestand (zip-bom?); niets ingelezen")
                }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END where stream.avail_in == 0:
                    return
                case Z_STREAM_END:
                    // Another gzip member follows (`cat a.gz b.gz`).
                    guard inflateReset(&stream) == Z_OK else {
                        throw InputProblem(file: file, message: "gzip-bestand is beschadigd na het eerste deel")
                    }
                case Z_BUF_ERROR:
                    throw InputProblem(file: file, message: "gzip-bestand is afgebroken: het eindigt midden in de gegevens")
                default:
                    let reason = stream.msg.map { String(cString: $0) } ?? "code \(status)"
                    throw InputProblem(file: file, message: "gzip-bestand is beschadigd: \(reason)")
                }
            }
        }
        return output
    }
}

/// Reads tar's 512-byte blocks: a header (name, size in octal, type, checksum), then the content rounded up to
/// whole blocks; two empty blocks end the archive.
private struct TarReader {
    let data: Data
    let file: String
    static let block = 512

    func members() throws -> [CaptureArchive.Member] {
        var members: [CaptureArchive.Member] = []
        var offset = data.startIndex
        var longName: String?
        var entries = 0
        while offset + Self.block <= data.endIndex {
            let header = data[offset..<(offset + Self.block)]
            if header.allSatisfy({ $0 == 0 }) { break }
            entries += 1
            guard entries <= CaptureArchive.maximumEntries else {
                throw InputProblem(file: file, message: "archief heeft meer dan \(CaptureArchive.maximumEntries) onderdelen; niets ingelezen")
            }
            let place = "tar-kop \(entries) (byte \(offset - data.startIndex))"
            guard checksumHolds(header) else {
                throw InputProblem(file: file, field: place, message: "tar-kop is beschadigd (controlesom klopt niet)")
            }
            guard let size = octal(header, at: 124, length: 12) else {
                throw InputProblem(file: file, field: place, message: "tar-kop heeft geen leesbare lengte")
            }
            let contentStart = offset + Self.block
            guard size <= data.endIndex - contentStart else {
                throw InputProblem(file: file, field: place, message: "archief is afgebroken: het onderdeel is \(size) bytes, het bestand houdt eerder op")
            }
            let content = data[contentStart..<(contentStart + size)]
            let type = header[header.startIndex + 156]
            switch type {
            case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
                let name = longName ?? fullName(header)
                longName = nil
                if CaptureArchive.isArchive(content) {
                    throw InputProblem(file: file, field: name, message: "archief in een archief wordt niet gelezen")
                }
                if !content.isEmpty && !Self.isMetadata(name) {
                    members.append(CaptureArchive.Member(name: name, data: Data(content)))
                }
            case UInt8(ascii: "L"):
                // GNU's long name: the next entry's name is this entry's content.
                longName = String(decoding: content.prefix { $0 != 0 }, as: UTF8.self)
            default:
                break  // directories, links, devices, pax metadata
            }
            offset = contentStart + (size + Self.block - 1) / Self.block * Self.block
        }
        return members
    }

    /// macOS's AppleDouble companions (`._name`) hold file attributes, not the file.
    static func isMetadata(_ name: String) -> Bool {
        (name.split(separator: "/").last ?? "").hasPrefix("._")
    }

    private func fullName(_ header: Data) -> String {
        let name = text(header, at: 0, length: 100)
        let prefix = text(header, at: 345, length: 155)
        return prefix.isEmpty ? name : "\(prefix)/\(name)"
    }

    private func text(_ header: Data, at position: Int, length: Int) -> String {
        let field = header.dropFirst(position).prefix(length)
        return String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    private func octal(_ header: Data, at position: Int, length: Int) -> Int? {
        let digits = text(header, at: position, length: length).trimmingCharacters(in: CharacterSet(charactersIn: " \0"))
        return digits.isEmpty ? 0 : Int(digits, radix: 8)
    }

    /// The sum of the header's bytes with the checksum field counted as spaces.
    private func checksumHolds(_ header: Data) -> Bool {
        guard let stored = octal(header, at: 148, length: 8) else { return false }
        var sum = 0
        for (i, byte) in header.enumerated() {
            sum += (148..<156).contains(i) ? 0x20 : Int(byte)
        }
        return sum == stored
    }
}
