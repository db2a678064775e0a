import Foundation

/// The evidence an inventory, a network scan, an SNMP walk or an ONVIF query would have found on a device,
/// in the strings the real products send. Not every source saw every device, so some items are left out at random.
enum DemoEvidence {
    static func collect(model: DemoModel?, firmware: String?, mac: MACAddress?, serial: String?, ip: String?,
                        seen: Day, _ random: inout DemoRandom) -> [Evidence] {
        let at = Date(timeIntervalSince1970: Double(seen.ordinal) * 86_400 + Double(random.int(in: 28_800...61_200)))
        let scan = "demo: nmap-scan \(ip ?? "onbekend adres") (illustratief)"
        let walk = "demo: SNMP-walk \(ip ?? "onbekend adres") (illustratief)"
        let onvif = "demo: ONVIF GetDeviceInformation \(ip ?? "onbekend adres") (illustratief)"
        let inventory = "demo: inventarisatie (illustratief)"
        var items: [Evidence] = []
        func add(_ kind: EvidenceKind, _ value: String, _ source: String) {
            items.append(Evidence(kind: kind, value: value, source: source, observedAt: at))
        }

        if let mac { add(.macAddress, mac.description, scan) }
        guard let model else {
            unknownDeviceBanner(&random).map { add($0.kind, $0.value, scan) }
            return items
        }
        add(.brandLabel, model.maker.brand, inventory)
        add(.modelString, model.name, inventory)
        if let label = model.labelText { add(.labelText, label, inventory) }

        let fw = firmware ?? ""
        switch model.maker.signature {
        case .hikvision:
            if model.deviceClass == .nvr {
                add(.httpServer, "DNVRS-Webs", scan)
            } else {
                add(.httpServer, "App-webs/", scan)
                add(.wwwAuthenticate, "Digest qop=\"auth\", realm=\"IP Camera(\(serialTail(serial)))\", nonce=\"\(hex(&random, 48))\", stale=\"FALSE\"", scan)
            }
            if random.chance(0.5) {
                add(.wwwAuthenticate, "Digest realm=\"Hikvision\", nonce=\"\(hex(&random, 8))\", stale=\"FALSE\"", scan + " poort 554")
            }
            addONVIF(model, &random, add, onvif)
        case .dahua:
            let realm = "DH_" + (mac?.description.replacingOccurrences(of: ":", with: "") ?? serialTail(serial))
            add(.wwwAuthenticate, "Digest realm=\"\(realm)\", nonce=\"\(hex(&random, 40))\", stale=FALSE, qop=\"auth\"", scan)
            if random.chance(0.5) { add(.sysObjectID, "1.3.6.1.4.1.1004849", walk) }
            addONVIF(model, &random, add, onvif)
        case .axis:
            add(.sysDescr, "; AXIS \(model.name); \(model.platform ?? "Network Camera"); \(fw); \(axisBuildDate(fw)); 1E2.1; 1;", walk)
            if let oid = model.sysObjectID { add(.sysObjectID, oid, walk) }
            addONVIF(model, &random, add, onvif)
        case .bosch:
            add(.httpServer, "VCS-VideoJet-Webserver", scan)
            addONVIF(model, &random, add, onvif)
        case .mobotix, .uniview:
            addONVIF(model, &random, add, onvif)
        case .huaweiVRP:
            add(.sysDescr, huaweiSysDescr(model, fw), walk)
            if let oid = model.sysObjectID { add(.sysObjectID, oid, walk) }
            add(.sshBanner, "SSH-2.0-HUAWEI-1.5", scan)
        case .ciscoIOS:
            add(.sysDescr, ciscoSysDescr(model, fw), walk)
            if let oid = model.sysObjectID { add(.sysObjectID, oid, walk) }
            add(.sshBanner, "SSH-2.0-Cisco-1.25", scan)
        case .ciscoASA:
            add(.sysDescr, "Cisco Adaptive Security Appliance Version \(fw)", walk)
            if let oid = model.sysObjectID { add(.sysObjectID, oid, walk) }
            add(.sshBanner, "SSH-2.0-Cisco-1.25", scan)
        case .junos:
            add(.sysDescr, "Juniper Networks, Inc. \(model.name.lowercased()) \(model.platform ?? "internet router"), kernel JUNOS \(fw), Build date: 2022-03-04 02:36:10 UTC Copyright (c) 1996-2022 Juniper Networks, Inc.", walk)
            if let oid = model.sysObjectID { add(.sysObjectID, oid, walk) }
            // Junos runs stock OpenSSH: the banner says nothing about the maker, which is realistic too.
            add(.sshBanner, "SSH-2.0-OpenSSH_7.5", scan)
        case .comware:
            let version = comwareVersion(model)
            add(.sysDescr, "HPE Comware Platform Software, Software Version \(version), Release \(fw)\r\n\(model.platform ?? model.name)\r\nCopyright (c) 2010-2021 Hewlett Packard Enterprise Development LP", walk)
            if let oid = model.sysObjectID { add(.sysObjectID, oid, walk) }
            add(.sshBanner, "SSH-2.0-Comware-\(version)", scan)
        case .quiet:
            break
        }
        return items
    }

    private static func addONVIF(_ model: DemoModel, _ random: inout DemoRandom,
                                 _ add: (EvidenceKind, String, String) -> Void, _ source: String) {
        guard let manufacturer = model.maker.onvifManufacturer, random.chance(0.6) else { return }
        add(.onvifManufacturer, manufacturer, source)
        // Bosch answers with the product name, the others with the model number.
        add(.onvifModel, model.maker.signature == .bosch ? (model.platform ?? model.name) : model.name, source)
    }

    /// Switches print the model on its own line first; routers run it into one line (both as VRP does).
    private static func huaweiSysDescr(_ model: DemoModel, _ firmware: String) -> String {
        let line = model.platform ?? model.name
        if model.deviceClass == .switch {
            return "\(model.name)\r\nHuawei Versatile Routing Platform Software\r\n VRP (R) software,Version 5.170 (\(line) \(firmware))\r\n Copyright (C) 2000-2020 HUAWEI TECH Co., Ltd."
        }
        return "Huawei \(model.name) Huawei Versatile Routing Platform Software  VRP (R) software,Version 5.170 (\(line) \(firmware)) Copyright (C) 2011-2020 Huawei Technologies Co., Ltd"
    }

    /// IOS XE releases carry a train name; classic IOS (15.x) does not.
    private static func ciscoSysDescr(_ model: DemoModel, _ firmware: String) -> String {
        let trains = ["16.12": "Gibraltar", "17.3": "Amsterdam", "17.6": "Bengaluru", "17.9": "Cupertino", "17.12": "Dublin"]
        let majorMinor = firmware.split(separator: ".").prefix(2).joined(separator: ".")
        let platform = model.platform ?? model.name
        if let train = trains[majorMinor] {
            return "Cisco IOS Software [\(train)], \(platform), Version \(firmware), RELEASE SOFTWARE (fc2)\r\nTechnical Support: http://www.cisco.com/techsupport\r\nCopyright (c) 1986-2023 by Cisco Systems, Inc."
        }
        return "Cisco IOS Software, \(platform), Version \(firmware), RELEASE SOFTWARE (fc2)\r\nTechnical Support: http://www.cisco.com/techsupport\r\nCopyright (c) 1986-2021 by Cisco Systems, Inc."
    }

    private static func comwareVersion(_ model: DemoModel) -> String {
        model.name.hasPrefix("5900") ? "7.1.045" : "7.1.070"
    }

    private static func axisBuildDate(_ firmware: String) -> String {
        switch firmware {
        case "9.80.3.8": return "Mar 11 2022 10:21"
        case "10.12.153": return "Jun 29 2022 15:05"
        case "11.5.64": return "Jun 12 2023 08:47"
        default: return "Jan 17 2023 12:00"
        }
    }

    /// What an unbranded device shows: generic servers that name no maker.
    private static func unknownDeviceBanner(_ random: inout DemoRandom) -> (kind: EvidenceKind, value: String)? {
        switch random.int(in: 0...3) {
        case 0: return (.httpServer, "lighttpd/1.4.59")
        case 1: return (.sshBanner, "SSH-2.0-dropbear_2019.78")
        case 2: return (.httpServer, "nginx")
        default: return nil
        }
    }

    private static func serialTail(_ serial: String?) -> String {
        String((serial ?? "00000").suffix(5))
    }

    private static func hex(_ random: inout DemoRandom, _ count: Int) -> String {
        let symbols = Array("0123456789abcdef")
        return String((0..<count).map { _ in symbols[random.int(in: 0...15)] })
    }
}
