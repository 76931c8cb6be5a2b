/// Splits an introductory clause into its own sentence and links the two with a word that keeps
/// the relation: "While X is uncommon, knowing Y helps." → "X is uncommon. But knowing Y helps."
/// Openers and links are in `split-joints.yml` (`introductory`). Conditions ("if", "when") are not
/// listed by default: splitting them would state the condition as a fact.
struct SplitIntroductoryClauses: SentenceRule {
    static let name = "SplitIntroductoryClauses"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let words = Text.words(sentence)
        let tokens = Text.tokens(sentence)
        for joint in context.data.introductoryJoints {
            let opener = Text.words(joint.opener)
            guard Text.matches(opener, in: words, at: 0) else { continue }
            // "Because of these risks, …" opens with a phrase, not a clause ("Of these risks." alone).
            if words.count > opener.count, words[opener.count] == "of" { continue }
            let start = tokens[opener.count - 1].range.upperBound
            var search = start
            // Try each comma from the left: the first one after which both halves are sentences.
            while let comma = sentence[search...].firstIndex(of: ",") {
                search = sentence.index(after: comma)
                var intro = Text.sentence(sentence[start..<comma])
                var main = String(sentence[search...]).trimmingWhitespace()
                // "Because X, however, Y" → "However, X. So Y.": the sentence's own link to what came
                // before goes in front, not between "So" and the main clause ("So however, …").
                for link in ["however", "therefore", "thus"] where main.lowercased().hasPrefix(link + ", ") {
                    main = String(main.dropFirst(link.count + 2))
                    if link == "however" { intro = "However, " + context.decapitalized(intro) }
                }
                // "…, such as the measles vaccine, these …": the clause goes on after this comma.
                if let next = Text.words(main).first, context.grammar.danglingStarts.contains(next) { continue }
                // (The main clause stood inside the sentence: its first word already has its own case.)
                if !joint.link.isEmpty { main = joint.link + " " + main }
                let second = Text.sentence(main)
                if context.grammar.isComplete(intro), context.grammar.isComplete(second) {
                    return [intro, second]
                }
                // "While not always called dystonia, it shares …": the clause has no subject or verb
                // of its own; it is said of the main clause's pronoun subject ("It is not always …").
                if let restated = Self.restated(intro, subjectOf: String(sentence[search...]), context),
                    context.grammar.isComplete(restated), context.grammar.isComplete(second)
                {
                    return [restated, second]
                }
            }
        }
        return nil
    }

    /// `intro` ("Not always called dystonia.") said of the pronoun that starts `main` ("It is not
    /// always called dystonia."), or `nil` when `main` does not start with a pronoun from
    /// `restartPronouns` in `word-classes.yml` or `intro` already has a verb.
    static func restated(_ intro: String, subjectOf main: String, _ context: RuleContext) -> String? {
        let introWords = Text.words(intro)
        guard let pronoun = Text.words(main).first, let first = introWords.first,
            !introWords.contains(where: context.grammar.auxiliaries.contains)
        else { return nil }
        let plural = context.data.words("pluralPronouns").contains(pronoun)
        guard plural || context.data.words("singularPronouns").contains(pronoun) else { return nil }
        // Only a participle or negated phrase ("not always classified", "treated early") reads right after "is".
        guard first == "not" || (first.hasSuffix("ed") && context.lexicon.isVerbForm(first)) else { return nil }
        return Text.sentence(Text.capitalized(pronoun) + (plural ? " are " : " is ") + context.decapitalized(intro))
    }
}
