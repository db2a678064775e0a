import Logging
import NIOCore
import PostgresKit

/// Rows into PostgreSQL with `COPY … FROM STDIN` in text format: one protocol message per mebibyte of rows instead
/// of a parsed statement with a parameter per value.
enum PostgresCopy {
    static func rows<Item>(into postgres: PostgresConnection, table: String, columns: [String], items: [Item],
                           logger: Logger, row: (Item) throws -> [Cell]) async throws {
        try await postgres.copyFrom(table: table, columns: columns, logger: logger) { writer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(1 << 20)
            for item in items {
                let cells = try row(item)
                precondition(cells.count == columns.count, "\(cells.count) values for \(columns.count) columns of \(table)")
                for (i, cell) in cells.enumerated() {
                    if i > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
                    write(cell, to: &buffer)
                }
                buffer.writeInteger(UInt8(ascii: "\n"))
                if buffer.readableBytes >= 1 << 20 {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
    }

    /// The text format: `\N` is NULL; backslash, tab, newline and carriage return are escaped with a backslash.
    static func write(_ cell: Cell, to buffer: inout ByteBuffer) {
        switch cell {
        case .null:
            buffer.writeString("\\N")
        case .integer(let n):
            buffer.writeString(String(n))
        case .real(let x):
            buffer.writeString(x.isFinite ? "\(x)" : (x.isNaN ? "NaN" : (x > 0 ? "Infinity" : "-Infinity")))
        case .text(let text):
            guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else {
                buffer.writeString(text)
                return
            }
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeString("\\t")
                case UInt8(ascii: "\n"): buffer.writeString("\\n")
                case UInt8(ascii: "\r"): buffer.writeString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
    }
}
