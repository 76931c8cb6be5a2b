import ContentModel

/// The last phase of a build or merge: write (or, with `--check`, compare) every assembled file,
/// the library page, and remove what is no longer built.
struct Finisher: Sendable {
    var layout: OutputLayout
    var checkOnly: Bool
    var sharded: Bool

    struct Result: Sendable {
        var stale: [String] = []
        var audioSeconds = 0.0
    }

    /// What finishing one article leaves for the library phase.
    struct Article: Sendable {
        var expected: Set<String>
        /// The article's index without section texts (all the library page needs).
        var summary: AudioIndex
        var stale: [String]
        var audioSeconds: Double
    }

    func finish(plans: [ArticlePlan], available: Set<String>, keepArticles: Set<String>)
        throws(PipelineError) -> Result
    {
        var result = Result()
        var expected: [String: Set<String>] = [:]
        var indexes: [AudioIndex] = []
        for plan in plans {
            let article = try finish(plan, available: available)
            expected[plan.article.id] = article.expected
            indexes.append(article.summary)
            result.stale += article.stale
            result.audioSeconds += article.audioSeconds
        }
        result.stale += try finishLibrary(indexes: indexes, expected: expected, keepArticles: keepArticles)
        return result
    }

    /// Writes (or compares) one article's assembled files.
    func finish(_ plan: ArticlePlan, available: Set<String>) throws(PipelineError) -> Article {
        let assembler = Assembler()
        let records = self.records(of: plan, available: available)
        let files = try assembler.files(for: plan, records: records, shard: sharded)
        var stale: [String] = []
        if checkOnly {
            stale = OutputFolder.staleFiles(files, in: layout.articleFolder(plan.article.id))
        } else {
            for file in files {
                try FileSystem.writeIfChanged(Array(file.contents.utf8), to: layout.path(plan.article.id, file.path))
            }
        }
        let index = assembler.index(for: plan, records: records)
        return Article(
            expected: Set(files.map(\.path)).union(SectionTasks.sectionFiles(of: plan)), summary: Self.summary(index),
            stale: stale, audioSeconds: index.levels.reduce(0) { $0 + $1.durationSeconds })
    }

    /// The library page and orphan removal, once every article is finished. Returns stale lines.
    func finishLibrary(indexes: [AudioIndex], expected: [String: Set<String>], keepArticles: Set<String>)
        throws(PipelineError) -> [String]
    {
        // A shard holds part of the library; `merge` writes the library and removes orphans.
        guard !sharded else { return [] }
        var result = Result()

        let library = Array(Exports.libraryPage(indexes).utf8)
        let libraryPath = layout.root + "/" + OutputLayout.libraryPageName
        if checkOnly {
            if (try? FileSystem.readFile(libraryPath)) != library {
                result.stale.append("\(libraryPath): stale or missing")
            }
        } else {
            try FileSystem.writeIfChanged(library, to: libraryPath)
        }
        let orphans = OutputFolder.orphans(in: layout, expected: expected, keepArticles: keepArticles)
        if checkOnly {
            result.stale += orphans.map { "\($0): orphaned (no longer built)" }
        } else {
            orphans.forEach(FileSystem.removeTree)
            for name in FileSystem.entries(of: layout.root) where FileSystem.directoryExists(layout.root + "/" + name) {
                FileSystem.removeEmptyDirectories(layout.root + "/" + name)
            }
        }
        return result.stale
    }

    /// The records of one article's available sections, read from disk.
    private func records(of plan: ArticlePlan, available: Set<String>) -> [String: SectionAudioRecord] {
        var records: [String: SectionAudioRecord] = [:]
        for task in SectionTasks.make(plans: [plan], layout: layout) where available.contains(task.recordPath) {
            records[task.recordPath] = SectionTasks.readRecord(layout.root + "/" + task.recordPath)
        }
        return records
    }

    /// The index without section texts: all the library page needs, kept for every article.
    private static func summary(_ index: AudioIndex) -> AudioIndex {
        var summary = index
        for level in summary.levels.indices {
            for section in summary.levels[level].sections.indices {
                summary.levels[level].sections[section].text = ""
            }
        }
        return summary
    }
}
