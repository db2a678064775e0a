import Dispatch
import Foundation

extension AttributionEngine {
    /// Attributes every evidence set, spread over `threads` threads (default: one per core), each with its own
    /// session. The answers are in the order of `sets` and equal to `sets.map(attribute)`.
    ///
    /// Blocks until done. Each thread writes its own range of the result in place: no second array, no copy.
    public func attributeAll(_ sets: [[Evidence]],
                             threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Attribution] {
        // Below a few thousand sets a second thread costs more than it saves.
        let parts = min(max(1, threads), max(1, sets.count / 2048))
        if parts == 1 {
            var session = session()
            return sets.map { session.attribute($0) }
        }
        let chunk = (sets.count + parts - 1) / parts
        return [Attribution](unsafeUninitializedCapacity: sets.count) { buffer, initialized in
            let output = DisjointOutput(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                var session = self.session()
                for i in part * chunk..<min(sets.count, (part + 1) * chunk) {
                    (output.base + i).initialize(to: session.attribute(sets[i]))
                }
            }
            initialized = sets.count
        }
    }
}

/// The result buffer of `attributeAll`, handed to its threads. Unchecked because the compiler cannot see what
/// makes it safe: every thread initialises only its own range of indices, and the buffer is read only after
/// `concurrentPerform` has returned, i.e. after all threads finished.
private struct DisjointOutput: @unchecked Sendable {
    let base: UnsafeMutablePointer<Attribution>
}
