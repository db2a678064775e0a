import Foundation
import HerkomstCore
import Testing
@testable import HerkomstFormats

@Suite("Capture archives (.tar.gz) of ONVIF answers")
struct CaptureArchiveTests {
    let reader = ONVIFReader()

    @Test("an onvif-go style archive of one camera's answers makes one device; a README and a fault are passed over")
    func oneCamera() throws {
        let name = "onvif-capture-dahua.tar.gz"
        let devices = try reader.read(Fixture.data("archives/\(name)"), fileName: name)
        let device = try #require(devices.first)
        #expect(devices.count == 1)
        #expect(device.brand == "Dahua")
        #expect(device.model == "IPC-HFW2431S-S-S2")
        #expect(device.serialNumber == "7M0A2B3PAZ12F45")
        #expect(device.macAddresses == [MACAddress("3C:EF:8C:4D:21:9A")!])
        #expect(device.values(.onvifManufacturer) == ["Dahua"])
        #expect(device.values(.macAddress) == ["3C:EF:8C:4D:21:9A"])
        // Evidence names the archive, the member and the answer it came from.
        let source = try #require(device.evidence.first?.source)
        #expect(source.hasPrefix("\(name), Dahua_IPC-HFW2431S-S-S2_xmlcapture_20261204-101500/capture_001.json, response_body (GetDeviceInformation)"))
    }

    @Test("the format is detected from the archive's bytes, whatever the file is called")
    func detected() throws {
        let file = ImportFile(name: "upload.bin", data: try Fixture.data("archives/onvif-capture-dahua.tar.gz"))
        #expect(try FormatDetector.detect(file) == .onvif)
    }

    @Test("the same members as a plain tar read the same; concatenated gzip members are all read")
    func plainTarAndConcatenatedGzip() throws {
        let packed = try Fixture.data("archives/onvif-capture-dahua.tar.gz")
        let tar = try CaptureArchive.gunzip(packed, file: "a.tar.gz", limits: .standard)
        #expect(CaptureArchive.isTar(tar))
        let fromTar = try reader.read(tar, fileName: "a.tar")
        let fromGzip = try reader.read(packed, fileName: "a.tar")
        #expect(fromTar == fromGzip)
        let twice = try CaptureArchive.gunzip(packed + packed, file: "twice.gz", limits: .standard)
        #expect(twice == tar + tar)
    }

    @Test("a gzip bomb is refused by its ratio while unpacking, a file over the limit by its size")
    func bomb() throws {
        let bomb = try Fixture.data("archives/gzip-bomb.tar.gz")
        let problem = try #require(throws: InputProblem.self) { try reader.read(bomb, fileName: "bomb.tar.gz") }
        #expect(problem.file == "bomb.tar.gz")
        #expect(problem.message.contains("100 keer"))
        let small = ReaderLimits(maximumBytes: 4096)
        let tooBig = try #require(throws: InputProblem.self) {
            try CaptureArchive.gunzip(try Fixture.data("archives/onvif-capture-dahua.tar.gz"), file: "c.tar.gz", limits: small)
        }
        #expect(tooBig.message.contains("grens van 4096 bytes"))
    }

    @Test("a truncated or damaged gzip, a tar header with a wrong checksum and an archive inside an archive are refused")
    func damaged() throws {
        let packed = try Fixture.data("archives/onvif-capture-dahua.tar.gz")
        let truncated = try #require(throws: InputProblem.self) {
            try reader.read(packed.prefix(packed.count / 2), fileName: "half.tar.gz")
        }
        #expect(truncated.message.contains("afgebroken"))
        var flipped = packed
        flipped[packed.count - 6] ^= 0xFF  // the trailer's CRC no longer matches the content
        let damaged = try #require(throws: InputProblem.self) { try reader.read(flipped, fileName: "bad.tar.gz") }
        #expect(damaged.message.contains("beschadigd"))

        var tar = try CaptureArchive.gunzip(packed, file: "a.tar.gz", limits: .standard)
        tar[tar.startIndex + 520] ^= 0x01  // a byte of the second header's name
        let header = try #require(throws: InputProblem.self) { try reader.read(tar, fileName: "a.tar") }
        #expect(header.field == "tar-kop 2 (byte 512)")
        #expect(header.message.contains("controlesom"))

        let nested = try #require(throws: InputProblem.self) {
            try reader.read(try Fixture.data("archives/nested-archive.tar.gz"), fileName: "nested.tar.gz")
        }
        #expect(nested.field == "inner.tar.gz")
        #expect(nested.message.contains("archief in een archief"))
    }

    @Test("an archive holding no ONVIF answer says so")
    func noAnswers() throws {
        let packed = try Fixture.data("archives/onvif-capture-dahua.tar.gz")
        var tar = try CaptureArchive.gunzip(packed, file: "a.tar.gz", limits: .standard)
        let members = try CaptureArchive.members(of: tar, file: "a.tar", limits: .standard)
        #expect(members.map { $0.name.split(separator: "/").last.map(String.init) ?? "" }
                == ["capture_001.json", "capture_002.json", "capture_003.json", "capture_004.json", "README.txt"])
        // An archive of the README alone.
        let readme = try #require(members.last)
        tar = Self.tar(["notes/README.txt": readme.data])
        let problem = try #require(throws: InputProblem.self) { try reader.read(tar, fileName: "notes.tar") }
        #expect(problem.message.contains("archief zonder ONVIF-antwoorden"))
    }

    /// A minimal ustar archive, written here so the test does not depend on a `tar` program.
    static func tar(_ files: [String: Data]) -> Data {
        var out = Data()
        for (name, content) in files.sorted(by: { $0.key < $1.key }) {
            var header = [UInt8](repeating: 0, count: 512)
            func put(_ text: String, at offset: Int) { for (i, b) in text.utf8.enumerated() { header[offset + i] = b } }
            put(name, at: 0)
            put("0000644", at: 100)
            put(String(format: "%011o", content.count), at: 124)
            put("00000000000", at: 136)
            header[156] = UInt8(ascii: "0")
            put("ustar", at: 257)
            put("00", at: 263)
            put("        ", at: 148)
            let sum = header.reduce(0) { $0 + Int($1) }
            put(String(format: "%06o", sum) + "\0 ", at: 148)
            out += header
            out += content
            out += Data(count: (512 - content.count % 512) % 512)
        }
        return out + Data(count: 1024)
    }
}
