/// Finds lexicon words in a text: words are maximal runs of letters and digits; a phrase is
/// consecutive words joined by white space, a hyphen or an apostrophe.
struct LexiconMatcher {
    let scalars: [Unicode.Scalar]

    /// A word of the text: its scalar range and lower-cased text.
    struct Token {
        var range: Range<Int>
        var text: String
    }

    /// The lookup form of a written word or phrase: lower-cased, curly apostrophes straightened,
    /// white space collapsed to one space.
    static func key(_ written: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in written.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        return out
    }

    static func wordCount(of key: String) -> Int {
        key.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "'" }).count
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    func tokens() -> [Token] {
        var result: [Token] = []
        var index = 0
        while index < scalars.count {
            guard Self.isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, Self.isWordScalar(scalars[index]) { index += 1 }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<index])
            result.append(Token(range: start..<index, text: text.lowercased()))
        }
        return result
    }

    /// The joiner between two adjacent tokens as it appears in a key, or `nil` when the gap is not
    /// one a phrase may span.
    func joiner(between left: Token, and right: Token) -> String? {
        let gap = scalars[left.range.upperBound..<right.range.lowerBound]
        if gap.allSatisfy({ $0.properties.isWhitespace }) { return " " }
        if gap.count == 1, let only = gap.first {
            if only == "-" || only == "\u{2010}" || only == "\u{2011}" { return "-" }
            if only == "'" || only == "\u{2019}" { return "'" }
        }
        return nil
    }

    func matches(longestPhrase: Int, lookup: (String) -> LexiconEntry?) -> [SpeechRewrite] {
        let words = tokens()
        var result: [SpeechRewrite] = []
        var index = 0
        while index < words.count {
            var found: (entry: LexiconEntry, last: Int)?
            // Longest phrase first, so "spina bifida" wins over an entry for "spina".
            var candidates: [(key: String, last: Int)] = [(words[index].text, index)]
            var last = index
            while last + 1 < words.count, last - index + 1 < longestPhrase,
                let join = joiner(between: words[last], and: words[last + 1])
            {
                last += 1
                candidates.append((candidates[candidates.count - 1].key + join + words[last].text, last))
            }
            for candidate in candidates.reversed() {
                if let entry = lookup(candidate.key) {
                    found = (entry, candidate.last)
                    break
                }
            }
            guard let (entry, lastWord) = found else {
                index += 1
                continue
            }
            var range = words[index].range.lowerBound..<words[lastWord].range.upperBound
            var spoken = entry.spokenForm
            // "torticollis's": eSpeak reads "'s" after phoneme input as the letter S, so the
            // possessive ending becomes part of the phonemes.
            if lastWord + 1 < words.count, words[lastWord + 1].text == "s",
                joiner(between: words[lastWord], and: words[lastWord + 1]) == "'"
            {
                range = range.lowerBound..<words[lastWord + 1].range.upperBound
                spoken = entry.possessiveSpokenForm
                index = lastWord + 2
            } else {
                index = lastWord + 1
            }
            result.append(SpeechRewrite(range: range, spoken: spoken, rule: .lexicon(entry.id)))
        }
        return result
    }
}
