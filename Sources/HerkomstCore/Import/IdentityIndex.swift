import Foundation

/// Finds the device a record describes, by identity in a fixed order: the register's own id (a re-imported
/// export), maker + serial number, MAC address, ONVIF endpoint, organisation + IP address + hostname.
public struct IdentityIndex: Sendable {
    private var byID: Set<String> = []
    private var bySerial: [String: String] = [:]
    private var byMAC: [UInt64: String] = [:]
    private var byEndpoint: [String: String] = [:]
    private var byNetworkName: [String: String] = [:]
    /// Normalises a maker or brand name to an identity (HiLook → hikvision), so "maker + serial" survives labels.
    private let makerKey: @Sendable (String) -> String

    public init(makerKey: @escaping @Sendable (String) -> String = IdentityIndex.plainMakerKey) {
        self.makerKey = makerKey
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
    }

    public func keys(id: String?, maker: String?, serial: String?, macs: [MACAddress], endpoint: String?,
                     owner: String?, ips: [String], hostname: String?) -> Keys {
        let serialKey: String? = {
            guard let maker, let serial, !serial.isEmpty else { return nil }
            return makerKey(maker) + "|" + serial.uppercased()
        }()
        let networkKey: String? = {
            guard let owner, let ip = ips.first, let hostname, !hostname.isEmpty else { return nil }
            return owner + "|" + ip + "|" + hostname.lowercased()
        }()
        return Keys(id: id, serial: serialKey,
                    macs: macs.filter { !$0.isMulticast && $0.value != 0 }.map(\.value),
                    endpoint: endpoint?.lowercased(), networkName: networkKey)
    }

    public func keys(of device: Device, endpoint: String? = nil) -> Keys {
        keys(id: device.id, maker: device.brand, serial: device.serialNumber, macs: device.macAddresses,
             endpoint: endpoint, owner: device.owner, ips: device.ipAddresses, hostname: device.hostname)
    }

    public func match(_ k: Keys) -> String? {
        if let id = k.id, byID.contains(id) { return id }
        if let s = k.serial, let id = bySerial[s] { return id }
        for mac in k.macs { if let id = byMAC[mac] { return id } }
        if let e = k.endpoint, let id = byEndpoint[e] { return id }
        if let n = k.networkName, let id = byNetworkName[n] { return id }
        return nil
    }

    public mutating func insert(_ k: Keys, deviceID: String) {
        byID.insert(deviceID)
        if let s = k.serial { bySerial[s] = bySerial[s] ?? deviceID }
        for mac in k.macs { byMAC[mac] = byMAC[mac] ?? deviceID }
        if let e = k.endpoint { byEndpoint[e] = byEndpoint[e] ?? deviceID }
        if let n = k.networkName { byNetworkName[n] = byNetworkName[n] ?? deviceID }
    }
}
