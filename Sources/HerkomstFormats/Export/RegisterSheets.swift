import Foundation
import HerkomstCore

/// The register as CSV or XLSX. The internal export has exactly the columns the importer reads back (round trip);
/// the public export has only public fields, with the attribution beside them.
public enum RegisterSheets {
    public static func sheet(_ snapshots: [DeviceSnapshot], public isPublic: Bool, asOf day: Day) -> TabularSheet {
        if isPublic {
            return TabularSheet(name: "Apparaten", headers: RegisterTable.columns(public: true),
                                textRows: RegisterTable.rows(snapshots, public: true))
        }
        let records = snapshots.map { TabularRegisterExport.record(device: $0.device, placement: $0.placement, asOf: day) }
        return TabularRegisterExport.sheet(records)
    }

    public static func csv(_ snapshots: [DeviceSnapshot], public isPublic: Bool, asOf day: Day) -> Data {
        Data(CSVWriter().write(sheet(snapshots, public: isPublic, asOf: day)))
    }

    public static func xlsx(_ snapshots: [DeviceSnapshot], public isPublic: Bool, asOf day: Day) throws -> Data {
        try XLSXWriter().write(sheet(snapshots, public: isPublic, asOf: day))
    }
}
