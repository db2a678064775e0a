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
        // Each part counts its own items in its state: the counts restart per part, so the largest count is the
        // size of a part, far below the batch size, and the counts of all parts add up to the batch.
        let counts = ParallelMap.map(Array(0..<20_000), threads: 2, state: { 0 }) { (seen: inout Int, _: Int) in
            seen += 1
            return seen
        }
        let restarts = counts.enumerated().filter { $0.element == 1 }.count
        #expect(restarts > 1)
        #expect(counts.max()! < 20_000)
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
