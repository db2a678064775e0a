import ArgumentParser
import Foundation

@main
struct Herkomst: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "herkomst",
        abstract: "Register van camera's, sensoren en netwerkapparatuur — en wie ze echt maakte.",
        discussion: "A register of cameras, sensors and network equipment in public space, and who really made them.",
        subcommands: [DemoCommand.self, ServeCommand.self, ImportCommand.self, ExportCommand.self,
                      IdentifyCommand.self, ReferenceCommand.self]
    )

    /// Exit codes of DESIGN §4: 0 success, 1 a user error with a clear message, 2 a usage error.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as UserError {
            FileHandle.standardError.write(Data("herkomst: \(error.message)\n".utf8))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is CleanExit {
                exit(withError: error)
            }
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            // Anything else is unexpected but still gets one readable line, not a stack trace.
            FileHandle.standardError.write(Data("herkomst: \(error)\n".utf8))
            Foundation.exit(code == .failure ? 1 : code.rawValue)
        }
    }
}

/// A problem the user can fix: printed as one line on stderr, exit status 1.
struct UserError: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
