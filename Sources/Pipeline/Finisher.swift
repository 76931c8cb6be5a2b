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

    func finish(plans: [ArticlePlan], records: [String: SectionAudioRecord], keepArticles: Set<String>)
        throws(PipelineError) -> Result
    {
        var result = Result()
        let assembler = Assembler(layout: layout)
        var expected: [String: Set<String>] = [:]
        for plan in plans {
            let files = try assembler.files(for: plan, records: records, shard: sharded)
            expected[plan.article.id] = Set(files.map(\.path)).union(SectionTasks.sectionFiles(of: plan))
            if checkOnly {
                result.stale += OutputFolder.staleFiles(files, in: layout.articleFolder(plan.article.id))
            } else {
                for file in files {
                    try FileSystem.writeIfChanged(Array(file.contents.utf8), to: layout.path(plan.article.id, file.path))
                }
            }
            result.audioSeconds += assembler.audioSeconds(plan, records: records)
        }
        // A shard holds part of the library; `merge` writes the library and removes orphans.
        guard !sharded else { return result }

        let library = Array(try assembler.libraryPage(plans: plans, records: records).utf8)
        let libraryPath = layout.root + "/" + OutputLayout.libraryPageName
        if checkOnly {
            if (try? FileSystem.readFile(libraryPath)) != library { result.stale.append("\(libraryPath): stale or missing") }
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
        return result
    }
}
