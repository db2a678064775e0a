import Dispatch
import Foundation

/// Maps large batches on all cores: a whole register decoded, a million evidence sets attributed.
public enum ParallelMap {
    /// `items.map(transform)`, in order, with `transform` given a per-part `state` (a decoder, an attribution
    /// session) that `makeState` builds once per part, not once per item. The first error thrown is rethrown.
    ///
    /// Below `serialBelow` items a second thread costs more than it saves, so it runs on the caller's thread.
    /// Otherwise the work is cut into several parts per thread, taken in turn by whichever thread is free: on a
    /// machine shared with other work one slow thread does not hold up the rest.
    /// Typed throws: with a transform that cannot fail (`Failure == Never`) the call needs no `try`.
    public static func map<Item: Sendable, State, Output, Failure: Error>(
        _ items: [Item],
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        serialBelow: Int = 4_096,
        state makeState: @Sendable () -> State,
        _ transform: @Sendable (inout State, Item) throws(Failure) -> Output
    ) throws(Failure) -> [Output] {
        guard threads > 1, items.count >= serialBelow else {
            var state = makeState()
            var all: [Output] = []
            all.reserveCapacity(items.count)
            for item in items { all.append(try transform(&state, item)) }
            return all
        }
        let parts = min(threads * 8, max(threads, items.count / 2_048))
        let size = (items.count + parts - 1) / parts
        let results = PartResults<Output, Failure>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var state = makeState()
            let range = min(items.count, part * size)..<min(items.count, (part + 1) * size)
            var output: [Output] = []
            output.reserveCapacity(range.count)
            do throws(Failure) {
                for item in items[range] { output.append(try transform(&state, item)) }
                results.set(part, .success(output))
            } catch {
                results.set(part, .failure(error))
            }
        }
        return try results.joined()
    }
}

/// What each part produced, kept apart until all parts are done.
private final class PartResults<T, Failure: Error>: @unchecked Sendable {
    // Unchecked because the compiler cannot see what makes it safe: each part writes only its own slot, under the
    // lock, and `joined()` reads after `concurrentPerform` has returned, i.e. after all parts finished.
    private var slots: [Result<[T], Failure>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ part: Int, _ result: Result<[T], Failure>) {
        lock.withLock { slots[part] = result }
    }

    func joined() throws(Failure) -> [T] {
        var parts: [[T]] = []
        for slot in slots { parts.append(try slot!.get()) }
        var all: [T] = []
        all.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { all += part }
        return all
    }
}
