import Foundation
import HerkomstCore
import Testing

@Suite("Time-ordered device ids")
struct TimeOrderedIDsTests {
    @Test("ids made one after another sort in that order, are unique and 20 characters long")
    func sortInCreationOrder() {
        let clock = SteppingClock(start: Date(timeIntervalSince1970: 1_764_403_200))
        let ids = TimeOrderedIDs(now: clock.next, start: UInt32.max - 5)  // the counter wraps within the run
        let made = (0..<50_000).map { _ in ids.next() }
        #expect(made == made.sorted())
        #expect(Set(made).count == made.count)
        #expect(made.allSatisfy { $0.count == 20 && $0.hasPrefix("app-") })
        #expect(made.allSatisfy { $0.dropFirst(4).allSatisfy { "0123456789abcdefghjkmnpqrstvwxyz".contains($0) } })
    }

    @Test("a clock that steps back does not make ids go back")
    func clockStepsBack() {
        let times = [Date(timeIntervalSince1970: 2_000_000_000), Date(timeIntervalSince1970: 1_000_000_000)]
        let clock = SteppingClock(times: times)
        let ids = TimeOrderedIDs(now: clock.next, start: 0)
        let first = ids.next(), second = ids.next()
        #expect(first < second)
    }

    @Test("ids made later sort after ids made earlier, whatever the counter")
    func laterSortsAfter() {
        let early = TimeOrderedIDs(now: { Date(timeIntervalSince1970: 1_764_403_200) }, start: UInt32.max - 1).next()
        let late = TimeOrderedIDs(now: { Date(timeIntervalSince1970: 1_764_403_200.001) }, start: 0).next()
        #expect(early < late)
    }
}

/// A clock for tests: each call returns the next time (a millisecond later, or the next of a given list).
final class SteppingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var times: [Date]
    private var current: Date

    init(start: Date) {
        current = start
        times = []
    }

    init(times: [Date]) {
        self.times = times
        current = times[0]
    }

    @Sendable func next() -> Date {
        lock.withLock {
            if !times.isEmpty { current = times.removeFirst(); return current }
            current += 0.0001
            return current
        }
    }
}
