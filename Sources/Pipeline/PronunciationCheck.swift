import Speech

/// `plainspeak audit-pronunciation`: audits every word of every level of every article, as the
/// build would speak it, against the lexicon and the reference pronouncing dictionary.
public enum PronunciationCheck {
    /// The report as text, and whether nothing unexplained was flagged.
    public static func run(contentDirectory: String) async throws(PipelineError) -> (report: String, passed: Bool) {
        var options = BuildOptions()
        options.contentDirectory = contentDirectory
        let preparer = try Preparer(options: options)
        var texts: [(article: String, level: String, text: String)] = []
        for path in try preparer.articlePaths() {
            let plan = try preparer.plan(articleAt: path)
            for level in plan.levels {
                texts.append((plan.article.id, level.id, plan.article.title))
                for section in level.sections {
                    texts.append((plan.article.id, level.id, section.title + ".\n" + section.text))
                    if let announcement = section.job.announcement {
                        texts.append((plan.article.id, level.id, announcement))
                    }
                }
            }
        }
        do {
            let audit = try PronunciationAudit.load(content: contentDirectory)
            let engine = try SpeechEngine(voice: preparer.voice, rateWordsPerMinute: 175)
            let report = try await audit.run(texts: texts, engine: engine)
            return (report.plainText, report.passed)
        } catch {
            throw PipelineError("pronunciation audit: \(error)")
        }
    }
}
