/// Joins the output folders of `build --shard i/n` runs into the tree a single build makes.
public struct Merger: Sendable {
    public var output: String
    public var shards: [String]

    public init(output: String, shards: [String]) {
        self.output = output
        self.shards = shards
    }

    public func run() throws(PipelineError) {
        let layout = OutputLayout(root: output)
        try OutputFolder.claim(output)
        let lock = try OutputFolder.lock(output, wait: false)
        defer { FileSystem.releaseLock(lock) }
        OutputFolder.removeTemporaryFiles(output)

        var plans: [String: ArticlePlan] = [:]
        var records: Set<String> = []
        for shard in shards {
            guard FileSystem.fileExists(shard + "/" + OutputFolder.markerName) else {
                throw PipelineError(path: shard, "is not a plainspeak output folder")
            }
            for article in FileSystem.entries(of: shard) where FileSystem.directoryExists(shard + "/" + article) {
                let planPath = shard + "/" + article + "/" + OutputLayout.planFileName
                guard FileSystem.fileExists(planPath) else { continue }
                let plan = try ContentKey.decode(
                    ArticlePlan.self, from: try FileSystem.readFile(planPath), path: planPath)
                if let known = plans[article], known != plan {
                    throw PipelineError(
                        path: planPath, "differs from another shard's plan: shards of different content")
                }
                plans[article] = plan
                for task in SectionTasks.make(plans: [plan], layout: layout) {
                    guard !records.contains(task.recordPath),
                        let record = SectionTasks.currentRecord(task, root: shard)
                    else { continue }
                    if SectionTasks.currentRecord(task, root: output) == nil {
                        try FileSystem.copyAtomically(shard + "/" + task.wavPath, to: output + "/" + task.wavPath)
                        if record.opusBytes > 0 {
                            try FileSystem.copyAtomically(shard + "/" + task.opusPath, to: output + "/" + task.opusPath)
                        }
                        try FileSystem.writeAtomically(
                            try FileSystem.readFile(shard + "/" + task.recordPath), to: output + "/" + task.recordPath)
                    }
                    records.insert(task.recordPath)
                }
            }
        }
        let ordered = plans.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { plans[$0]! }
        var missing: [String] = []
        for task in SectionTasks.make(plans: ordered, layout: layout) where !records.contains(task.recordPath) {
            missing.append(task.label)
        }
        _ = try Finisher(layout: layout, checkOnly: false, sharded: false)
            .finish(plans: ordered, available: records, keepArticles: [])
        if !missing.isEmpty {
            throw PipelineError(path: output, "merged, but no shard had audio for: " + missing.joined(separator: "; "))
        }
    }
}
