public import ContentModel

/// Turns a displayed sentence into what eSpeak NG is given: lexicon pronunciations first, then the
/// speech normalisation rules, with a map from every rewritten stretch back to the display text.
///
/// Rewrites never overlap: where two claim the same text, the one starting first wins, then the
/// longer, then the lexicon over normalisation (an editor's explicit choice beats a general rule).
public struct SpokenTextBuilder: Sendable {
    public let lexicon: Lexicon
    public let normalization: SpeechNormalization
    private let rules: [any NormalizeRule]

    public init(lexicon: Lexicon, normalization: SpeechNormalization) {
        self.lexicon = lexicon
        self.normalization = normalization
        self.rules = normalization.rules
    }

    /// The speech text for `displaySentence`. Untouched stretches map 1:1; each rewrite is one
    /// piece. Offsets count Unicode scalars.
    public func spoken(_ displaySentence: String) -> SpokenText {
        let text = ScalarText(displaySentence)
        let chosen = rewrites(in: text)
        guard !chosen.isEmpty || displaySentence.contains("[[") || displaySentence.contains("]]") else {
            return .identity(displaySentence)
        }

        var spoken = String.UnicodeScalarView()
        var pieces: [SpokenText.Piece] = []
        var cursor = 0
        // Content text is never phoneme input: a "[[" or "]]" in it is spoken with a space between
        // the brackets (eSpeak reads "[[…]]" as phonemes; only lexicon entries may use it).
        func keep(upTo end: Int) {
            var start = cursor
            for index in cursor..<max(cursor, end) {
                let scalar = text.scalars[index]
                let previous = index == start ? spoken.last : text.scalars[index - 1]
                guard scalar == "[" || scalar == "]", previous == scalar else { continue }
                let from = spoken.count
                spoken.append(contentsOf: text.scalars[start..<index])
                if start < index {
                    pieces.append(SpokenText.Piece(display: start..<index, spoken: from..<spoken.count))
                }
                let bracket = spoken.count
                spoken.append(" ")
                spoken.append(scalar)
                pieces.append(SpokenText.Piece(display: index..<(index + 1), spoken: bracket..<spoken.count))
                start = index + 1
            }
            guard start < end else {
                cursor = max(cursor, end)
                return
            }
            let from = spoken.count
            spoken.append(contentsOf: text.scalars[start..<end])
            pieces.append(SpokenText.Piece(display: start..<end, spoken: from..<spoken.count))
            cursor = end
        }
        for rewrite in chosen {
            keep(upTo: rewrite.range.lowerBound)
            var said = Array(rewrite.spoken.unicodeScalars)
            // Keep the rewrite a separate word for eSpeak: "5mg" → "5 milligrams".
            if let first = said.first, isJoining(first), let previous = spoken.last, isJoining(previous) {
                said.insert(" ", at: 0)
            }
            if let last = said.last, isJoining(last), isJoining(text[rewrite.range.upperBound]) {
                said.append(" ")
            }
            let from = spoken.count
            spoken.append(contentsOf: said)
            pieces.append(SpokenText.Piece(display: rewrite.range, spoken: from..<spoken.count))
            cursor = rewrite.range.upperBound
        }
        keep(upTo: text.count)
        return SpokenText(display: displaySentence, spoken: String(spoken), pieces: pieces)
    }

    /// Stable ids of the lexicon entries used when speaking `text`, sorted (for cache keys).
    public func lexiconEntries(usedIn text: String) -> [String] {
        let ids = rewrites(in: ScalarText(text)).compactMap { rewrite -> String? in
            if case .lexicon(let id) = rewrite.rule { return id }
            return nil
        }
        return Array(Set(ids)).sorted()
    }

    /// The rewrites applied to `text`, in order, without overlaps.
    func rewrites(in text: ScalarText) -> [SpeechRewrite] {
        var candidates: [(rewrite: SpeechRewrite, rank: Int)] = lexicon.matches(in: text.scalars).map { ($0, 0) }
        for (rank, rule) in rules.enumerated() {
            candidates += rule.rewrites(in: text).filter { !$0.range.isEmpty }.map { ($0, rank + 1) }
        }
        candidates.sort { a, b in
            if a.rewrite.range.lowerBound != b.rewrite.range.lowerBound {
                return a.rewrite.range.lowerBound < b.rewrite.range.lowerBound
            }
            if a.rewrite.range.count != b.rewrite.range.count { return a.rewrite.range.count > b.rewrite.range.count }
            return a.rank < b.rank
        }
        var chosen: [SpeechRewrite] = []
        var end = 0
        for candidate in candidates where candidate.rewrite.range.lowerBound >= end {
            chosen.append(candidate.rewrite)
            end = candidate.rewrite.range.upperBound
        }
        return chosen
    }

    /// Letters, digits and phoneme brackets run together into one word for eSpeak.
    private func isJoining(_ scalar: Unicode.Scalar?) -> Bool {
        ScalarText.isWord(scalar) || scalar == "[" || scalar == "]"
    }
}
