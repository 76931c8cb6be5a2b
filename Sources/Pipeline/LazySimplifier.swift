import ContentModel
import Readability
import Simplifier
import Synchronization

/// The simplifier, loaded on first use: loading its dictionaries costs most of a second, which a
/// no-op rebuild (every rewrite reused from the previous plan) must not pay.
final class LazySimplifier: Sendable {
    private let contentDirectory: String
    private let meter: ReadabilityMeter
    private let loaded = Mutex<Simplifier?>(nil)

    init(contentDirectory: String, meter: ReadabilityMeter) {
        self.contentDirectory = contentDirectory
        self.meter = meter
    }

    func simplify(_ blocks: [Block], level: String, override: [Block]?, articleTerms: Set<String>)
        throws(PipelineError) -> SimplifiedSection
    {
        try simplifier().simplify(blocks, level: level, override: override, articleTerms: articleTerms)
    }

    /// The loaded simplifier (a value: callers use it concurrently, outside the lock).
    private func simplifier() throws(PipelineError) -> Simplifier {
        let result: Result<Simplifier, PipelineError> = loaded.withLock { simplifier in
            if let simplifier { return .success(simplifier) }
            let meter = self.meter
            do {
                let made = try Simplifier(contentDirectory: contentDirectory, measure: { meter.measure($0) })
                simplifier = made
                return .success(made)
            } catch {
                return .failure(PipelineError("simplifier: \(error)"))
            }
        }
        return try result.get()
    }
}

/// Rewrites already made in this run, by input key; bounded, so that a large library of distinct
/// articles does not keep every rewrite in memory.
final class RewriteMemo: Sendable {
    static let capacity = 512
    private let made = Mutex<[String: ([Block], [PlannedFinding])]>([:])

    func lookup(_ key: String) -> ([Block], [PlannedFinding])? { made.withLock { $0[key] } }

    func store(_ key: String, _ rewrite: ([Block], [PlannedFinding])) {
        made.withLock { made in
            if made.count < Self.capacity { made[key] = rewrite }
        }
    }
}
