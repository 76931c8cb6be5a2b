/// Splits a long sentence at a relative clause that describes its object: "Others show head jerks
/// that get in the way of feeding." → "Others show head jerks. These get in the way of feeding."
/// The new subject comes from `split-joints.yml` (`relativePronouns`), chosen by the clause's verb.
///
/// A relative clause that narrows its noun down ("cases that do not respond", "all babies who
/// …") cannot stand alone without changing what is said, so clauses with a negation and nouns
/// after a quantifier ("some", "all", "most" …, `quantifiers` in `word-classes.yml`) are left.
/// Only sentences over the level's `maxSentenceWords` are split.
struct SplitRelativeClausesAfterObjects: SentenceRule {
    static let name = "SplitRelativeClausesAfterObjects"
    static let minPartWords = 4

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        guard Text.wordCount(sentence) > context.maxSentenceWords else { return nil }
        let data = context.data
        let lexicon = context.lexicon
        let tokens = Text.tokens(sentence)
        let negations = data.words("negations")
        let quantifiers = data.words("quantifiers")
        var best: (score: Int, parts: [String])?
        for (index, token) in tokens.enumerated()
        where ["that", "who", "which"].contains(token.lower) && index >= Self.minPartWords && index + 1 < tokens.count {
            let before = sentence[..<token.range.lowerBound]
            guard !String(before).trimmingWhitespace().hasSuffix(","), !before.contains("("), !before.contains(":") else {
                continue
            }
            // The word before must be a noun ("problems that …"), not a verb ("notice that …").
            let antecedent = tokens[index - 1].lower
            guard lexicon.baseForms(of: antecedent).contains(where: lexicon.nounLemmas.contains),
                !context.grammar.nonSubjects.contains(antecedent), !data.words("lightNouns").contains(antecedent)
            else { continue }
            // "… metabolic disorders, and genetic problems that show early": after a series, "They"
            // would take in every item, not only the last one the clause describes.
            let lastItem = before.split(separator: ",").last.map { String($0).trimmingWhitespace() } ?? ""
            if before.contains(","), lastItem.hasPrefix("and ") || lastItem.hasPrefix("or ") { continue }
            let nounPhrase = tokens[max(0, index - 4)..<index].map(\.lower)
            if nounPhrase.contains(where: quantifiers.contains) { continue }
            // The clause's own verb follows the pronoun at once ("that get", "who can"); "that the
            // baby …" is an object clause or a complement, which this rule does not split.
            let verb = tokens[index + 1].lower
            let kind: String
            if data.words("modals").contains(verb) {
                kind = antecedent.hasSuffix("s") && !antecedent.hasSuffix("ss") ? "plural" : "singular"
            } else if data.words("pluralVerbs").contains(verb)
                || (lexicon.verbLemmas.contains(verb) && antecedent.hasSuffix("s") && !antecedent.hasSuffix("ss"))
            {
                kind = "plural"
            } else if data.words("singularVerbs").contains(verb)
                || (verb.hasSuffix("s") && !verb.hasSuffix("ss") && lexicon.isVerbForm(verb))
            {
                kind = "singular"
            } else {
                continue
            }
            let clause = String(sentence[tokens[index + 1].range.lowerBound...])
            if Text.words(clause).contains(where: negations.contains) { continue }
            // "… patterns that suggest X, allows doctors to …": the main clause goes on after the
            // relative clause, which then does not run to the end of the sentence.
            if Self.mainClauseResumes(in: clause, context) { continue }
            guard let subject = data.relativePronouns["object-" + kind] ?? data.relativePronouns[kind] else { continue }
            let first = Text.sentence(before)
            let second = Text.sentence(subject + " " + clause)
            guard Text.wordCount(first) >= Self.minPartWords, Text.wordCount(second) >= Self.minPartWords,
                context.grammar.isComplete(first), context.grammar.isComplete(second)
            else { continue }
            let score = abs(Text.wordCount(first) - Text.wordCount(second))
            if best == nil || score < best!.score { best = (score, [first, second]) }
        }
        return best?.parts
    }

    /// Whether a comma in `clause` is followed by a finite verb ("…, allows …").
    static func mainClauseResumes(in clause: String, _ context: RuleContext) -> Bool {
        for piece in clause.components(separatedBy: ", ").dropFirst() {
            guard let word = Text.words(piece).first else { continue }
            if context.grammar.auxiliaries.contains(word) { return true }
            if (word.hasSuffix("s") && !word.hasSuffix("ss")) || word.hasSuffix("ed"),
                context.lexicon.isVerbForm(word),
                !context.lexicon.baseForms(of: word).contains(where: context.lexicon.nounLemmas.contains)
            {
                return true
            }
        }
        return false
    }
}
