/// Number words read together as one number: "six hundred" is 600, "three hundred and twenty" is
/// 320, "twenty-five" is 25, "a thousand" is 1,000. `WriteNumbersAsDigits` writes each phrase as one
/// number and `NumbersGuard` counts it as one, so "six hundred" can never become "6 100".
///
/// The words and their values are data (`numbers` in `word-classes.yml`); a value of 100 or more
/// ("hundred", "thousand") multiplies what comes before it.
enum NumberPhrases {
    /// One number phrase: the indices of its words and its value.
    struct Match: Equatable {
        var words: Range<Int>
        var value: Int
    }

    /// The number phrases in `words` (lower case, one word each), left to right. A single number
    /// word ("three") is a phrase of one word; "one" counts only before a multiplier ("one
    /// hundred") because alone it is as often a pronoun; "a" counts the same way ("a hundred").
    static func find(in words: [String], numberWords: [String: Int]) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < words.count {
            if let match = phrase(at: index, in: words, numberWords) {
                matches.append(match)
                index = match.words.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    /// The value written in digits: "1,000" with a thousands comma from 1,000 on, as style guides
    /// for plain language write it.
    static func digits(_ value: Int) -> String {
        let plain = String(value)
        guard value >= 1000 else { return plain }
        var out = ""
        for (offset, character) in plain.reversed().enumerated() {
            if offset > 0, offset % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return String(out.reversed())
    }

    private static func phrase(at start: Int, in words: [String], _ numberWords: [String: Int]) -> Match? {
        var total = 0
        var current = 0
        var index = start
        var last: Kind?
        var lastSmall = 0
        while index < words.count {
            let word = words[index]
            // ("twenty five" without its hyphen is one number too.)
            let onesAfterTens = last == .small && lastSmall >= 20 && lastSmall % 10 == 0
            if let small = smallValue(word, numberWords),
                last == nil || last == .multiplier || last == .and || onesAfterTens && small < 10
            {
                current += small
                lastSmall = small
                last = .small
            } else if let multiplier = numberWords[word], multiplier >= 100 {
                // "a hundred", "one thousand": the article or "one" stands for 1.
                if last == nil {
                    guard index > start else { return nil }
                    current = 1
                }
                guard last != .and else { break }
                if multiplier >= 1000 {
                    total += max(current, 1) * multiplier
                    current = 0
                } else {
                    current = max(current, 1) * multiplier
                }
                last = .multiplier
            } else if index == start, ["a", "one"].contains(word), index + 1 < words.count,
                let next = numberWords[words[index + 1]], next >= 100
            {
                last = nil
                index += 1
                continue
            } else if word == "and", last == .multiplier, index + 1 < words.count,
                smallValue(words[index + 1], numberWords) != nil
            {
                last = .and
            } else {
                break
            }
            index += 1
        }
        guard last == .small || last == .multiplier else { return nil }
        return Match(words: start..<index, value: total + current)
    }

    private enum Kind { case small, multiplier, and }

    /// The value of a number word below 100, or of a hyphenated one ("twenty-five").
    private static func smallValue(_ word: String, _ numberWords: [String: Int]) -> Int? {
        if let value = numberWords[word] { return value < 100 ? value : nil }
        let parts = word.split(separator: "-").map(String.init)
        guard parts.count == 2, let tens = numberWords[parts[0]], let ones = numberWords[parts[1]],
            tens >= 20, tens < 100, tens % 10 == 0, ones < 10
        else { return nil }
        return tens + ones
    }
}
