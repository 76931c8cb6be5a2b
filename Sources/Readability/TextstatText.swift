/// The text rules textstat 0.7.3 applies, reproduced on Unicode scalars because Python's `re` and `str`
/// work on code points (not on Swift's grapheme clusters).
enum TextstatText {
    /// Python's `\w` for `str` patterns: `str.isalnum()` (letters, decimals, digits, numerics) or `_`.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }

    /// Python's `str.isspace()` and `\s`: category Zs or bidirectional class WS, B or S.
    /// (Swift does not expose the bidirectional class, so the short list is spelled out.)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// textstat's `remove_punctuation` with its default `rm_apostrophe=True`: deletes every code point that
    /// is neither `\w` nor `\s` (so "well-known" becomes "wellknown" and "don't" becomes "dont").
    static func removingPunctuation(_ text: Substring) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isWordCharacter(scalar) || isWhitespace(scalar) {
            result.append(scalar)
        }
        return String(result)
    }

    /// Python's `str.split()` without arguments: runs of white space separate tokens; no empty tokens.
    static func split(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWhitespace(scalars[index]) {
                if let begin = start { tokens.append(Substring(scalars[begin..<index])) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let begin = start { tokens.append(Substring(scalars[begin..<scalars.endIndex])) }
        return tokens
    }

    /// textstat's `lexicon_count`: tokens left after removing punctuation.
    static func lexiconCount(_ text: Substring) -> Int {
        split(removingPunctuation(text)).count
    }

    /// The sentences textstat's `sentence_count` finds with `re.findall(r'\b[^.!?]+[.!?]*', text)`.
    ///
    /// A match can only start where `\b` holds; after a match the previous code point is a terminator (not
    /// `\w`), so matches start at exactly the first `\w` code point after a terminator run (or the start).
    static func sentenceCandidates(_ text: String) -> [Substring] {
        let scalars = text.unicodeScalars
        var result: [Substring] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard isWordCharacter(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            while index < scalars.endIndex, !isTerminator(scalars[index]) { index = scalars.index(after: index) }
            while index < scalars.endIndex, isTerminator(scalars[index]) { index = scalars.index(after: index) }
            result.append(Substring(scalars[start..<index]))
        }
        return result
    }

    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?"
    }

    /// textstat's `_legacy_round`: `floor(x * 10^points + copysign(0.5, x)) / 10^points`.
    /// Note that it rounds negative values away from zero by one step more than usual (-15.59 → -15.7).
    static func legacyRound(_ number: Double, points: Int) -> Double {
        var scale = 1
        for _ in 0..<points { scale *= 10 }
        let p = Double(scale)
        let half = number.sign == .minus ? -0.5 : 0.5
        return (number * p + half).rounded(.down) / p
    }
}
