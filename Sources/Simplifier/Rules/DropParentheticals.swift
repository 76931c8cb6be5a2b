/// Drops asides in parentheses: "Botulinum toxin injections (Botox) are used …" → "Botulinum toxin
/// injections are used …". A short everyday name for the word before it takes that word's place:
/// "swelling of the larynx (voice box)" → "swelling of the voice box". An abbreviation that the section uses again ("deep brain stimulation
/// (DBS) … DBS involves …") stays, so the later mention still has its long form. Definitions in
/// parentheses were already moved to their own sentence by `MoveDefinitionToOwnSentence`; numbers,
/// negations, hedges and glossary terms inside an aside are kept by the meaning guards.
struct DropParentheticals: SentenceRule {
    static let name = "DropParentheticals"
    /// The fewest letters of a word that a short everyday name in parentheses replaces ("larynx").
    static let minReplacedWordLetters = 5

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
            // "the larynx (voice box)": a short everyday name for the one word before it takes that
            // word's place, so the plain words stay and the jargon goes.
            let glossWords = Text.words(inside)
            if (1...3).contains(glossWords.count), inside.first?.isLowercase == true,
                !glossWords.contains(where: { ["or", "and", "also", "see", "e.g", "i.e"].contains($0) }),
                let word = Text.tokens(String(text[..<open])).last,
                text[word.range.upperBound..<open].allSatisfy(\.isWhitespace), word.text.first?.isLowercase == true,
                word.text.count >= Self.minReplacedWordLetters
            {
                text.replaceSubrange(word.range.lowerBound...close, with: inside)
                search = text.index(word.range.lowerBound, offsetBy: inside.count)
                changed = true
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
