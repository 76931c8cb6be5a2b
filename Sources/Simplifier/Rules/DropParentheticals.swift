/// Drops asides in parentheses: "Botulinum toxin injections (Botox) are used …" → "Botulinum toxin
/// injections are used …". A description of four or more words stays. An abbreviation that the
/// section uses again ("deep brain stimulation (DBS) … DBS involves …") stays, so the later mention
/// still has its long form. Definitions in
/// parentheses were already moved to their own sentence by `MoveDefinitionToOwnSentence`; numbers,
/// negations, hedges and glossary terms inside an aside are kept by the meaning guards.
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
            if hasNumber || isAbbreviation && Text.occurrences(of: inside, in: context.sectionText).count > 1 {
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
