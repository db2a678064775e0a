import Foundation

/// Serial numbers in the style each maker prints on its labels.
enum DemoSerials {
    static func serial(for model: DemoModel, mac: MACAddress?, made: Day, _ random: inout DemoRandom) -> String {
        switch model.maker.signature {
        case .hikvision:
            // Model (without the /SL variant), production date, "AAWR", a letter and nine digits.
            let base = model.name.split(separator: "/").first.map(String.init) ?? model.name
            return "\(base)\(compact(made))AAWR\(random.pick(Array("DEFGHJ")))\(random.digits(9))"
        case .dahua:
            return random.alphanumeric(15)
        case .uniview:
            return "210235C3\(random.alphanumeric(10))"
        case .axis, .mobotix:
            // Axis and Mobotix print the MAC address as the serial number.
            return mac.map { $0.description.replacingOccurrences(of: ":", with: "") } ?? random.alphanumeric(12)
        case .bosch:
            return "404754\(random.digits(12))"
        case .huaweiVRP:
            return "2102\(random.digits(6))\(random.alphanumeric(10))"
        case .ciscoIOS, .ciscoASA:
            // FOC = made by Foxconn; then year since 1996 and week.
            let year = made.year - 1996
            return "FOC\(year)\(DemoDeviceFactory.padded(random.int(in: 1...52), width: 2))\(random.alphanumeric(4))"
        case .junos:
            return "\(random.pick(["JW", "NX", "WS"]))\(random.digits(4))\(random.alphanumeric(6))"
        case .comware:
            // "CN": HPE's serials of H3C-built switches start with the country of manufacture.
            return "CN\(random.digits(2))\(random.alphanumeric(6))"
        case .quiet:
            return random.digits(10)
        }
    }

    private static func compact(_ day: Day) -> String {
        day.description.replacingOccurrences(of: "-", with: "")
    }
}
