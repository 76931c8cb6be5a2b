/// Splits a condition that opens a long sentence into a sentence of its own: "When these muscles
/// are damaged, babies may develop stiffness." → "Sometimes these muscles are damaged. Then babies
/// may develop stiffness." The openers and the words that replace them are data
/// (`frontedConditions` in `split-joints.yml`); the lead ("Sometimes") keeps the condition from
/// reading as a fact, which is why `HedgeGuard` accepts it here.
///
/// The condition ends at its first comma, or, when it holds a series, at the comma that closes the
/// series: "When the nerves are stretched, compressed, or torn during birth, the baby …" →
/// "Sometimes the nerves are stretched, compressed, or torn during birth. Then the baby …". A series
/// is "A, B, or C" / "A, B, and C": its last item opens with "or"/"and", and the items between the
/// first comma and it are all verbless ("hard labor") or all clauses ("the child turns blue").
/// Either way the rest must be the main clause (a finite verb before its next comma, no more of the
/// condition's predicates).
///
/// Runs after the rules that keep the condition with its clause (`SplitConditionalClauses`,
/// `MoveIntroductoryPhrases`): it takes what they leave. Not for an instruction ("If X, call …": a
/// "Then" before an order reads as a sequence), a condition about the reader ("If you smoke" is no
/// "sometimes"), a second condition ("… or when …", "…, or if …"), a series of predicates ("If the
/// rash is red, involves the folds, and has spots, …"), a series of clauses joined by "and" (split
/// later at its ", and", the last clauses would read as facts), or a series of numbers ("When babies
/// are 2, 4, and 6 months old": "sometimes" would not go with each).
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
        guard let comma = conditionEnd(afterOpener, context) else { return nil }
        let clause = String(afterOpener[..<comma]).trimmingWhitespace()
        let main = String(afterOpener[afterOpener.index(after: comma)...]).trimmingWhitespace()
        let grammar = context.grammar
        let clauseWords = Text.words(clause)
        let mainWords = Text.words(main)
        // (The main clause's own verb comes before its next comma.)
        let mainHead = main.split(separator: ",", maxSplits: 1).first.map(String.init) ?? main
        // A second condition ("… or when signs appear") would be left behind in the first sentence.
        let openers = Set(context.data.frontedConditions.map(\.opener))
        guard clauseWords.count >= 3, mainWords.count >= 3, !clauseWords.contains(where: Self.reader.contains),
            !clauseWords.contains(where: openers.contains),
            let mainFirst = mainWords.first, !grammar.danglingStarts.contains(mainFirst),
            !isInstruction(mainWords, context), !continuesTheCondition(mainWords, context),
            grammar.hasFiniteVerb(Text.sentence(mainHead)), grammar.isComplete(Text.sentence(clause))
        else { return nil }
        // "When the cord is clamped, the supply ends": a "when" that tells a time of a thing that
        // always happens would read as "Sometimes the cord is clamped." Only a main clause that says
        // what may follow or should be done ("babies may develop …", `possibleConsequence`) makes
        // the condition a "sometimes".
        // A condition with a number ("When solid foods start at 6 months") tells a time of a plan.
        if condition.opener != "if",
            !mainWords.contains(where: context.data.words("possibleConsequence").contains)
                || clauseWords.contains(where: { $0.allSatisfy(\.isNumber) })
        {
            return nil
        }
        let out = [
            Text.sentence(
                connector + (connector.isEmpty ? condition.lead : context.decapitalized(condition.lead)) + " "
                    + Self.withoutEmphaticDo(clause, context)),
            // (Condition and main clause stood inside the sentence: their words keep their case.)
            Text.sentence(condition.link + " " + main),
        ]
        guard out.allSatisfy(grammar.isComplete) else { return nil }
        return out
    }

    /// `clause` without the emphatic "does"/"do" of "When it does occur": after "Sometimes" it reads
    /// as a contrast ("Sometimes it does occur …"), so the verb takes its own ending ("it occurs").
    /// "does not" stays.
    static func withoutEmphaticDo(_ clause: String, _ context: RuleContext) -> String {
        let tokens = Text.tokens(clause)
        guard let index = tokens.firstIndex(where: { ["does", "do"].contains($0.lower) }), index + 1 < tokens.count,
            index > 0
        else { return clause }
        let verb = tokens[index + 1].lower
        guard context.lexicon.verbLemmas.contains(verb), !context.grammar.auxiliaries.contains(verb),
            !["not", "never"].contains(verb)
        else { return clause }
        let inflected = tokens[index].lower == "does" ? context.lexicon.inflect(verb, as: .s) : verb
        return String(clause[..<tokens[index].range.lowerBound]) + inflected
            + clause[tokens[index + 1].range.upperBound...]
    }

    /// The comma that ends the condition in `text` (what follows the opener): the first comma, or,
    /// when the condition holds a series ("a hard birth, hard labor, or needed help …, the chance
    /// …"), the comma after the series' last item, the piece that opens with "or"/"and". The items
    /// between the first comma and that one are all plain items with no verb ("hard labor",
    /// "compressed") or all clauses ("If the seizure lasts long, the child turns blue, or breathing
    /// stops, …"), and after the series a main clause (or an order) starts. Otherwise the series, if
    /// any, is the main clause's ("When X, doctors check A, B, and C, and …"), and so is one with no
    /// comma after it. Commas inside numbers ("1,000") are not counted. Nil when the condition
    /// cannot be cut off: no comma, or a series of clauses joined by "and".
    private func conditionEnd(_ text: Substring, _ context: RuleContext) -> String.Index? {
        let commas = Text.commaIndices(text)
        guard let first = commas.first else { return nil }
        // pieces[n]: the text between commas[n] and the next comma.
        let pieces = commas.indices.map { number in
            let end = number + 1 < commas.count ? commas[number + 1] : text.endIndex
            return String(text[text.index(after: commas[number])..<end]).trimmingWhitespace()
        }
        guard let last = pieces.firstIndex(where: { ["or", "and"].contains(Text.words($0).first ?? "") }), last >= 1,
            last + 1 < pieces.count
        else { return first }
        let middle = pieces[..<last]
        let clauses = middle.allSatisfy { isClause($0, context) }
        guard middle.allSatisfy({ isPlainItem($0, context) }) || clauses,
            isClause(pieces[last + 1], context) || isInstruction(Text.words(pieces[last + 1]), context)
        else { return first }
        // "Sometimes the fever is high, the child is sleepy, and the neck is stiff.": split at its ", and"
        // (`SplitLongSentences`), the last clauses would read as facts; cut at the first comma, the
        // condition's clauses would read as the main clause's. It stays whole.
        if clauses, Text.words(pieces[last]).first == "and" { return nil }
        return commas[last + 1]
    }

    /// Whether `piece` is a series item with no verb of its own: "hard labor", "compressed"; not a
    /// bare number ("2, 4, and 6 months": "sometimes" would not go with each), an order ("call the
    /// doctor") or a predicate ("involves the skin folds").
    private func isPlainItem(_ piece: String, _ context: RuleContext) -> Bool {
        let grammar = context.grammar
        let words = Text.words(piece)
        guard let first = words.first, !grammar.danglingStarts.contains(first) else { return false }
        if words.count == 1 { return !first.allSatisfy(\.isNumber) }
        return !grammar.hasFiniteVerb(Text.sentence(piece)) && !grammar.isImperative(words)
            && !grammar.auxiliaries.contains(first) && !grammar.isClearVerbForm(first)
    }

    /// Whether `piece` is a clause with a subject and a finite verb of its own: "the child turns blue".
    private func isClause(_ piece: String, _ context: RuleContext) -> Bool {
        let grammar = context.grammar
        let words = Text.words(piece)
        guard let first = words.first, !grammar.danglingStarts.contains(first), !grammar.subordinators.contains(first),
            !["so", "but", "yet", "nor", "for"].contains(first)
        else { return false }
        return grammar.hasFiniteVerb(Text.sentence(piece)) && !continuesTheCondition(words, context)
            && !isInstruction(words, context)
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
