import ContentModel
import Dispatch
import Readability
import Sectioning
import Simplifier
import Speech
import Synchronization

/// Reads articles and the content folder's data files, simplifies every section into every
/// level, and turns each section of each level into a keyed ``SpeechJob``.
struct Preparer: Sendable {
    var contentDirectory: String
    var voice: String
    var rate: Int?
    var onlyLevels: [String]?
    var audio: (loudness: Double, truePeak: Double, opusBitrate: Int, postProcess: Bool)

    let reader = ArticleReader()
    let meter: ReadabilityMeter
    let levels: LevelsConfiguration
    let simplifier: LazySimplifier
    /// SHA-256 of the levels and simplifier data files and the rules version: with a section's
    /// text it decides whether an earlier rewrite can be reused.
    let simplifierDigest: String
    /// The simplifier's data files alone (no dictionaries): what a section's rewrite key needs.
    let simplifierData: SimplifierData
    let speechSettings: SpeechSettings
    let spokenText: SpokenTextBuilder
    let engineVersion: String
    let splitter = SentenceSplitter()
    /// Rewrites made in this run, by their input key: identical sections (in copies of an article,
    /// or repeated boilerplate) are simplified once.
    let rewrites = RewriteMemo()

    init(options: BuildOptions) throws(PipelineError) {
        let contentDirectory = options.contentDirectory
        self.contentDirectory = contentDirectory
        self.rate = options.rateWordsPerMinute
        self.onlyLevels = options.levels
        self.audio = (options.loudnessTargetLUFS, options.truePeakCeilingDBTP, options.opusBitrate, !options.draft)
        guard FileSystem.directoryExists(contentDirectory) else {
            throw PipelineError(path: contentDirectory, "content folder not found")
        }
        do {
            meter = try ReadabilityMeter()
        } catch {
            throw PipelineError("readability: \(error)")
        }
        do {
            levels = try LevelsConfiguration.load(path: contentDirectory + "/levels.yml")
        } catch {
            throw PipelineError("simplifier: \(error)")
        }
        simplifier = LazySimplifier(contentDirectory: contentDirectory, meter: meter)
        do {
            simplifierData = try SimplifierData.load(directory: contentDirectory + "/simplifier")
        } catch {
            throw PipelineError("simplifier: \(error)")
        }
        simplifierDigest = try Self.digest(
            files: [contentDirectory + "/levels.yml"]
                + FileSystem.entries(of: contentDirectory + "/simplifier").map {
                    contentDirectory + "/simplifier/" + $0
                },
            salt: Simplifier.rulesVersion)
        do {
            speechSettings = try SpeechSettings.load(path: contentDirectory + "/speech.yml")
            spokenText = SpokenTextBuilder(
                lexicon: try Lexicon.load(path: contentDirectory + "/lexicon.yml"),
                normalization: try SpeechNormalization.load(path: contentDirectory + "/speech-normalization.yml"))

        } catch {
            throw PipelineError("speech: \(error)")
        }
        engineVersion = SpeechEngine.libraryVersion
        voice = options.voice ?? speechSettings.voice
        if let onlyLevels {
            let known = Set(levels.levels.map(\.id))
            for level in onlyLevels where !known.contains(level) {
                throw PipelineError(
                    path: contentDirectory + "/levels.yml",
                    "no level \"\(level)\" (levels: \(levels.levels.map(\.id).joined(separator: ", ")))")
            }
        }
    }

    func articlePaths() throws(PipelineError) -> [String] {
        do {
            return try ContentFolder.articlePaths(in: contentDirectory)
        } catch {
            throw PipelineError(error.description)
        }
    }

    static func articleID(fromPath path: String) -> String {
        (try? ArticleReader.articleID(forPath: path)) ?? path
    }

    /// SHA-256 over the named files' contents (in order) and `salt`.
    static func digest(files: [String], salt: String) throws(PipelineError) -> String {
        var bytes = Array(salt.utf8)
        for file in files where FileSystem.fileExists(file) {
            bytes += Array(file.split(separator: "/").last.map(String.init)!.utf8) + [0]
            bytes += try FileSystem.readFile(file) + [0]
        }
        return ContentKey.hex(of: bytes)
    }

    /// The plan of the article at `path`; rewrites are reused from `previous` (the plan of the last
    /// build) where their inputs are unchanged.
    func plan(articleAt path: String, previous: ArticlePlan? = nil) throws(PipelineError) -> ArticlePlan {
        let article: Article
        do {
            article = try reader.read(path: path)
        } catch {
            throw PipelineError(error.description)
        }
        let original = levels.levels.first { $0.id == "original" }
        let baseRate = rate ?? original?.rateWordsPerMinute ?? speechSettings.rateWordsPerMinute
        let chosen = levels.levels.filter { onlyLevels?.contains($0.id) ?? true }
        // Levels are rewritten in parallel (the simplifier is the main process's heaviest work).
        let results = Mutex([Int: Result<LevelPlan, PipelineError>]())
        DispatchQueue.concurrentPerform(iterations: chosen.count) { index in
            let result = Result { () throws(PipelineError) -> LevelPlan in
                try plan(level: chosen[index], of: article, original: original, previous: previous)
            }
            results.withLock { $0[index] = result }
        }
        var levelPlans: [LevelPlan] = []
        for (_, result) in results.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            levelPlans.append(try result.get())
        }
        return ArticlePlan(
            article: AudioIndex.ArticleInfo(
                id: article.id, title: article.title, language: article.language, source: article.source,
                authors: article.authors.isEmpty ? nil : article.authors),
            sourcePath: path, voice: voice, rateWordsPerMinute: baseRate, levels: levelPlans)
    }

    private func plan(level: Level, of article: Article, original: Level?, previous: ArticlePlan?)
        throws(PipelineError) -> LevelPlan
    {
        // --rate scales every level, keeping the levels data's proportions.
        let levelRate =
            rate.map {
                Int(
                    (Double($0) * Double(level.rateWordsPerMinute) / Double(original?.rateWordsPerMinute ?? $0))
                        .rounded())
            }
            ?? level.rateWordsPerMinute
        var sections: [SectionPlan] = []
        let earlier = previous?.levels.first { $0.id == level.id }?.sections ?? []
        let articleTerms = simplifierData.termsNamedInFull(
            in: article.sections.map { Block.plainText(of: $0.blocks) }.joined(separator: "\n\n"))
        for section in article.sections {
            sections.append(
                try plan(
                    section, of: article, level: level.id, rate: levelRate, count: article.sections.count,
                    earlier: earlier.first { $0.number == section.number }, articleTerms: articleTerms))
        }
        let levelText = sections.map(\.text).joined(separator: "\n\n")
        return LevelPlan(
            id: level.id, title: level.title, rateWordsPerMinute: levelRate, targetGrade: level.targetGrade,
            readability: meter.measure(levelText), sections: sections)
    }

    private func plan(
        _ section: Section, of article: Article, level: String, rate: Int, count: Int, earlier: SectionPlan?,
        articleTerms: Set<String>
    ) throws(PipelineError) -> SectionPlan {
        var blocks = section.blocks
        var findings: [PlannedFinding] = []
        var sourceKey: String?
        if level != "original" {
            let override = try overrideBlocks(article: article.id, level: level, section: section.id)
            let key = try ContentKey.of(
                RewriteInput(
                    blocks: section.blocks, level: level, override: override, data: simplifierDigest,
                    articleTerms: articleTerms.sorted()))
            sourceKey = key
            if let earlier, earlier.sourceKey == key {
                blocks = earlier.blocks
                findings = earlier.findings
            } else if let made = rewrites.lookup(key) {
                (blocks, findings) = made
            } else {
                let simplified = try simplifier.simplify(
                    section.blocks, level: level, override: override, articleTerms: articleTerms)
                blocks = simplified.blocks
                findings = simplified.findings.map {
                    PlannedFinding(
                        rule: $0.rule, before: $0.before, after: $0.after, status: Self.describe($0.status),
                        message: $0.message)
                }
                rewrites.store(key, (blocks, findings))
            }
        }
        let text = Block.plainText(of: blocks)
        let announcement = SectionRenderer.announcement(
            articleTitle: article.title, sectionNumber: section.number, sectionCount: count,
            sectionTitle: section.title,
            settings: speechSettings)
        // Only sentences whose speech differs from their text are kept: the worker speaks the
        // others as written, and plans stay small (they are all in memory during a build).
        var spoken: [String: SpokenText] = [:]
        let sentences =
            blocks.flatMap { splitter.sentences(in: $0.plainText) } + splitter.sentences(in: announcement ?? "")
        for sentence in sentences where spoken[sentence] == nil {
            let said = spokenText.spoken(sentence)
            if said != SpokenText.identity(sentence) { spoken[sentence] = said }
        }
        let job = SpeechJob(
            formatVersion: SpeechJob.formatVersion, engine: engineVersion, voice: voice, rateWordsPerMinute: rate,
            announcement: announcement, blocks: blocks, spoken: spoken, settings: speechSettings,
            loudnessTargetLUFS: audio.loudness, truePeakCeilingDBTP: audio.truePeak, opusBitrate: audio.opusBitrate,
            postProcess: audio.postProcess)
        return SectionPlan(
            number: section.number, id: section.id, title: section.title, sourceKey: sourceKey, blocks: blocks,
            text: text,
            wordCount: Words.count(in: text), readability: meter.measure(text), findings: findings,
            fileStem: OutputLayout.stem(number: section.number, slug: section.id), key: try ContentKey.of(job), job: job
        )
    }

    static func describe(_ status: Finding.Status) -> String {
        switch status {
        case .applied: return "applied"
        case .rejectedByGuard(let guardName): return "rejected by \(guardName)"
        case .overrideUsed: return "editor's override used"
        case .overrideFailsGuard(let guardName): return "editor's override fails \(guardName)"
        case .aboveTargetGrade: return "above the level's target grade"
        }
    }

    /// An editor's own text for one section at one level:
    /// `<content>/<article-id>.overrides/<level>/<section-id>.md`.
    private func overrideBlocks(article: String, level: String, section: String) throws(PipelineError) -> [Block]? {
        let path = contentDirectory + "/" + article + ".overrides/" + level + "/" + section + ".md"
        guard FileSystem.fileExists(path) else { return nil }
        do {
            return try reader.parseBlocks(markdown: try FileSystem.readFile(path), path: path)
        } catch let error as SectioningError {
            throw PipelineError(error.description)
        } catch {
            throw PipelineError(path: path, "\(error)")
        }
    }
}
