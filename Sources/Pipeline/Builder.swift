import ContentModel
import Foundation

/// Runs a whole build: read and simplify every article, render the sections whose content key
/// changed in worker processes, then assemble indexes, playlists, captions and exports.
public struct Builder: Sendable {
    public var options: BuildOptions
    public var progress: ProgressReporter

    public init(options: BuildOptions, progress: ProgressReporter) {
        self.options = options
        self.progress = progress
    }

    public func run() async throws(PipelineError) -> BuildSummary {
        let started = ContinuousClock.now
        let layout = OutputLayout(root: options.outputDirectory)
        var summary = BuildSummary()

        let lock: Int32?
        if options.checkOnly {
            lock = nil
        } else {
            try OutputFolder.claim(layout.root)
            lock = try OutputFolder.lock(layout.root, wait: options.waitForLock)
        }
        defer { if let lock { FileSystem.releaseLock(lock) } }
        if !options.checkOnly { OutputFolder.removeTemporaryFiles(layout.root) }

        let preparer = try Preparer(options: options)
        let articlePaths = try preparer.articlePaths()
        try Self.checkUniqueIDs(articlePaths)
        let finisher = Finisher(layout: layout, checkOnly: options.checkOnly, sharded: options.shard != nil)
        var unreadable: Set<String> = []
        var incomplete: Set<String> = []
        var expected: [String: Set<String>] = [:]
        var indexes: [AudioIndex] = []
        var known: [String: String] = [:]

        // A shard must see every section to balance its share, so it plans all articles at once;
        // a whole build goes a few articles at a time, so that memory stays flat for any library size.
        let batchSize = options.shard == nil ? Self.articlesPerBatch : max(1, articlePaths.count)
        var batchStart = 0
        while batchStart < articlePaths.count {
            let batch = articlePaths[batchStart..<min(batchStart + batchSize, articlePaths.count)]
            batchStart += batchSize
            var plans: [ArticlePlan] = []
            for path in batch {
                do {
                    plans.append(try preparer.plan(articleAt: path, previous: Self.previousPlan(path, layout: layout)))
                } catch {
                    summary.failures.append(error.description)
                    progress.failed(error.description)
                    unreadable.insert(Preparer.articleID(fromPath: path))
                }
            }
            var tasks = SectionTasks.make(plans: plans, layout: layout)
            if let shard = options.shard { tasks = tasks.filter(Sharding.assignments(tasks, shard: shard)) }
            progress.add(total: tasks.count)

            let available: Set<String>
            if options.checkOnly {
                let check = tasks.check(root: layout.root)
                available = check.current
                summary.stale += check.stale
            } else {
                let producer = SectionProducer(
                    options: options, layout: layout, progress: progress, engine: preparer.engineVersion)
                let outcome = try await producer.produce(tasks, known: known)
                available = outcome.available
                incomplete.formUnion(outcome.failedArticles)
                summary.built += outcome.built
                summary.reused += outcome.reused
                summary.failed += outcome.failures.count
                summary.failures += outcome.failures
                for task in tasks where available.contains(task.recordPath) && known[task.key] == nil {
                    known[task.key] = layout.root + "/" + String(task.recordPath.dropLast(".json".count))
                }
            }
            for plan in plans {
                let article = try finisher.finish(plan, available: available)
                expected[plan.article.id] = article.expected
                indexes.append(article.summary)
                summary.stale += article.stale
                summary.audioSeconds += article.audioSeconds
            }
        }
        summary.stale += try finisher.finishLibrary(
            indexes: indexes, expected: expected, keepArticles: unreadable.union(incomplete))
        summary.wallSeconds = (ContinuousClock.now - started).seconds
        summary.mainPeakMegabytes = Environment.peakResidentMegabytes()
        summary.workerPeakMegabytes = Environment.childrenPeakResidentMegabytes()
        progress.finish(summary)
        return summary
    }

    /// The plan the last build wrote for the article at `path`, if any.
    private static func previousPlan(_ path: String, layout: OutputLayout) -> ArticlePlan? {
        let planPath = layout.path(Preparer.articleID(fromPath: path), OutputLayout.planFileName)
        guard let bytes = try? FileSystem.readFile(planPath) else { return nil }
        return try? ContentKey.decode(ArticlePlan.self, from: bytes, path: planPath)
    }

    /// Articles planned, rendered and finished together: enough sections to keep every worker busy,
    /// few enough that a library of hundreds of articles needs no more memory than a handful.
    static let articlesPerBatch = 4

    private static func checkUniqueIDs(_ paths: [String]) throws(PipelineError) {
        var seen: [String: String] = [:]
        for path in paths {
            let id = Preparer.articleID(fromPath: path)
            if let other = seen[id.lowercased()] {
                throw PipelineError("articles \(other) and \(id) would share one output folder")
            }
            seen[id.lowercased()] = id
        }
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
