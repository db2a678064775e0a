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
    /// Blocks until done; each part of the work has its own session.
    public func attributeAll<Item: Sendable>(_ items: [Item],
                                             threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                             evidence: @Sendable (Item) -> [Evidence]) -> [Attribution] {
        ParallelMap.map(items, threads: threads, state: { self.session() }) { session, item in
            session.attribute(evidence(item))
        }
    }
}
