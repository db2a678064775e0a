import ArgumentParser
import Foundation
import HerkomstCore
import HerkomstFormats

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporteer het register als CSV, XLSX of GeoJSON, met dezelfde kolommen als de import herkent.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, xlsx, geojson }

    @Option(help: "csv, xlsx of geojson.") var format: Format
    @Flag(help: "Alleen openbare apparaten en openbare velden.") var `public` = false
    @Option(help: "Schrijf naar dit bestand in plaats van stdout.") var output: String?
    @Option(help: "Peildatum JJJJ-MM-DD (standaard vandaag).") var asOf: String?
    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        var day = systemToday()
        if let asOf {
            guard let d = Day(asOf) else { throw UserError("--as-of: '\(asOf)' is geen geldige datum (JJJJ-MM-DD)") }
            day = d
        }
        let store = try await openStore(databaseOptions.resolved())
        let snapshots = try await withStore(store) {
            try await Self.allDevices(store, asOf: day, onlyPublic: `public`)
        }
        let data: Data
        switch format {
        case .geojson: data = try GeoJSONExport.data(snapshots, public: `public`)
        case .csv: data = RegisterSheets.csv(snapshots, public: `public`, asOf: day)
        case .xlsx: data = try RegisterSheets.xlsx(snapshots, public: `public`, asOf: day)
        }
        if let output {
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw UserError("\(output): kan niet schrijven (\(error.localizedDescription))")
            }
            printError("\(snapshots.count) apparaten geschreven naar \(output)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// Every device the register held on the day, page by page; the store decides visibility.
    static func allDevices(_ store: any RegisterStore, asOf: Day, onlyPublic: Bool) async throws -> [DeviceSnapshot] {
        var result: [DeviceSnapshot] = []
        var page = 1
        while true {
            let query = DeviceQuery(asOf: asOf, page: page, pageSize: DeviceQuery.maximumPageSize,
                                    maximumVisibility: onlyPublic ? .openbaar : nil)
            let batch = try await store.devices(query)
            result += batch.devices
            if batch.devices.count < query.pageSize || result.count >= batch.total { return result }
            page += 1
        }
    }
}
