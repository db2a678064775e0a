import Foundation

extension AttributionEngine {
    /// Attributes every evidence set, spread over `tasks` concurrent tasks (default: one per core), each with its
    /// own session. The answers are in the order of `sets` and equal to `sets.map(attribute)`.
    public func attributeAll(_ sets: [[Evidence]],
                             tasks: Int = ProcessInfo.processInfo.activeProcessorCount) async -> [Attribution] {
        // Below a few thousand sets the tasks cost more than they save.
        let taskCount = min(max(1, tasks), max(1, sets.count / 2048))
        if taskCount == 1 {
            var session = session()
            return sets.map { session.attribute($0) }
        }
        let chunk = (sets.count + taskCount - 1) / taskCount
        let parts = await withTaskGroup(of: (Int, [Attribution]).self) { group in
            for part in 0..<taskCount {
                let range = part * chunk..<min(sets.count, (part + 1) * chunk)
                group.addTask {
                    var session = self.session()
                    return (part, sets[range].map { session.attribute($0) })
                }
            }
            var parts = [[Attribution]](repeating: [], count: taskCount)
            for await (part, attributions) in group { parts[part] = attributions }
            return parts
        }
        var all: [Attribution] = []
        all.reserveCapacity(sets.count)
        for part in parts { all.append(contentsOf: part) }
        return all
    }
}
