import Foundation

/// Finds the device a record describes, by identity in a fixed order: the register's own id (a re-imported
/// export), maker + serial number, MAC address, ONVIF endpoint, the id in another system (OSM, NetBox, the
/// Amsterdam register), organisation + IP address + hostname, and last organisation + class + brand + model at
/// the same spot, address or installation day (for sheets of sensors that carry no identifier at all).
public struct IdentityIndex: Sendable {
    private var byID: Set<String> = []
    private var bySerial: [String: String] = [:]
    private var byMAC: [UInt64: String] = [:]
    private var byEndpoint: [String: String] = [:]
    private var byNetworkName: [String: String] = [:]
    private var byExternal: [String: String] = [:]
    private var bySpot: [String: String] = [:]
    /// Normalises a maker or brand name to an identity (HiLook → hikvision), so "maker + serial" survives labels.
    private let makerKey: @Sendable (String) -> String

    public init(makerKey: @escaping @Sendable (String) -> String = IdentityIndex.plainMakerKey) {
        self.makerKey = makerKey
    }

    /// Room for `count` devices up front: growing a million-entry table step by step rehashes it again and again.
    public mutating func reserveCapacity(_ count: Int) {
        byID.reserveCapacity(count)
        bySerial.reserveCapacity(count)
        byMAC.reserveCapacity(count)
    }

    /// Lower-case letters and digits only: "TP-Link" and "tp link" are one maker.
    @Sendable public static func plainMakerKey(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    public struct Keys: Sendable {
        var id: String?
        var serial: String?
        var macs: [UInt64]
        var endpoint: String?
        var networkName: String?
        var externals: [String] = []
        var spot: String?
    }

    public func keys(id: String?, maker: String?, serial: String?, macs: [MACAddress], endpoint: String?,
                     owner: String?, ips: [String], hostname: String?, externals: [String] = [],
                     deviceClass: DeviceClass? = nil, model: String? = nil, point: GeoPoint? = nil,
                     address: String? = nil, installed: Day? = nil) -> Keys {
        let serialKey: String? = {
            guard let maker, let serial, !serial.isEmpty else { return nil }
            return makerKey(maker) + "|" + serial.uppercased()
        }()
        let networkKey: String? = {
            guard let owner, let ip = ips.first, let hostname, !hostname.isEmpty else { return nil }
            return owner + "|" + ip + "|" + hostname.lowercased()
        }()
        let hasIdentity = serialKey != nil || !macs.isEmpty || endpoint != nil || !externals.isEmpty || networkKey != nil
        let spotKey: String? = {
            // Only for what has no identity of its own: two cameras on one pole are two cameras.
            // Where: the point, else the address, else the day it was installed.
            guard !hasIdentity, let owner, let deviceClass else { return nil }
            guard let whereKey = point.map({ String(format: "%.5f,%.5f", $0.latitude, $0.longitude) })
                ?? address.map({ "adres:" + $0.lowercased() }) ?? installed.map({ "geplaatst:\($0)" }) else { return nil }
            let what = [maker.map(makerKey) ?? "", model?.lowercased() ?? ""].joined(separator: "|")
            return [owner, deviceClass.rawValue, what, whereKey].joined(separator: "|")
        }()
        return Keys(id: id, serial: serialKey,
                    macs: macs.filter { !$0.isMulticast && $0.value != 0 }.map(\.value),
                    endpoint: endpoint?.lowercased(), networkName: networkKey,
                    externals: externals.map { $0.lowercased() }, spot: spotKey)
    }

    public func keys(of device: Device, placement: Placement? = nil, evidence: [Evidence] = []) -> Keys {
        keys(id: device.id, maker: device.brand, serial: device.serialNumber, macs: device.macAddresses,
             endpoint: evidence.first { $0.kind == .onvifEndpoint }?.value, owner: device.owner,
             ips: device.ipAddresses, hostname: device.hostname,
             externals: evidence.filter { $0.kind == .externalID }.map(\.value),
             deviceClass: device.deviceClass, model: device.model, point: placement?.point,
             address: placement?.address, installed: device.installed)
    }

    public func match(_ k: Keys) -> String? {
        if let id = k.id, byID.contains(id) { return id }
        if let s = k.serial, let id = bySerial[s] { return id }
        for mac in k.macs { if let id = byMAC[mac] { return id } }
        if let e = k.endpoint, let id = byEndpoint[e] { return id }
        for e in k.externals { if let id = byExternal[e] { return id } }
        if let n = k.networkName, let id = byNetworkName[n] { return id }
        if let s = k.spot, let id = bySpot[s] { return id }
        return nil
    }

    public mutating func insert(_ k: Keys, deviceID: String) {
        byID.insert(deviceID)
        if let s = k.serial { bySerial[s] = bySerial[s] ?? deviceID }
        for mac in k.macs { byMAC[mac] = byMAC[mac] ?? deviceID }
        if let e = k.endpoint { byEndpoint[e] = byEndpoint[e] ?? deviceID }
        if let n = k.networkName { byNetworkName[n] = byNetworkName[n] ?? deviceID }
        for e in k.externals { byExternal[e] = byExternal[e] ?? deviceID }
        if let s = k.spot { bySpot[s] = bySpot[s] ?? deviceID }
    }
}
