import ContentModel
import Export

/// A small two-level, three-section article for the export tests, with a hostile section whose
/// title and text try every way content could become markup or script.
enum FixtureArticle {
    static let id = "fixture-article"
    static let hostileTitle = "Risks <script>alert(1)</script> & \"quotes\""
    static let hostileText = [
        "Never run <img src=x onerror=alert(1)> as code.",
        "A link like javascript:alert(1) stays text.",
        "Closing tags </script><!-- must not escape.",
        "Speech markup <audio src=\"x\"/> is only text.",
    ]

    struct LevelText {
        var id: String
        var title: String
        var sections: [(id: String, title: String, blocks: [Block])]
    }

    static let levels: [LevelText] = [
        LevelText(
            id: "original", title: "Original",
            sections: [
                (
                    "introduction", "Introduction",
                    [
                        .paragraph("Head tilt in babies has many causes. Most of them are mild."),
                        .paragraph("* * *"),
                        .list(["• Head turned to one side", "Stiff neck muscles:"]),
                    ]
                ),
                ("risks", hostileTitle, [.paragraph(hostileText.joined(separator: " "))]),
                (
                    "treatment", "Treatment",
                    [
                        .subheading("Exercises at home"),
                        .paragraph("Gentle stretching helps (e.g. turning the head). Ask the therapist first!"),
                    ]
                ),
            ]),
        LevelText(
            id: "easy", title: "Easy to read",
            sections: [
                ("introduction", "Introduction", [.paragraph("A baby may tilt its head. This is often mild.")]),
                ("risks", hostileTitle, [.paragraph(hostileText.joined(separator: " "))]),
                ("treatment", "Treatment", [.list(["Stretch gently.", "Ask the therapist."])]),
            ]),
    ]

    /// The cue layout every fixture section uses: the spoken title, then each sentence, with `gap`
    /// seconds of silence before each cue and after the last.
    static let gap = 0.25

    /// The article with cue times from `duration(text)`, the spoken length of a text in seconds.
    static func article(duration: (String) throws -> Double) rethrows -> ExportArticle {
        var exportLevels: [ExportLevel] = []
        var indexLevels: [AudioIndex.Level] = []
        for level in levels {
            var sections: [ExportSection] = []
            var entries: [AudioIndex.SectionEntry] = []
            var levelStart = 0.0
            for (offset, section) in level.sections.enumerated() {
                let number = offset + 1
                let text = Block.plainText(of: section.blocks)
                var cues: [Cue] = []
                var time = 0.0
                let announcement = "Section \(number). \(section.title)"
                for (kind, cueText) in [(Cue.Kind.announcement, announcement)]
                    + SentenceSplitter().sentences(in: text).map({ (Cue.Kind.sentence, $0) })
                {
                    time += gap
                    let length = try duration(cueText)
                    cues.append(Cue(kind: kind, startSeconds: time, endSeconds: time + length, text: cueText))
                    time += length
                }
                let total = time + gap
                let base = "\(level.id)/0\(number)-\(section.id)"
                sections.append(
                    ExportSection(
                        number: number, id: section.id, title: section.title, blocks: section.blocks, cues: cues))
                entries.append(
                    AudioIndex.SectionEntry(
                        number: number, id: section.id, title: section.title, text: text, audio: base + ".wav",
                        captions: base + ".vtt", startSeconds: levelStart, durationSeconds: total,
                        sampleCount: Int((total * 22050).rounded()), wordCount: Words.count(in: text),
                        bodyStartSeconds: cues.dropFirst().first?.startSeconds))
                levelStart += total
            }
            exportLevels.append(ExportLevel(id: level.id, title: level.title, sections: sections))
            indexLevels.append(
                AudioIndex.Level(id: level.id, title: level.title, durationSeconds: levelStart, sections: entries))
        }
        let index = AudioIndex(
            article: .init(id: id, title: "Head tilt in babies", language: "en-US"),
            voice: .init(name: "en-us", rateWordsPerMinute: 150, engine: "eSpeak NG 1.51", sampleRate: 22050),
            levels: indexLevels)
        return ExportArticle(index: index, levels: exportLevels)
    }

    /// Deterministic timings for golden files: 0.4 s per word.
    static let fixed = article(duration: { Double(Words.count(in: $0)) * 0.4 })

    /// The files of ``fixed`` by path.
    static func files(_ article: ExportArticle = fixed) -> [String: String] {
        Dictionary(uniqueKeysWithValues: Exporter.articleFiles(article).map { ($0.path, $0.contents) })
    }
}
