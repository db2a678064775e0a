import Foundation

/// New device ids that sort by creation time: `app-` and 16 base-32 digits (Crockford's alphabet, lower case) holding
/// 48 bits of milliseconds and a 32-bit counter that starts at a random value.
///
/// Why not a UUID: ids made one after another land side by side in the register's indexes, so a million-row import
/// appends to its B-trees instead of touching a random page for every row — and they are half as long, which counts
/// in every table that names a device. The random start keeps two processes writing in the same millisecond apart.
public final class TimeOrderedIDs: @unchecked Sendable {
    private static let digits = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)
    private let prefix: String
    private let now: @Sendable () -> Date
    private let lock = NSLock()
    private var lastMilliseconds: UInt64 = 0
    private var counter: UInt32

    public init(prefix: String = "app-", now: @escaping @Sendable () -> Date = { Date() },
                start: UInt32 = .random(in: 0...UInt32.max)) {
        self.prefix = prefix
        self.now = now
        self.counter = start
    }

    public func next() -> String {
        let (milliseconds, count) = lock.withLock { () -> (UInt64, UInt32) in
            // A clock that steps back must not make ids go back: keep the last time and count on.
            let clock = UInt64(max(0, now().timeIntervalSince1970 * 1000)) & 0xFFFF_FFFF_FFFF
            lastMilliseconds = max(lastMilliseconds, clock)
            counter &+= 1
            if counter == 0 { lastMilliseconds += 1 }
            return (lastMilliseconds, counter)
        }
        // 80 bits, five at a time from the top: 10 digits of time, 6 of counter (the counter's last 2 bits share
        // a digit boundary, so the value is built as one 80-bit number from two words).
        var text = [UInt8](repeating: 0, count: 16)
        let high = milliseconds                       // 48 bits
        let low = UInt64(count)                       // 32 bits
        for i in 0..<16 {
            let shift = 75 - 5 * i                    // bit position of this digit in the 80-bit number
            let value: UInt64
            if shift >= 32 {
                value = (high >> UInt64(shift - 32)) & 31
            } else {
                value = ((high << UInt64(32 - shift)) | (low >> UInt64(shift))) & 31
            }
            text[i] = Self.digits[Int(value)]
        }
        return prefix + String(decoding: text, as: UTF8.self)
    }
}
