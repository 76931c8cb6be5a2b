import Foundation

/// Writes numbers as digits ("three months" → "3 months") and ranges with "to" ("3–4 weeks" →
/// "3 to 4 weeks"): digits are easier to read and find, and the speech engine reads "3-4" as
/// "three dash four" and drops the dash of "3–4".
///
/// Number words come from `word-classes.yml` (`numbers`); "one" is usually left out there because
/// it is as often a pronoun ("one of the …") as a number.
struct WriteNumbersAsDigits: SentenceRule {
    static let name = "WriteNumbersAsDigits"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        var text = sentence
        var changed = false
        let tokens = Text.tokens(sentence)
        for (index, token) in tokens.enumerated().reversed() {
            // "one to two days": "one" opens a range of numbers and is a number too.
            let opensRange =
                token.lower == "one" && index + 2 < tokens.count && ["to", "or"].contains(tokens[index + 1].lower)
                && (context.data.numberWords[tokens[index + 2].lower] != nil
                    || tokens[index + 2].text.allSatisfy(\.isNumber))
            if opensRange {
                text.replaceSubrange(token.range, with: "1")
                changed = true
            } else if let value = context.data.numberWords[token.lower], index > 0 {
                // (A sentence does not open with digits: "Two options …" stays a word.)
                text.replaceSubrange(token.range, with: String(value))
                changed = true
            } else if let range = Self.range(token.text) {
                text.replaceSubrange(token.range, with: "\(range.0) to \(range.1)")
                changed = true
            }
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
