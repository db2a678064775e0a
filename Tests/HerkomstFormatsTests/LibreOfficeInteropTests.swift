import Foundation
import HerkomstCore
@testable import HerkomstFormats
import Testing

/// Whether LibreOffice can open what the writers write, and whether what it writes back reads the same. Skipped
/// where LibreOffice is not installed (`apt-get install libreoffice-calc-nogui`).
@Suite("LibreOffice interoperability", .enabled(if: LibreOffice.executable != nil, "LibreOffice (soffice) is not installed"),
       .serialized)
struct LibreOfficeInteropTests {
    @Test("LibreOffice opens the XLSX we write; its CSV reads back as the same records")
    func xlsxOpensInLibreOffice() throws {
        let folder = try TabularFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = TabularTestData.records()
        let xlsx = folder.appendingPathComponent("register.xlsx")
        try XLSXWriter().write(TabularRegisterExport.sheet(records), to: xlsx)

        let csv = try LibreOffice.convert(xlsx, to: "csv", in: folder)
        let result = try CSVReader().read(.file(csv))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.records.map(TabularTestData.content) == records.map(TabularTestData.content))
    }

    @Test("Our CSV converted to XLSX by plain `soffice --convert-to xlsx` reads back as the same records")
    func csvToXLSXByLibreOffice() throws {
        let folder = try TabularFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = TabularTestData.records()
        let csv = folder.appendingPathComponent("register.csv")
        try CSVWriter().write(TabularRegisterExport.sheet(records), to: csv)

        let xlsx = try LibreOffice.convert(csv, to: "xlsx", in: folder)
        let result = try XLSXReader().read(.file(xlsx))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.records.map(TabularTestData.content) == records.map(TabularTestData.content))
    }

    @Test("A Dutch sheet converted by LibreOffice with explicit CSV options reads back")
    func dutchCSVWithFilterOptions() throws {
        let folder = try TabularFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = TabularTestData.records()
        let csv = folder.appendingPathComponent("register-nl.csv")
        try CSVWriter(delimiter: UInt8(ascii: ";")).write(TabularRegisterExport.sheet(records), to: csv)
        // 59 = ';', 34 = '"', 76 = UTF-8, 1 = from the first line.
        let xlsx = try LibreOffice.convert(csv, to: "xlsx", in: folder, inputFilter: "CSV:59,34,76,1")
        let result = try XLSXReader().read(.file(xlsx))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.records.map(TabularTestData.content) == records.map(TabularTestData.content))
    }
}

/// Runs LibreOffice headless with a private profile, so parallel runs do not fight over one.
enum LibreOffice {
    static let executable: URL? = {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .flatMap { ["\($0)/soffice", "\($0)/libreoffice"] } + ["/usr/lib/libreoffice/program/soffice"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }()

    struct ConversionFailed: Error, CustomStringConvertible {
        let description: String
    }

    static func convert(_ file: URL, to format: String, in folder: URL, inputFilter: String? = nil) throws -> URL {
        let output = folder.appendingPathComponent("libreoffice-\(format)-\(UUID().uuidString)")
        let profile = folder.appendingPathComponent("profile-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = executable!
        process.arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless"]
            + (inputFilter.map { ["--infilter=\($0)"] } ?? [])
            + ["--convert-to", format, "--outdir", output.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let log = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let converted = output.appendingPathComponent(file.deletingPathExtension().lastPathComponent + "." + format)
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: converted.path) else {
            throw ConversionFailed(description: "soffice failed: \(String(decoding: log, as: UTF8.self))")
        }
        return converted
    }
}
