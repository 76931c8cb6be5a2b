/// Every number, range and unit of the original is still there: "3 to 4 months" may become
/// "3 to 4 months" or "3–4 months", but not "3 months" or "3 to 5 months". Number words count as
/// their value, so "three" and "3" are the same number.
struct NumbersGuard: MeaningGuard {
    static let name = "NumbersGuard"

    func check(before: String, after: String, context: GuardContext) -> String? {
        let old = numbers(before, context)
        let new = numbers(after, context)
        if counted(old.values) != counted(new.values) {
            return "numbers changed: \(old.values.joined(separator: ", ")) → \(new.values.joined(separator: ", "))"
        }
        for range in old.ranges where !new.ranges.contains(range) {
            return "range \(range.low)–\(range.high) is no longer a range"
        }
        let newWords = Set(context.canonicalWords(after))
        for unit in old.units where !newWords.contains(unit) {
            return "unit “\(unit)” was lost"
        }
        return nil
    }

    struct Found {
        var values: [String] = []
        var ranges: [Pair] = []
        var units: [String] = []
    }

    struct Pair: Hashable {
        var low: String
        var high: String
        init(_ low: String, _ high: String) {
            self.low = low
            self.high = high
        }
    }

    private func numbers(_ text: String, _ context: GuardContext) -> Found {
        var found = Found()
        let words = context.canonicalWords(text)
        let units = context.data.words("units")
        var previousNumber: String?
        var rangeWord = false
        // "six hundred" is one number, 600, as `WriteNumbersAsDigits` writes it.
        let phrases = NumberPhrases.find(in: words, numberWords: context.data.numberWords)
        var phraseAt: [Int: NumberPhrases.Match] = [:]
        for phrase in phrases { phraseAt[phrase.words.lowerBound] = phrase }
        var index = 0
        while index < words.count {
            let word = words[index]
            defer { index = phraseAt[index].map { $0.words.upperBound } ?? index + 1 }
            var value: String?
            // "one to two days": "one" opening a range of numbers is the number 1 (elsewhere it is as
            // often a pronoun, so it is not counted).
            if word == "one", index + 2 < words.count, ["to", "or"].contains(words[index + 1]),
                context.data.numberWords[words[index + 2]] != nil || words[index + 2].allSatisfy(\.isNumber)
            {
                value = "1"
            }
            if let range = WriteNumbersAsDigits.range(word) {
                found.values += [range.0, range.1]
                found.ranges.append(Pair(range.0, range.1))
                previousNumber = range.1
                continue
            }
            if value != nil {
            } else if let phrase = phraseAt[index] {
                value = String(phrase.value)
            } else if word.first?.isNumber == true, word.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
                value = word.replacingAll(",", with: "")
            }
            if let value {
                found.values.append(value)
                if rangeWord, let low = previousNumber { found.ranges.append(Pair(low, value)) }
                previousNumber = value
                rangeWord = false
                continue
            }
            if units.contains(word), previousNumber != nil { found.units.append(word) }
            rangeWord = previousNumber != nil && (word == "to" || word == "and" || word == "through")
            if !rangeWord { previousNumber = nil }
        }
        return found
    }
}
