import ContentModel
import Foundation

/// The timing data the listening page's script reads from its embedded JSON (file:// pages cannot
/// fetch local files). Times are seconds from the start of each section's audio.
struct PlayerData: Encodable, Sendable {
    struct Level: Encodable, Sendable {
        var id: String
        var title: String
        var sections: [Section]
    }

    struct Section: Encodable, Sendable {
        var number: Int
        var title: String
        /// Relative URLs, already encoded; nil when the section has no audio.
        var audio: String?
        var opus: String?
        var captions: String?
        var duration: Double
        /// `[start, end]` of the spoken section title.
        var announcement: [Double]?
        /// `[start, end]` per sentence, in the order of the sentence marks in the page.
        var sentences: [[Double]]
    }

    var language: String
    var levels: [Level]

    init(article: ExportArticle) {
        language = article.index.article.language
        levels = article.levels.map { level in
            let entries = article.index.levels.first { $0.id == level.id }?.sections ?? []
            return Level(
                id: level.id, title: ReaderText.line(level.title),
                sections: level.sections.map { section in
                    let entry = entries.first { $0.number == section.number }
                    let times = { (cue: Cue) in
                        [Formatting.milliseconds(cue.startSeconds), Formatting.milliseconds(cue.endSeconds)]
                    }
                    return Section(
                        number: section.number, title: ReaderText.line(section.title),
                        audio: entry.map { Formatting.url($0.audio) }, opus: entry?.opus.map(Formatting.url),
                        captions: entry.map { Formatting.url($0.captions) },
                        duration: Formatting.milliseconds(entry?.durationSeconds ?? 0),
                        announcement: section.cues.first { $0.kind == .announcement }.map(times),
                        sentences: section.cues.filter { $0.kind == .sentence }.map(times))
                })
        }
    }

    /// Compact JSON with sorted keys, so the page is byte-for-byte reproducible.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
