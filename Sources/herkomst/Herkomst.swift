import ArgumentParser

@main
struct Herkomst: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "herkomst")
    func run() async throws {}
}
