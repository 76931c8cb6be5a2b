import ContentModel
import Export

/// Adapts an article's plan and section records to the Export stage.
enum Exports {
    static func files(plan: ArticlePlan, index: AudioIndex, records: [String: SectionAudioRecord])
        throws(PipelineError) -> [AssembledFile]
    {
        let levels = plan.levels.map { level in
            ExportLevel(
                id: level.id, title: level.title,
                sections: level.sections.compactMap { section -> ExportSection? in
                    let recordPath =
                        plan.article.id + "/"
                        + OutputLayout.sectionFile(level: level.id, stem: section.fileStem, extension: "json")
                    guard let record = records[recordPath] else { return nil }
                    return ExportSection(
                        number: section.number, id: section.id, title: section.title, blocks: section.blocks,
                        cues: record.cues, words: record.words)
                })
        }
        var files = Exporter.articleFiles(ExportArticle(index: index, levels: levels)).map {
            AssembledFile(path: $0.path, contents: $0.contents)
        }
        files.append(AssembledFile(path: reportFileName, contents: report(plan)))
        return files
    }

    static let reportFileName = "simplification-report.html"

    /// The editors' report: every simplified level against the original, section by section.
    static func report(_ plan: ArticlePlan) -> String {
        let original = plan.levels.first { $0.id == "original" }
        func before(_ number: Int) -> Double {
            original?.sections.first { $0.number == number }?.readability?.fleschKincaidGrade ?? 0
        }
        let levels = plan.levels.filter { $0.id != "original" }.map { level in
            SimplificationReportInput.Level(
                id: level.id, title: level.title, targetGrade: level.targetGrade,
                sections: level.sections.map { section in
                    SimplificationReportInput.Section(
                        number: section.number, title: section.title, gradeBefore: before(section.number),
                        gradeAfter: section.readability?.fleschKincaidGrade ?? 0,
                        changes: section.findings.map {
                            .init(
                                rule: $0.rule, before: $0.before, after: $0.after, status: $0.status,
                                message: $0.message)
                        })
                })
        }
        return Exporter.simplificationReport(
            SimplificationReportInput(articleTitle: plan.article.title, language: plan.article.language, levels: levels)
        )
    }

    static func libraryPage(_ indexes: [AudioIndex]) -> String {
        Exporter.libraryPage(indexes)
    }
}
