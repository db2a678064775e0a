/// SplitMix64 (Steele, Lea & Flood 2014): a tiny PRNG whose output is fixed by its seed on every machine,
/// so the demo data is the same every run. The standard library's generators are seeded randomly.
struct DemoRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// Seeds from a name (FNV-1a), so each story part draws its own stream: changing one part does not
    /// shift the numbers of another.
    init(stream name: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        state = hash
    }

    mutating func next() -> UInt64 {
        state = state &+ 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Uniform in `range` (the slight modulo bias does not matter for demo data).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// Uniform in [0, 1), from the top 53 bits: exact in a Double, the same everywhere.
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        precondition(!items.isEmpty, "pick from an empty list")
        return items[int(in: 0...(items.count - 1))]
    }

    /// A day in `range`, both ends included.
    mutating func day(in range: ClosedRange<Day>) -> Day {
        Day(ordinal: int(in: range.lowerBound.ordinal...range.upperBound.ordinal))
    }

    /// `count` random uppercase letters and digits, for serial numbers.
    mutating func alphanumeric(_ count: Int) -> String {
        let symbols = Array("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
        return String((0..<count).map { _ in pick(symbols) })
    }

    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(int(in: 0...9))) })
    }
}
