/// Splits plain text into sentences for captions, highlighting and simplification.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by white space
/// and then a capital letter, digit or opening quote — and not after a known abbreviation
/// ("e.g.", "Dr.") or a single initial ("S."). A line break always ends a sentence, since list
/// items and paragraphs are written one per line.
public struct SentenceSplitter: Sendable {
    /// Lower-cased abbreviations (with their final dot) after which a dot does not end a sentence.
    public var abbreviations: Set<String>

    /// Abbreviations common in English health writing.
    public static let defaultAbbreviations: Set<String> = [
        "e.g.", "i.e.", "etc.", "vs.", "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "no.", "approx.",
        "fig.", "jr.", "sr.", "inc.", "ltd.", "co.", "a.m.", "p.m.", "u.s.", "cf.", "al.", "mt.",
    ]

    public init(abbreviations: Set<String> = SentenceSplitter.defaultAbbreviations) {
        self.abbreviations = abbreviations
    }

    /// The sentences of `text`, trimmed, in order; empty sentences are dropped.
    public func sentences(in text: String) -> [String] {
        ranges(in: text).map { String(text[$0]) }
    }

    /// The ranges of the sentences of `text`, trimmed of surrounding white space.
    public func ranges(in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        var index = text.startIndex

        func close(at end: String.Index) {
            if let trimmed = trimmedRange(text, start..<end) { result.append(trimmed) }
            start = end
        }

        while index < text.endIndex {
            let character = text[index]
            if character.isNewline {
                close(at: index)
                index = text.index(after: index)
                start = index
                continue
            }
            if character == "." || character == "!" || character == "?" {
                var end = text.index(after: index)
                while end < text.endIndex, Self.closers.contains(text[end]) || ".!?".contains(text[end]) {
                    end = text.index(after: end)
                }
                if endsSentence(text, terminator: index, after: end) {
                    close(at: end)
                    index = end
                    continue
                }
                index = end
                continue
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        return result
    }

    private static let closers: Set<Character> = ["\"", "'", ")", "]", "”", "’", "»"]
    private static let openers: Set<Character> = ["\"", "'", "(", "[", "“", "‘", "«"]

    private func endsSentence(_ text: String, terminator: String.Index, after end: String.Index) -> Bool {
        guard end < text.endIndex else { return true }
        guard text[end].isWhitespace else { return false }
        var next = end
        while next < text.endIndex, text[next].isWhitespace {
            if text[next].isNewline { return true }
            next = text.index(after: next)
        }
        guard next < text.endIndex else { return true }
        let following = text[next]
        guard following.isUppercase || following.isNumber || Self.openers.contains(following) else { return false }
        if text[terminator] == "." {
            let word = lastWord(text, before: text.index(after: terminator)).lowercased()
            if abbreviations.contains(word) { return false }
            // A single capital initial such as the "S." in "Michael S. Porter".
            let letters = word.dropLast()
            if letters.count == 1, let letter = letters.first, letter.isLetter,
                text[text.index(before: terminator)].isUppercase
            {
                return false
            }
        }
        return true
    }

    /// The white-space-delimited word ending just before `end`, with leading brackets or quotes removed.
    private func lastWord(_ text: String, before end: String.Index) -> String {
        var begin = end
        while begin > text.startIndex {
            let previous = text.index(before: begin)
            if text[previous].isWhitespace { break }
            begin = previous
        }
        var word = Substring(text[begin..<end])
        while let first = word.first, Self.openers.contains(first) { word.removeFirst() }
        return String(word)
    }

    private func trimmedRange(_ text: String, _ range: Range<String.Index>) -> Range<String.Index>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        return lower < upper ? lower..<upper : nil
    }
}
