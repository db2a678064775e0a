/// The rows of a sheet seen so far, by a 128-bit fingerprint of their content, so duplicate rows are found
/// without keeping every row in memory. The fingerprint is Swift's seeded SipHash and a multiply–xorshift hash
/// over the same bytes: two independent 64-bit hashes make an accidental match between different rows
/// practically impossible, and the seeded half keeps a crafted file from forcing one.
///
/// An open-addressing table of its own rather than a `Dictionary`: the keys are hashes already, so a lookup
/// needs no hashing, and growing it moves numbers without hashing anything again.
struct TabularRowFingerprints {
    /// One slot: both hashes and the line of the row, together so a lookup touches one cache line.
    private struct Slot {
        var first: UInt64
        var second: UInt64
        /// The line of the row with that fingerprint, or `empty`.
        var line: Int
    }

    private static let empty = Int.min
    private var slots: [Slot]
    private var count = 0
    /// The row's bytes, each cell with its length in front, gathered so both hashes run over one buffer.
    private var buffer: [UInt8] = []

    init(capacity: Int = 0) {
        var size = 64
        while size / 4 * 3 < capacity { size *= 2 }
        slots = [Slot](repeating: Slot(first: 0, second: 0, line: Self.empty), count: size)
        buffer.reserveCapacity(256)
    }

    /// Records the row (cells already trimmed; trailing empty cells do not count) at `line`, or, when the same
    /// content was seen before, returns the line where it was first seen.
    mutating func firstLine(ofDuplicate cells: [String], line: Int) -> Int? {
        let (first, second) = fingerprint(cells)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: first) & mask
        while slots[index].line != Self.empty {
            if slots[index].first == first && slots[index].second == second { return slots[index].line }
            index = (index + 1) & mask
        }
        slots[index] = Slot(first: first, second: second, line: line)
        count += 1
        if count > slots.count / 4 * 3 { grow() }
        return nil
    }

    private mutating func fingerprint(_ cells: [String]) -> (UInt64, UInt64) {
        var end = cells.count
        while end > 0 && cells[end - 1].isEmpty { end -= 1 }
        buffer.removeAll(keepingCapacity: true)
        for index in 0..<end {
            var cell = cells[index]
            cell.withUTF8 { bytes in
                // The length first, so ["ab", "c"] and ["a", "bc"] differ.
                let length = UInt32(truncatingIfNeeded: bytes.count)
                buffer.append(UInt8(truncatingIfNeeded: length))
                buffer.append(UInt8(truncatingIfNeeded: length >> 8))
                buffer.append(UInt8(truncatingIfNeeded: length >> 16))
                buffer.append(UInt8(truncatingIfNeeded: length >> 24))
                buffer.append(contentsOf: bytes)
            }
        }
        return buffer.withUnsafeBytes { bytes in
            var hasher = Hasher()
            hasher.combine(bytes: bytes)
            return (UInt64(bitPattern: Int64(hasher.finalize())), Self.multiplyXorShift(bytes))
        }
    }

    /// A fast unseeded 64-bit hash, eight bytes at a time (in the manner of MurmurHash64A).
    private static func multiplyXorShift(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let m: UInt64 = 0xC6A4_A793_5BD1_E995
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(bytes.count) &* m)
        var i = 0
        while i + 8 <= bytes.count {
            var k = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            k &*= m
            k ^= k >> 47
            k &*= m
            h ^= k
            h &*= m
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h ^= tail
        h &*= m
        h ^= h >> 47
        h &*= m
        h ^= h >> 47
        return h
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(first: 0, second: 0, line: Self.empty), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.line != Self.empty {
            var index = Int(truncatingIfNeeded: slot.first) & mask
            while slots[index].line != Self.empty { index = (index + 1) & mask }
            slots[index] = slot
        }
    }
}
