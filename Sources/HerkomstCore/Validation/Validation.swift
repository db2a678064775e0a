import Foundation

/// A problem with one field of a record, in words a user can act on.
public struct ValidationIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The field, with its Dutch API name (`latitude`, `verwijderd`, `macAdressen[1]`).
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Rules every record must satisfy before it is stored, whatever its source.
public enum Validation {
    public static func check(_ point: GeoPoint, field: String = "locatie") -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if !point.latitude.isFinite || !(-90...90).contains(point.latitude) {
            issues.append(.init(field: "latitude", message: "breedtegraad \(point.latitude) ligt niet tussen -90 en 90"))
        }
        if !point.longitude.isFinite || !(-180...180).contains(point.longitude) {
            issues.append(.init(field: "longitude", message: "lengtegraad \(point.longitude) ligt niet tussen -180 en 180"))
        }
        return issues
    }

    public static func check(_ device: Device) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if device.id.isBlank {
            issues.append(.init(field: "id", message: "ontbreekt"))
        }
        if device.owner.isBlank {
            issues.append(.init(field: "eigenaar", message: "ontbreekt: elk apparaat heeft een eigenaar"))
        }
        if let installed = device.installed, let removed = device.removed, removed < installed {
            issues.append(.init(field: "verwijderd",
                                message: "verwijderd (\(removed)) ligt vóór geplaatst (\(installed))"))
        }
        if let procured = device.procured, let installed = device.installed, installed < procured {
            issues.append(.init(field: "geplaatst",
                                message: "geplaatst (\(installed)) ligt vóór aangeschaft (\(procured))"))
        }
        for (i, ip) in device.ipAddresses.enumerated() where !IPAddressSyntax.isValid(ip) {
            issues.append(.init(field: "ipAdressen[\(i)]", message: "'\(ip)' is geen geldig IPv4- of IPv6-adres"))
        }
        return issues
    }

    public static func check(_ placement: Placement) -> [ValidationIssue] {
        var issues = placement.point.map { check($0) } ?? []
        if let to = placement.to, to < placement.from {
            issues.append(.init(field: "tot", message: "einddatum (\(to)) ligt vóór begindatum (\(placement.from))"))
        }
        if let d = placement.direction, !d.isFinite || !(0..<360).contains(d) {
            issues.append(.init(field: "richting", message: "kijkrichting \(d) ligt niet tussen 0 en 360 graden"))
        }
        return issues
    }
}

/// IPv4 dotted quad and IPv6 text forms, without a network library.
public enum IPAddressSyntax {
    public static func isValid(_ text: String) -> Bool { isIPv4(text) || isIPv6(text) }

    public static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { p in
            !p.isEmpty && p.count <= 3 && p.allSatisfy { $0.isASCII && $0.isNumber }
                && Int(p)! <= 255 && !(p.count > 1 && p.first == "0")
        }
    }

    public static func isIPv6(_ text: String) -> Bool {
        guard text.contains(":"), text.count <= 45 else { return false }
        let doubleColons = text.components(separatedBy: "::").count - 1
        guard doubleColons <= 1 else { return false }
        var groups = text.split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        var allowed = 8
        if let last = groups.last, last.contains(".") {
            guard isIPv4(last) else { return false }
            groups.removeLast()
            allowed = 6
        }
        guard groups.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isHexDigit) }) else { return false }
        return doubleColons == 1 ? groups.count < allowed : groups.count == allowed
    }
}

extension String {
    /// Empty or only white space, without a round trip through Foundation.
    var isBlank: Bool { !unicodeScalars.contains { !$0.properties.isWhitespace } }
}