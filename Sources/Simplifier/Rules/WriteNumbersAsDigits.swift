import Foundation

/// Writes numbers as digits ("three months" → "3 months") and ranges with "to" ("3–4 weeks" →
/// "3 to 4 weeks"): digits are easier to read and find, and the speech engine reads "3-4" as
/// "three dash four" and drops the dash of "3–4".
///
/// Number words come from `word-classes.yml` (`numbers`); "one" is usually left out there because
/// it is as often a pronoun ("one of the …") as a number. Words of one number are read together
/// (`NumberPhrases`): "six hundred" → "600", not "6 100".
struct WriteNumbersAsDigits: SentenceRule {
    static let name = "WriteNumbersAsDigits"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let tokens = Text.tokens(sentence)
        var edits: [(Range<String.Index>, String)] = []
        let phrases = NumberPhrases.find(in: tokens.map(\.lower), numberWords: context.data.numberWords)
        var inPhrase = Set<Int>()
        for phrase in phrases {
            inPhrase.formUnion(phrase.words)
            // (A sentence does not open with digits: "Two options …" and "Six hundred babies …" stay words.)
            guard phrase.words.lowerBound > 0 else { continue }
            let range =
                tokens[phrase.words.lowerBound].range.lowerBound..<tokens[phrase.words.upperBound - 1].range.upperBound
            edits.append((range, NumberPhrases.digits(phrase.value)))
        }
        for (index, token) in tokens.enumerated() where !inPhrase.contains(index) {
            // "one to two days": "one" opens a range of numbers and is a number too.
            let opensRange =
                token.lower == "one" && index + 2 < tokens.count && ["to", "or"].contains(tokens[index + 1].lower)
                && (context.data.numberWords[tokens[index + 2].lower] != nil
                    || tokens[index + 2].text.allSatisfy(\.isNumber))
            if opensRange {
                edits.append((token.range, "1"))
            } else if let range = Self.range(token.text) {
                edits.append((token.range, "\(range.0) to \(range.1)"))
            }
        }
        var text = sentence
        var changed = !edits.isEmpty
        for (range, replacement) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            text.replaceSubrange(range, with: replacement)
        }
        // "3 – 4" with spaces around the dash.
        for dash in [" – ", " - ", " — "] {
            let parts = text.components(separatedBy: dash)
            guard parts.count > 1 else { continue }
            var joined = parts[0]
            for part in parts.dropFirst() {
                if joined.last?.isNumber == true, part.first?.isNumber == true {
                    joined += " to " + part
                    changed = true
                } else {
                    joined += dash + part
                }
            }
            text = joined
        }
        return changed ? [Text.sentence(text)] : nil
    }

    /// The bounds of a token like "3-4" or "3–4", or `nil`.
    static func range(_ token: String) -> (String, String)? {
        for dash in ["-", "–", "—"] {
            let parts = token.components(separatedBy: dash)
            if parts.count == 2, let first = parts.first, let last = parts.last, !first.isEmpty, !last.isEmpty,
                first.allSatisfy({ $0.isNumber || $0 == "." }), last.allSatisfy({ $0.isNumber || $0 == "." })
            {
                return (first, last)
            }
        }
        return nil
    }
}
