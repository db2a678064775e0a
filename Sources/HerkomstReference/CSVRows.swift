/// A minimal RFC 4180 reader over bytes (quoted fields, doubled quotes, CRLF), fast enough to index the IEEE
/// registries at start-up without a third-party parser.
struct CSVRows: Sequence {
    let bytes: [UInt8]

    struct Row {
        var line: Int
        var fields: [String]
    }

    func makeIterator() -> AnyIterator<Row> {
        var position = 0
        var line = 1
        let bytes = self.bytes
        return AnyIterator {
            guard position < bytes.count else { return nil }
            let rowLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var quoted = false
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if quoted {
                    if byte == UInt8(ascii: "\"") {
                        if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
                            field.append(byte)
                            position += 1
                        } else {
                            quoted = false
                        }
                    } else {
                        if byte == UInt8(ascii: "\n") { line += 1 }
                        field.append(byte)
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""):
                    quoted = true
                case UInt8(ascii: ","):
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                case UInt8(ascii: "\r"):
                    continue
                case UInt8(ascii: "\n"):
                    line += 1
                    fields.append(String(decoding: field, as: UTF8.self))
                    return Row(line: rowLine, fields: fields)
                default:
                    field.append(byte)
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            return Row(line: rowLine, fields: fields)
        }
    }
}
