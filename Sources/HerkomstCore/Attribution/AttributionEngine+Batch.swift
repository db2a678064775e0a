import Dispatch
import Foundation

extension AttributionEngine {
    /// Attributes every evidence set, spread over `threads` threads (default: one per core), each with its own
    /// session. The answers are in the order of `sets` and equal to `sets.map(attribute)`.
    public func attributeAll(_ sets: [[Evidence]],
                             threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Attribution] {
        attributeAll(sets, threads: threads) { $0 }
    }

    /// Attributes every item by the evidence `evidence` gathers for it (on the worker threads, so gathering is
    /// spread too). Answers in the order of `items`, equal to `items.map { attribute(evidence($0)) }`.
    ///
    /// Blocks until done. Each thread writes its own range of the result in place: no second array, no copy.
    public func attributeAll<Item: Sendable>(_ items: [Item],
                                             threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                             evidence: @Sendable (Item) -> [Evidence]) -> [Attribution] {
        // Below a few thousand items a second thread costs more than it saves.
        guard threads > 1, items.count >= 4096 else {
            var session = session()
            return items.map { session.attribute(evidence($0)) }
        }
        // Several parts per thread, taken in turn by whichever thread is free: on a machine shared with other
        // work one slow thread does not hold up the rest. Parts stay large enough for a session to pay off.
        let parts = min(threads * 8, items.count / 2048)
        let chunk = (items.count + parts - 1) / parts
        return [Attribution](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            let output = DisjointOutput(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                var session = self.session()
                for i in part * chunk..<min(items.count, (part + 1) * chunk) {
                    (output.base + i).initialize(to: session.attribute(evidence(items[i])))
                }
            }
            initialized = items.count
        }
    }
}

/// The result buffer of `attributeAll`, handed to its threads. Unchecked because the compiler cannot see what
/// makes it safe: every thread initialises only its own range of indices, and the buffer is read only after
/// `concurrentPerform` has returned, i.e. after all threads finished.
private struct DisjointOutput: @unchecked Sendable {
    let base: UnsafeMutablePointer<Attribution>
}
