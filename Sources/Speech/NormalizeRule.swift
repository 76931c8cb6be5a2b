/// One rewrite of the display text for speech: the display scalars `range` are said as `spoken`.
struct SpeechRewrite: Sendable, Hashable {
    enum Rule: Sendable, Hashable {
        case lexicon(String)
        case normalization(String)
    }

    var range: Range<Int>
    var spoken: String
    var rule: Rule
}

/// A speech normalisation rule: finds the stretches of a sentence it rewrites. Rules see the
/// display text only, never each other's output, so every rewrite maps back to displayed text.
protocol NormalizeRule: Sendable {
    func rewrites(in text: ScalarText) -> [SpeechRewrite]
}

/// A sentence as Unicode scalars (the offsets of ``ContentModel/SpokenText``), with small
/// lexical helpers the rules share.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    func string(_ range: Range<Int>) -> String {
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[range])
        return out
    }

    static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.value >= 48 && scalar.value <= 57
    }

    static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        scalar?.properties.isAlphabetic ?? false
    }

    static func isUpper(_ scalar: Unicode.Scalar?) -> Bool {
        scalar?.properties.isUppercase ?? false
    }

    static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
        isLetter(scalar) || isDigit(scalar)
    }

    static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        scalar?.properties.isWhitespace ?? false
    }

    /// The end of the number starting at `start` (digits with inner "," groups and one "." part),
    /// or `nil` when no digit is there.
    func numberEnd(from start: Int) -> Int? {
        guard Self.isDigit(self[start]) else { return nil }
        var index = start
        while Self.isDigit(self[index]) { index += 1 }
        // Thousands groups ("1,000"), only when exactly three digits follow each comma.
        while self[index] == ",", Self.isDigit(self[index + 1]), Self.isDigit(self[index + 2]),
            Self.isDigit(self[index + 3]), !Self.isDigit(self[index + 4])
        {
            index += 4
        }
        if self[index] == ".", Self.isDigit(self[index + 1]) {
            index += 1
            while Self.isDigit(self[index]) { index += 1 }
        }
        return index
    }

    /// The numeric value of a number as written ("1,000" → 1000).
    func value(_ range: Range<Int>) -> Double? {
        Double(string(range).filter { $0 != "," })
    }

    /// Starts of every number that is not itself part of a longer number or word.
    func numberStarts() -> [Int] {
        var result: [Int] = []
        var index = 0
        while index < count {
            if Self.isDigit(scalars[index]), !Self.isWord(self[index - 1]), self[index - 1] != ".",
                self[index - 1] != ","
            {
                result.append(index)
                index = numberEnd(from: index) ?? index + 1
            } else {
                index += 1
            }
        }
        return result
    }
}
