import Foundation
import HerkomstFormats

/// Finds the spreadsheets written for these tests (Fixtures/tabular) and makes scratch folders.
enum TabularFixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/tabular/\(name)")
    }

    static func input(_ name: String) -> TabularInput { .file(url(name)) }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("herkomst-tabular-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
