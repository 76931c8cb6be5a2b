import ContentModel

/// A word of a sentence with where it is, for rules that edit words in place.
struct Token: Sendable, Hashable {
    var text: String
    var range: Range<String.Index>
    var lower: String { text.lowercased() }
}

/// Small text helpers shared by the rules and guards.
enum Text {
    /// Words of `sentence` (letters, digits, inner apostrophes and hyphens) with their ranges.
    static func tokens(_ sentence: String) -> [Token] {
        var out: [Token] = []
        var index = sentence.startIndex
        while index < sentence.endIndex {
            guard isWordCharacter(sentence[index]) else {
                index = sentence.index(after: index)
                continue
            }
            var end = index
            while end < sentence.endIndex {
                let character = sentence[end]
                if isWordCharacter(character) {
                    end = sentence.index(after: end)
                    continue
                }
                // Keep "don't", "well-known", "3-4", "3.5" and "1,000" as one token.
                let next = sentence.index(after: end)
                if next < sentence.endIndex, isWordCharacter(sentence[next]) {
                    if "'’-".contains(character) {
                        end = next
                        continue
                    }
                    if ".,–—".contains(character), sentence[sentence.index(before: end)].isNumber,
                        sentence[next].isNumber
                    {
                        end = next
                        continue
                    }
                }
                break
            }
            out.append(Token(text: String(sentence[index..<end]), range: index..<end))
            index = end
        }
        return out
    }

    static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// Lower-cased words of `text`.
    static func words(_ text: String) -> [String] { tokens(text).map(\.lower) }

    /// The commas of `text` that are no part of a number ("1,000"): where clauses and items may end.
    static func commaIndices<S: StringProtocol>(_ text: S) -> [S.Index] {
        text.indices.filter { index in
            guard text[index] == "," else { return false }
            let next = text.index(after: index)
            let inNumber =
                index > text.startIndex && next < text.endIndex && text[text.index(before: index)].isNumber
                && text[next].isNumber
            return !inNumber
        }
    }

    /// `text` with its first letter upper-cased.
    static func capitalized(_ text: String) -> String {
        guard let first = text.firstIndex(where: { $0.isLetter || $0.isNumber }) else { return text }
        return text[..<first] + text[first].uppercased() + text[text.index(after: first)...]
    }

    /// `text` with its first letter lower-cased, unless the first word is an acronym, "I", a letter
    /// before a hyphen ("C-section"), or a name by `lexicon` (without one, names are not known).
    static func decapitalized(_ text: String, lexicon: Lexicon? = nil) -> String {
        let found = tokens(text)
        guard let word = found.first else { return text }
        let capitals = word.text.filter(\.isUppercase).count
        if capitals != 1 || !(word.text.first?.isUppercase ?? false) { return text }
        if word.text == "I" { return text }
        // A capital letter before a hyphen names the letter: "C-section", "T-cells".
        if word.text.dropFirst().first == "-" { return text }
        if let lexicon {
            // The next word counts only when a space alone stands between ("Bonham Carter", not
            // "Babies, Doctors …").
            let next = found.dropFirst().first.flatMap { next in
                text[word.range.upperBound..<next.range.lowerBound].allSatisfy(\.isWhitespace) ? next.text : nil
            }
            if lexicon.isName(word.text, next: next) { return text }
        }
        return text[..<word.range.lowerBound] + word.text.prefix(1).lowercased() + word.text.dropFirst()
            + text[word.range.upperBound...]
    }

    /// `clause` as a sentence: trimmed, capitalized, ending with a full stop, no trailing comma.
    static func sentence(_ clause: some StringProtocol) -> String {
        var text = String(clause).trimmingWhitespace()
        // A list's lead-in keeps its colon ("Signs include:"): the items follow.
        if text.hasSuffix(":"), Text.wordCount(text) >= 2 { return capitalized(text) }
        while let last = text.last, ",;:".contains(last) || last.isWhitespace { text.removeLast() }
        guard !text.isEmpty else { return text }
        if let last = text.last, !".!?".contains(last) {
            if "\"”')".contains(last), let before = text.dropLast().last, ".!?".contains(before) {
                return capitalized(text)
            }
            text += "."
        }
        return capitalized(text)
    }

    /// `sentence` without its final punctuation.
    static func body(_ sentence: String) -> String {
        var text = sentence.trimmingWhitespace()
        while let last = text.last, ".!?".contains(last) { text.removeLast() }
        return text
    }

    static func wordCount(_ text: String) -> Int { Words.count(in: text) }

    /// Whether `phrase` (lower-cased words) occurs in `words` starting at `index`.
    static func matches(_ phrase: [String], in words: [String], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for offset in 0..<phrase.count where words[index + offset] != phrase[offset] { return false }
        return true
    }

    /// Ranges of the case-insensitive, whole-word occurrences of `phrase` in `text`.
    static func occurrences(of phrase: String, in text: String) -> [Range<String.Index>] {
        let target = words(phrase)
        guard !target.isEmpty else { return [] }
        let found = tokens(text)
        let lowered = found.map(\.lower)
        var out: [Range<String.Index>] = []
        var index = 0
        while index < found.count {
            if matches(target, in: lowered, at: index) {
                out.append(found[index].range.lowerBound..<found[index + target.count - 1].range.upperBound)
                index += target.count
            } else {
                index += 1
            }
        }
        return out
    }

    /// `sentence` with every comma that closes a quotation moved after the quotation mark
    /// ("sixth disease," is → "sixth disease", is): the rules split at commas and would otherwise
    /// cut the quotation in two.
    static func commasOutsideQuotes(_ sentence: String) -> String {
        sentence.replacingAll(",\"", with: "\",").replacingAll(",\u{201D}", with: "\u{201D},")
    }
}
