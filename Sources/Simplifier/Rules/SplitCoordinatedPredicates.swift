/// Splits two predicates of one subject into two sentences, repeating the subject: "This treatment
/// is usually kept for older children and is not often used in infancy." → "This treatment is
/// usually kept for older children. This treatment is not often used in infancy." The second
/// predicate must start with an auxiliary or modal right after "and"/"but" (so "and" between nouns
/// is never split), and the subject is repeated rather than replaced by a pronoun (a person's
/// pronoun is unknown). Subjects of up to `maxSubjectWords` words only.
struct SplitCoordinatedPredicates: SentenceRule {
    static let name = "SplitCoordinatedPredicates"
    static let maxSubjectWords = 4

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        guard Text.wordCount(sentence) > context.maxSentenceWords else { return nil }
        let grammar = context.grammar
        let tokens = Text.tokens(sentence)
        // The subject: the words before the first auxiliary or modal, with no comma or clause opener.
        guard let verbIndex = tokens.firstIndex(where: { grammar.auxiliaries.contains($0.lower) }),
            (1...Self.maxSubjectWords).contains(verbIndex)
        else { return nil }
        let subjectText = String(sentence[tokens[0].range.lowerBound..<tokens[verbIndex - 1].range.upperBound])
        guard !subjectText.contains(","),
            !tokens[..<verbIndex].contains(where: { grammar.subordinators.contains($0.lower) || $0.lower == "it" })
        else { return nil }
        for index in (verbIndex + 2)..<max(verbIndex + 2, tokens.count - 2) {
            let joint = tokens[index].lower
            let next = tokens[index + 1].lower
            // "Parents can offer smaller feeds, and burp the baby …": after a comma, a base-form verb
            // continues the modal ("Parents can burp the baby …").
            let modal = tokens[verbIndex].lower
            let continuesModal =
                joint == "and" && context.data.words("modals").contains(modal)
                && sentence[..<tokens[index].range.lowerBound].hasSuffix(", ")
                && context.lexicon.verbLemmas.contains(next) && !grammar.nonSubjects.contains(next)
                && !grammar.clauseStarts.contains(next)
            if continuesModal {
                let first = Text.sentence(sentence[..<tokens[index].range.lowerBound])
                let second = Text.sentence(
                    subjectText + " " + modal + " " + sentence[tokens[index + 1].range.lowerBound...])
                if grammar.isComplete(first), grammar.isComplete(second), Text.wordCount(first) >= 5 {
                    return [first, second]
                }
            }
            guard joint == "and" || joint == "but", grammar.auxiliaries.contains(next),
                !sentence[..<tokens[index].range.lowerBound].hasSuffix(", ")
                    || !sentence[..<tokens[index].range.lowerBound].contains(",")
            else { continue }
            let first = Text.sentence(sentence[..<tokens[index].range.lowerBound])
            var subject = Text.decapitalized(subjectText)
            // "A baby … and may cry" → "The baby may cry": the second mention is definite.
            for article in ["a ", "an "] where subject.hasPrefix(article) {
                subject = "the " + subject.dropFirst(article.count)
            }
            let link = joint == "but" ? "But " : ""
            let second = Text.sentence(link + subject + " " + sentence[tokens[index + 1].range.lowerBound...])
            guard grammar.isComplete(first), grammar.isComplete(second), Text.wordCount(first) >= 5 else { continue }
            return [first, second]
        }
        return nil
    }
}
