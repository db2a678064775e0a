import Foundation
import Testing
@testable import HerkomstCore

struct ParallelMapTests {
    private struct Odd: Error, Equatable { let value: Int }

    @Test func keepsTheOrderOfALargeBatchOnSeveralThreads() {
        let items = Array(0..<50_000)
        let doubled = ParallelMap.map(items, threads: 4, state: { 0 }) { (_: inout Int, n: Int) in n * 2 }
        #expect(doubled == items.map { $0 * 2 })
    }

    @Test func buildsStateOncePerPartNotPerItem() {
        // Each part counts its own items in its state: the counts restart once per part (at most 8 parts per thread),
        // not once per item, and within a part they run 1, 2, 3 … without a gap.
        let counts = ParallelMap.map(Array(0..<20_000), threads: 2, state: { 0 }) { (seen: inout Int, _: Int) in
            seen += 1
            return seen
        }
        let restarts = counts.filter { $0 == 1 }.count
        #expect((2...16).contains(restarts))
        #expect(zip(counts, counts.dropFirst()).allSatisfy { $1 == $0 + 1 || $1 == 1 })
        #expect(counts.count == 20_000)
    }

    @Test func smallBatchesRunOnOneStateInOrder() {
        let counts = ParallelMap.map(Array(0..<100), threads: 4, state: { 0 }) { (seen: inout Int, _: Int) in
            seen += 1
            return seen
        }
        #expect(counts == Array(1...100))
    }

    @Test func rethrowsTheFailureOfAnyPart() {
        #expect(throws: Odd(value: 33_333)) {
            try ParallelMap.map(Array(0..<40_000), threads: 2, state: { () }) { (_: inout Void, n: Int) throws(Odd) -> Int in
                if n == 33_333 { throw Odd(value: n) }
                return n
            }
        }
    }
}
