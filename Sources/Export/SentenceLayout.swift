import ContentModel

/// A section's blocks with each spoken sentence marked, so the listening page can highlight the
/// sentence being read and play from any sentence.
///
/// Cues carry the displayed sentence text; blocks carry the structure (paragraphs, lists). The two
/// are matched by their letters and digits only, so differences in spacing or an added full stop at
/// the end of a list item do not matter. If they do not match (the cues were made from other text),
/// the sentences are laid out from the cues alone: every spoken sentence stays visible and playable.
struct SentenceLayout: Sendable, Hashable {
    /// A stretch of text: part of sentence cue `sentence` (0-based among sentence cues), or text no
    /// cue covers.
    struct Run: Sendable, Hashable {
        var text: String
        var sentence: Int?
    }

    enum Item: Sendable, Hashable {
        case paragraph([Run])
        case list([[Run]])
        case subheading([Run])
    }

    var items: [Item]

    init(section: ExportSection) {
        let sentences = section.cues.filter { $0.kind == .sentence }.map(\.text)
        if let matched = SentenceLayout.match(section.blocks, sentences) {
            items = matched
        } else {
            let runs = sentences.enumerated().map { Run(text: ReaderText.clean($0.element), sentence: $0.offset) }
            items = [.paragraph(SentenceLayout.spaced(runs))]
        }
    }

    /// The blocks with sentence runs, or nil when a sentence cue cannot be found in order.
    private static func match(_ blocks: [Block], _ sentences: [String]) -> [Item]? {
        var cursor = Cursor(sentences: sentences)
        var items: [Item] = []
        for block in blocks {
            switch block {
            case .paragraph(let text):
                let line = ReaderText.clean(text)
                guard !line.isEmpty else { continue }
                guard let runs = cursor.runs(for: line) else { return nil }
                items.append(.paragraph(runs))
            case .list(let raw):
                var entries: [[Run]] = []
                for line in ReaderText.lines(of: .list(raw)) {
                    guard let runs = cursor.runs(for: line) else { return nil }
                    entries.append(runs)
                }
                if !entries.isEmpty { items.append(.list(entries)) }
            case .subheading(let text):
                let line = ReaderText.line(text)
                guard !line.isEmpty else { continue }
                guard let runs = cursor.runs(for: line) else { return nil }
                items.append(.subheading(runs))
            }
        }
        return cursor.isFinished ? items : nil
    }

    /// Runs separated by single spaces.
    private static func spaced(_ runs: [Run]) -> [Run] {
        var out: [Run] = []
        for run in runs where !run.text.isEmpty {
            if !out.isEmpty { out.append(Run(text: " ", sentence: nil)) }
            out.append(run)
        }
        return out
    }

    /// Walks the sentence cues in order while the blocks' lines are consumed.
    private struct Cursor {
        let skeletons: [[String]]
        var next = 0

        init(sentences: [String]) {
            skeletons = sentences.map { Cursor.skeleton(of: Array($0)).map(\.character) }
        }

        /// All cues matched, apart from ones with no letters or digits (nothing to show).
        var isFinished: Bool { skeletons[next...].allSatisfy(\.isEmpty) }

        /// `line` cut into runs, consuming the cues it contains; nil if the next cue does not match.
        mutating func runs(for line: String) -> [Run]? {
            let characters = Array(line)
            let letters = Cursor.skeleton(of: characters)
            var runs: [Run] = []
            var position = 0  // in `letters`
            var textStart = 0  // in `characters`: start of the text not yet put in a run
            while position < letters.count {
                while next < skeletons.count, skeletons[next].isEmpty { next += 1 }
                guard next < skeletons.count else { break }
                let wanted = skeletons[next]
                let available = letters[position...].prefix(wanted.count).map(\.character)
                guard available == wanted else { return nil }
                let firstLetter = letters[position].offset
                var end = letters[position + wanted.count - 1].offset + 1
                // Closing punctuation stays with its sentence.
                while end < characters.count, !characters[end].isWhitespace, !characters[end].isLetter,
                    !characters[end].isNumber
                {
                    end += 1
                }
                // Leading text (a space, an opening quote) goes before the sentence; an opening
                // bracket or quote right before the first letter belongs to it.
                var start = firstLetter
                while start > textStart, !characters[start - 1].isWhitespace { start -= 1 }
                if start > textStart { runs.append(Run(text: String(characters[textStart..<start]), sentence: nil)) }
                runs.append(Run(text: String(characters[start..<end]), sentence: next))
                textStart = end
                position += wanted.count
                next += 1
            }
            if textStart < characters.count {
                runs.append(Run(text: String(characters[textStart...]), sentence: nil))
            }
            return runs
        }

        /// The lower-cased letters and digits of `characters` with their positions.
        static func skeleton(of characters: [Character]) -> [(offset: Int, character: String)] {
            characters.enumerated().compactMap { offset, character in
                character.isLetter || character.isNumber ? (offset, character.lowercased()) : nil
            }
        }
    }
}
