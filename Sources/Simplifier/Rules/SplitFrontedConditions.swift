/// Splits a condition that opens a long sentence into a sentence of its own: "When these muscles
/// are damaged, babies may develop stiffness." → "Sometimes these muscles are damaged. Then babies
/// may develop stiffness." The openers and the words that replace them are data
/// (`frontedConditions` in `split-joints.yml`); the lead ("Sometimes") keeps the condition from
/// reading as a fact, which is why `HedgeGuard` accepts it here.
///
/// Runs after the rules that keep the condition with its clause (`SplitConditionalClauses`,
/// `MoveIntroductoryPhrases`): it takes what they leave. Not for an instruction ("If X, call …": a
/// "Then" before an order reads as a sequence) or a condition about the reader ("If you smoke" is no
/// "sometimes"), and only a single condition ending at its first comma.
struct SplitFrontedConditions: SentenceRule {
    static let name = "SplitFrontedConditions"
    /// Sentence openers that stay in front of the first new sentence ("However, when …").
    static let connectors = ["However,", "But", "So", "Even so,"]
    /// Words that make a condition about the reader.
    static let reader: Set<String> = ["you", "your", "yourself"]

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        // (A list's lead-in stays whole, right before its items.)
        guard Text.wordCount(sentence) > context.maxSentenceWords, !sentence.hasSuffix(":") else { return nil }
        var connector = ""
        var rest = sentence
        for word in Self.connectors where sentence.hasPrefix(word + " ") {
            connector = word + " "
            rest = String(sentence.dropFirst(word.count + 1))
        }
        guard let first = Text.tokens(rest).first,
            let condition = context.data.frontedConditions.first(where: { $0.opener == first.lower })
        else { return nil }
        let afterOpener = rest[first.range.upperBound...]
        guard let comma = afterOpener.firstIndex(of: ",") else { return nil }
        let clause = String(afterOpener[..<comma]).trimmingWhitespace()
        let main = String(afterOpener[afterOpener.index(after: comma)...]).trimmingWhitespace()
        let grammar = context.grammar
        let clauseWords = Text.words(clause)
        let mainWords = Text.words(main)
        // "When a baby had a hard birth, hard labor, or …, the chance …": the comma is inside the
        // condition's series when what follows it up to the next comma has no verb.
        let mainHead = main.split(separator: ",", maxSplits: 1).first.map(String.init) ?? main
        // A second condition ("… or when signs appear") would be left behind in the first sentence.
        let openers = Set(context.data.frontedConditions.map(\.opener))
        guard clauseWords.count >= 3, mainWords.count >= 3, !clauseWords.contains(where: Self.reader.contains),
            !clauseWords.contains(where: openers.contains), !clauseWords.contains("or"),
            let mainFirst = mainWords.first, !grammar.danglingStarts.contains(mainFirst),
            !isInstruction(mainWords, context), !continuesTheCondition(mainWords, context),
            grammar.hasFiniteVerb(Text.sentence(mainHead)), grammar.isComplete(Text.sentence(clause))
        else { return nil }
        let out = [
            Text.sentence(
                connector + (connector.isEmpty ? condition.lead : Text.decapitalized(condition.lead)) + " "
                    + Text.decapitalized(clause)),
            Text.sentence(condition.link + " " + Text.decapitalized(main)),
        ]
        guard out.allSatisfy(grammar.isComplete) else { return nil }
        return out
    }

    /// Whether the main clause may be an order ("call Poison Control …", "give the medicine …"): it
    /// opens with a base-form verb, even one that is also a noun ("call", "care"), to stay on the
    /// safe side.
    private func isInstruction(_ words: [String], _ context: RuleContext) -> Bool {
        guard let verb = words.first else { return false }
        return context.grammar.isImperative(words)
            || context.lexicon.verbLemmas.contains(verb) && !context.grammar.subjects.contains(verb)
    }

    /// Whether the text after the comma goes on with the condition's own predicates ("If the rash is
    /// red, involves the folds, and …, it is …"): it opens with a verb or an adverb, not a subject.
    private func continuesTheCondition(_ words: [String], _ context: RuleContext) -> Bool {
        guard let first = words.first else { return true }
        let grammar = context.grammar
        return grammar.auxiliaries.contains(first) || grammar.isClearVerbForm(first) || grammar.adverbs.contains(first)
            || first.hasSuffix("ly")
    }
}
