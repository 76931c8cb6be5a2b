/// Splits section tasks across CI machines, balanced by how long their audio will be.
enum Sharding {
    /// Indexes of the tasks that belong to `shard`. Deterministic: longest tasks first (ties by
    /// position), each to the shard with the least work so far (ties to the lowest shard). Tasks
    /// with the same content key stay together, since they are rendered once.
    static func assignments(_ tasks: SectionTasks, shard: Shard) -> Set<Int> {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, task) in tasks.tasks.enumerated() {
            if groups[task.key] == nil { order.append(task.key) }
            groups[task.key, default: []].append(index)
        }
        let weighted = order.enumerated().map { position, key in
            (key: key, position: position, weight: tasks.tasks[groups[key]![0]].characterCount)
        }.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.position < $1.position }

        var load = [Int](repeating: 0, count: shard.count)
        var mine: Set<Int> = []
        for item in weighted {
            let target = load.indices.min { load[$0] != load[$1] ? load[$0] < load[$1] : $0 < $1 }!
            load[target] += item.weight
            if target == shard.index - 1 { mine.formUnion(groups[item.key]!) }
        }
        return mine
    }
}
