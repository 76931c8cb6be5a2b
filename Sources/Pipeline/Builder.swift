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
        var plans: [ArticlePlan] = []
        var unreadable: Set<String> = []
        for path in articlePaths {
            do {
                plans.append(try preparer.plan(articleAt: path, previous: Self.previousPlan(path, layout: layout)))
            } catch {
                summary.failures.append(error.description)
                progress.failed(error.description)
                unreadable.insert(Preparer.articleID(fromPath: path))
            }
        }
        try Self.checkUniqueIDs(plans)

        var tasks = SectionTasks.make(plans: plans, layout: layout)
        if let shard = options.shard { tasks = tasks.filter(Sharding.assignments(tasks, shard: shard)) }
        progress.begin(total: tasks.count)

        let records: Set<String>
        var incomplete: Set<String> = []
        if options.checkOnly {
            let check = tasks.check(root: layout.root)
            records = check.current
            summary.stale += check.stale
        } else {
            let renderer = SectionProducer(
                options: options, layout: layout, progress: progress, engine: preparer.engineVersion)
            let outcome = try await renderer.produce(tasks)
            records = outcome.available
            incomplete = outcome.failedArticles
            summary.built = outcome.built
            summary.reused = outcome.reused
            summary.failed = outcome.failures.count
            summary.failures += outcome.failures
        }

        let finished = try Finisher(layout: layout, checkOnly: options.checkOnly, sharded: options.shard != nil)
            .finish(plans: plans, available: records, keepArticles: unreadable.union(incomplete))
        summary.stale += finished.stale
        summary.audioSeconds = finished.audioSeconds
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

    private static func checkUniqueIDs(_ plans: [ArticlePlan]) throws(PipelineError) {
        var seen: [String: String] = [:]
        for plan in plans {
            let folded = plan.article.id.lowercased()
            if let other = seen[folded] {
                throw PipelineError("articles \(other) and \(plan.article.id) would share one output folder")
            }
            seen[folded] = plan.article.id
        }
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
