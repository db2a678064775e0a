import Foundation
import HerkomstCore
import HerkomstStore

/// How fast the store registers devices in bulk, next to the sqlite3 shell's `.import` of the same rows:
/// `swift run -c release herkomst-bench store [--devices N] [--database FILE|URL]`.
/// The import issue asks a million CSV rows to stay within 4× of `.import`; this measures the store's share.
struct StoreBenchmark {
    var devices = 1_000_000
    var database: String?

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            switch flag {
            case "--devices":
                guard let text = rest.popFirst(), let n = Int(text), n > 0 else { throw UsageError("--devices verwacht een aantal") }
                devices = n
            case "--database":
                guard let text = rest.popFirst() else { throw UsageError("--database verwacht een bestand of URL") }
                database = text
            default:
                throw UsageError("onbekende optie \(flag)")
            }
        }
    }

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herkomst-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let registrations = Self.registrations(devices)
        let target = database ?? folder.appendingPathComponent("register.sqlite").path
        let store = try await SQLRegisterStore.open(try DatabaseLocation.parse(target))
        try await store.save(Organisation(slug: "gemeente-den-haag", name: "Gemeente Den Haag", kind: .gemeente), actor: "bench")
        let started = ContinuousClock.now
        try await store.register(registrations, actor: "bench")
        let storeTime = ContinuousClock.now - started
        let count = try await store.deviceCount()
        try await store.shutdown()
        print("store: \(count) apparaten (met plaatsing, bewijs en gebeurtenis) in \(Self.seconds(storeTime)) s "
              + "= \(Int(Double(devices) / Self.seconds(storeTime))) per seconde")

        if let shellTime = try Self.sqliteShellImport(registrations, folder: folder) {
            print("sqlite3 .import van dezelfde \(devices) regels (één tabel): \(Self.seconds(shellTime)) s; "
                  + "verhouding \(String(format: "%.1f", Self.seconds(storeTime) / Self.seconds(shellTime)))×")
        } else {
            print("sqlite3 niet gevonden: geen vergelijking met .import")
        }
    }

    /// Rows as a spreadsheet of a city would give them: brand, model, serial, MAC, IP, owner, place, dates.
    static func registrations(_ count: Int) -> [DeviceRegistration] {
        let brands = [("Hikvision", "DS-2CD2143G2-I"), ("Axis", "P1455-LE"), ("Bosch", "FLEXIDOME IP 5100i"),
                      ("Dahua", "IPC-HFW2431S-S-S2"), ("Libelium", "Smart Environment PRO"), ("Cisco", "C9300-24T")]
        let districts = ["Centrum", "Scheveningen", "Segbroek", "Loosduinen", "Escamp", "Laak", "Haagse Hout"]
        let start = Day("2015-01-01")!
        return (0..<count).map { i in
            let (brand, model) = brands[i % brands.count]
            let id = "app-\(String(i, radix: 36))"
            let installed = start.adding(days: i % 3_000)
            return DeviceRegistration(
                device: Device(id: id, deviceClass: i % 6 == 4 ? .sensor : i % 6 == 5 ? .switch : .camera, brand: brand,
                               model: model, serialNumber: "SN\(i)", macAddresses: [MACAddress(value: 0x4C_BD_8F_00_00_00 + UInt64(i))],
                               ipAddresses: ["10.\(i / 65_536 % 256).\(i / 256 % 256).\(i % 256)"], owner: "gemeente-den-haag",
                               visibility: .openbaar, installed: installed,
                               removed: i % 10 == 0 ? installed.adding(days: 1_500) : nil),
                placements: [Placement(deviceID: id, point: GeoPoint(longitude: 4.2 + Double(i % 1_000) / 5_000,
                                                                     latitude: 52.0 + Double(i % 997) / 5_000),
                                       address: "Straat \(i % 500)", district: districts[i % districts.count], from: installed)],
                evidence: [Evidence(kind: .brandLabel, value: brand, source: "bench.csv:\(i + 2)")])
        }
    }

    /// The same rows as CSV through the sqlite3 shell's `.import` into one table: the yardstick of the import issue.
    static func sqliteShellImport(_ registrations: [DeviceRegistration], folder: URL) throws -> Duration? {
        guard let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: FileManager.default.isExecutableFile) else {
            return nil
        }
        var csv = "id,klasse,merk,model,serienummer,mac,ip,eigenaar,lon,lat,adres,wijk,geplaatst,verwijderd\n"
        for r in registrations {
            let d = r.device
            let p = r.placements.first
            csv += [d.id, d.deviceClass.rawValue, d.brand ?? "", d.model ?? "", d.serialNumber ?? "",
                    d.macAddresses.first?.description ?? "", d.ipAddresses.first ?? "", d.owner,
                    p?.point.map { "\($0.longitude)" } ?? "", p?.point.map { "\($0.latitude)" } ?? "", p?.address ?? "",
                    p?.district ?? "", d.installed?.description ?? "", d.removed?.description ?? ""].joined(separator: ",") + "\n"
        }
        let csvPath = folder.appendingPathComponent("rows.csv").path
        try csv.write(toFile: csvPath, atomically: false, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = [folder.appendingPathComponent("shell.sqlite").path, ".mode csv", ".import \(csvPath) devices"]
        let started = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        return ContinuousClock.now - started
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

extension StoreBenchmark {
    struct UsageError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
