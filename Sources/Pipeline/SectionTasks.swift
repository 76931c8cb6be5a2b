import ContentModel

/// One section of one level of one article to be made current.
struct SectionTask: Sendable {
    var articleID: String
    var articleTitle: String
    var sourcePath: String
    var level: String
    var section: SectionPlan
    /// Paths relative to the output root.
    var wavPath: String
    var opusPath: String
    var recordPath: String

    var key: String { section.key }
    var label: String {
        "\(sourcePath.isEmpty ? articleID : sourcePath): [\(level)] section \(section.number) \"\(section.title)\""
    }
    /// Characters the worker speaks: scales its time limit and the shard balance.
    var characterCount: Int { section.text.count + (section.job.announcement?.count ?? 0) }
}

/// All section tasks of a build, in a fixed order.
struct SectionTasks: Sendable, Sequence {
    var tasks: [SectionTask]

    func makeIterator() -> IndexingIterator<[SectionTask]> { tasks.makeIterator() }
    var count: Int { tasks.count }

    static func make(plans: [ArticlePlan], layout: OutputLayout) -> SectionTasks {
        var tasks: [SectionTask] = []
        for plan in plans {
            for level in plan.levels {
                for section in level.sections {
                    func file(_ ext: String) -> String {
                        plan.article.id + "/"
                            + OutputLayout.sectionFile(level: level.id, stem: section.fileStem, extension: ext)
                    }
                    tasks.append(
                        SectionTask(
                            articleID: plan.article.id, articleTitle: plan.article.title, sourcePath: plan.sourcePath,
                            level: level.id,
                            section: section, wavPath: file("wav"), opusPath: file("opus"),
                            recordPath: file("json")))
                }
            }
        }
        return SectionTasks(tasks: tasks)
    }

    /// Section files of an article, relative to its folder.
    static func sectionFiles(of plan: ArticlePlan) -> Set<String> {
        var files: Set<String> = []
        for level in plan.levels {
            for section in level.sections {
                for ext in section.job.postProcess ? ["wav", "opus", "json"] : ["wav", "json"] {
                    files.insert(OutputLayout.sectionFile(level: level.id, stem: section.fileStem, extension: ext))
                }
            }
        }
        return files
    }

    func filter(_ keep: Set<Int>) -> SectionTasks {
        SectionTasks(tasks: tasks.enumerated().filter { keep.contains($0.offset) }.map(\.element))
    }

    /// Records of the tasks whose outputs are current, and a line for each that is not.
    func check(root: String) -> (current: Set<String>, stale: [String]) {
        var current: Set<String> = []
        var stale: [String] = []
        for task in tasks {
            if SectionTasks.currentRecord(task, root: root) != nil {
                current.insert(task.recordPath)
            } else {
                stale.append("\(root)/\(task.wavPath): stale or missing (\(task.label))")
            }
        }
        return (current, stale)
    }

    /// The record at the task's final path when it matches the task's key and its audio files
    /// are intact; nil otherwise.
    static func currentRecord(_ task: SectionTask, root: String) -> SectionAudioRecord? {
        // A task's three files share one stem, so this is the same check as for any earlier output.
        EarlierOutputs.source(at: root + "/" + String(task.recordPath.dropLast(".json".count)), key: task.key)?.record
    }

    static func readRecord(_ path: String) -> SectionAudioRecord? {
        guard let bytes = try? FileSystem.readFile(path) else { return nil }
        return try? ContentKey.decode(SectionAudioRecord.self, from: bytes, path: path)
    }
}
