import Foundation
import HerkomstCore

/// The project's own sample files under `Fixtures/`, found through the test bundle.
enum ReaderFixtures {
    static func url(_ path: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: url(path))
    }
}

/// Runs `body` and returns the input problem it threw; nil when it threw none.
func inputProblem(_ body: () throws -> Void) -> InputProblem? {
    do {
        try body()
        return nil
    } catch let problem as InputProblem {
        return problem
    } catch {
        return InputProblem(file: "?", message: "geen InputProblem maar \(error)")
    }
}
