import Foundation
import HerkomstCore

/// One entry of CISA's Known Exploited Vulnerabilities catalogue.
public struct KEVEntry: Codable, Hashable, Sendable {
    public var cveID: String
    public var vendorProject: String
    public var product: String
    public var vulnerabilityName: String
    public var dateAdded: String
    public var knownRansomwareCampaignUse: String?
}

/// The KEV catalogue indexed by catalogue maker: vendor names are matched by identity through the vendor
/// catalogue's aliases ("Hewlett Packard (HP)" is HPE; "Dahua" is Dahua Technology), never by substring.
public struct KEVCatalogue: Sendable {
    public let version: String
    public let count: Int
    let entriesByMaker: [String: [KEVEntry]]

    struct File: Decodable {
        var catalogVersion: String
        var count: Int?
        var vulnerabilities: [KEVEntry]
    }

    public init(data: Data, file: String, index: CatalogueIndex) throws {
        let decoded: File
        do {
            decoded = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw InputProblem(file: file, message: "geen KEV-catalogus van CISA (verwacht catalogVersion en vulnerabilities): \(error)")
        }
        var byMaker: [String: [KEVEntry]] = [:]
        for entry in decoded.vulnerabilities {
            if let maker = index.manufacturerID(forName: entry.vendorProject) {
                byMaker[maker, default: []].append(entry)
            }
        }
        version = decoded.catalogVersion
        count = decoded.vulnerabilities.count
        entriesByMaker = byMaker
    }

    /// Known exploited vulnerabilities of a maker's products; with a product, only entries naming that product
    /// (by identity, or as its leading words: product "Comware" covers "Comware 7") or the maker's "Multiple Products".
    public func entries(forMaker maker: String, product: String? = nil) -> [KEVEntry] {
        let all = entriesByMaker[maker] ?? []
        guard let product else { return all }
        let wanted = NameIdentity.key(product)
        return all.filter { entry in
            let key = NameIdentity.key(entry.product)
            return key == wanted || key == "multiple products" || wanted.hasPrefix(key + " ") || key.hasPrefix(wanted + " ")
        }
    }
}
