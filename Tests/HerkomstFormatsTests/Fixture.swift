import Foundation
import HerkomstCore

/// Test fixtures shipped in the test bundle's `Fixtures` folder.
enum Fixture {
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "fixture \(name) ontbreekt in de testbundel" }
    }

    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw Missing(name: name)
        }
        return try Data(contentsOf: url)
    }
}

extension ObservedDevice {
    func values(_ kind: EvidenceKind) -> [String] { evidence.filter { $0.kind == kind }.map(\.value) }
}
