/// Drops asides in parentheses: "Fever medicine (Tylenol) can help …" → "Fever medicine can help …".
/// What a family may need stays: a description of four or more words, an abbreviation of three or
/// more capitals (later sections may use it), a glossary term (it is explained), and numbers.
/// Definitions in parentheses were already moved to their own sentence by
/// `MoveDefinitionToOwnSentence`; negations and hedges inside an aside are kept by the meaning guards.
struct DropParentheticals: SentenceRule {
    static let name = "DropParentheticals"
    /// The fewest words of a lower-case parenthesis that is kept as a description.
    static let minKeptDescriptionWords = 4

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        var text = sentence
        var changed = false
        var search = text.startIndex
        while let open = text[search...].firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            let inside = String(text[text.index(after: open)..<close]).trimmingWhitespace()
            let isAbbreviation = inside.count > 1 && inside.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" }
            // Numbers (also "eighteen-twelve") are never dropped, whatever the number guard can read.
            let parts = Text.words(inside).flatMap { $0.split(separator: "-").map(String.init) }
            let hasNumber =
                inside.contains(where: \.isNumber)
                || parts.contains { context.data.numberWords[$0] != nil || $0 == "one" }
            // An abbreviation may be used in later sections ("(HFMD)"), and a glossary term in brackets
            // ("(acetaminophen)") is explained later on: both stay.
            let holdsTerm = context.data.glossary.contains { entry in
                entry.allForms.contains { !Text.occurrences(of: $0, in: inside).isEmpty }
            }
            // "(when necessary)", "(if needed)": a condition or a hedge says when the sentence holds.
            let insideWords = Text.words(inside)
            let holdsCondition = insideWords.contains {
                context.grammar.subordinators.contains($0) || context.data.words("hedges").contains($0)
            }
            if hasNumber || isAbbreviation && inside.count >= 3 || holdsTerm || holdsCondition {
                search = text.index(after: close)
                continue
            }
            // A description of four or more words that no rule could move ("the skin pulling in between
            // the ribs", "a process called hemolysis") says what a word means: it stays.
            if Text.wordCount(inside) >= Self.minKeptDescriptionWords, inside.first?.isLowercase == true {
                search = text.index(after: close)
                continue
            }
            // Remove the parentheses with the space before them.
            var start = open
            if start > text.startIndex, text[text.index(before: start)] == " " { start = text.index(before: start) }
            text.removeSubrange(start...close)
            search = start
            changed = true
        }
        return changed ? [Text.sentence(text)] : nil
    }
}
