/// Splits two predicates of one subject into two sentences, repeating the subject: "This treatment
/// is usually kept for older children and is not often used in infancy." → "This treatment is
/// usually kept for older children. This treatment is not often used in infancy." The second
/// predicate must start with an auxiliary or modal right after "and"/"but" (so "and" between nouns
/// is never split), and the subject is repeated rather than replaced by a pronoun (a person's
/// pronoun is unknown). Subjects of up to `maxSubjectWords` words only.
struct SplitCoordinatedPredicates: SentenceRule {
    static let name = "SplitCoordinatedPredicates"
    static let maxSubjectWords = 4
    /// The fewest words of the phrase before ", and <modal>" after which a second predicate starts.
    static let minPhraseWords = 4
    /// Words that always open a subordinate clause with its own subject.
    static let clauseOpeners: Set<String> = [
        "because", "since", "although", "though", "if", "unless", "that", "which", "who", "whom", "whose", "whether",
        "when", "while", "whereas",
    ]

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        guard Text.wordCount(sentence) > context.maxSentenceWords else { return nil }
        if let split = actionSubject(sentence, context) { return split }
        let grammar = context.grammar
        let tokens = Text.tokens(sentence)
        // The subject: the words before the first verb (an auxiliary, a modal or a finite verb such as
        // "measures"), with no comma or clause opener.
        guard tokens.count > 2,
            let verbIndex = (1...min(Self.maxSubjectWords, tokens.count - 1)).first(where: { index in
                if grammar.auxiliaries.contains(tokens[index].lower) { return true }
                let word = tokens[index].lower
                // A finite verb with its ending ("measures", "helped") after a subject of plain words.
                // ("Cough medicines do not help": an "-s" word before an auxiliary is the subject's noun.)
                if index + 1 < tokens.count, grammar.auxiliaries.contains(tokens[index + 1].lower) { return false }
                // ("Certain groups of infants are …": an "-s" word before "of" is a noun.)
                if index + 1 < tokens.count, tokens[index + 1].lower == "of" { return false }
                return (word.hasSuffix("s") && !word.hasSuffix("ss") || word.hasSuffix("ed"))
                    && grammar.hasFiniteVerb(tokens[0...index].map(\.text).joined(separator: " "))
                    && !grammar.hasFiniteVerb(tokens[0..<index].map(\.text).joined(separator: " "))
                    && !tokens[..<index].contains(where: { $0.lower.hasSuffix("ing") || $0.text.contains("-") })
            })
        else { return nil }
        // "Reliever medicines, such as …, relax …": a word with a comma right after it is no verb.
        if verbIndex + 1 < tokens.count,
            sentence[tokens[verbIndex].range.upperBound..<tokens[verbIndex + 1].range.lowerBound].contains(",")
        {
            return nil
        }
        // "Several products marketed for teething are …": an "-ed" word before a preposition is a
        // shortened clause in the subject, not the verb.
        if tokens[verbIndex].lower.hasSuffix("ed"), verbIndex + 1 < tokens.count,
            SplitSeriesOfObjects.prepositions.contains(tokens[verbIndex + 1].lower)
        {
            return nil
        }
        // Adverbs before the verb ("Therapy typically begins") belong to the first predicate only.
        var subjectEnd = verbIndex - 1
        while subjectEnd > 0, tokens[subjectEnd].lower.hasSuffix("ly") { subjectEnd -= 1 }
        // An abbreviation in brackets is said once: "Electromyography (EMG) measures … and can …" →
        // "… Electromyography can …".
        var subjectText = String(sentence[tokens[0].range.lowerBound..<tokens[subjectEnd].range.upperBound])
        if let open = subjectText.firstIndex(of: "(") {
            subjectText = String(subjectText[..<open]).trimmingWhitespace()
        }
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
            // "… will listen to the lungs, count the breathing rate, and measure …" is a series of
            // verbs: cutting before its last one would join the others with a comma.
            let earlierPieces = sentence[..<tokens[index].range.lowerBound].dropLast(2).components(separatedBy: ", ")
                .dropFirst()
            let seriesOfVerbs = earlierPieces.contains { piece in
                Text.words(piece).first.map {
                    context.lexicon.verbLemmas.contains($0) && !grammar.nonSubjects.contains($0)
                }
                    ?? false
            }
            if continuesModal, !seriesOfVerbs {
                let first = Text.sentence(sentence[..<tokens[index].range.lowerBound])
                let second = Text.sentence(
                    subjectText + " " + modal + " " + sentence[tokens[index + 1].range.lowerBound...])
                if grammar.isComplete(first), grammar.isComplete(second), Text.wordCount(first) >= 5 {
                    return [first, second]
                }
            }
            // "… because it guides A and helps B": a predicate inside a subordinate clause belongs to
            // that clause's subject, not to the sentence's.
            // ("after", "before", "as" are left out: they are as often prepositions.)
            if tokens[verbIndex..<index].contains(where: { Self.clauseOpeners.contains($0.lower) }) { break }
            // After more commas, ", and should …" may close a list ("safe, cheap, and can …"); it
            // joins a second predicate when a modal follows a long phrase that opens with a
            // preposition ("…, for periods of up to 2 weeks, and should only be used …").
            let before = sentence[..<tokens[index].range.lowerBound]
            let lastPiece = before.dropLast(2).split(separator: ",").last.map(String.init) ?? ""
            let afterLongPhrase =
                context.data.words("modals").contains(next) && Text.wordCount(lastPiece) >= Self.minPhraseWords
                && SplitSeriesOfObjects.prepositions.contains(Text.words(lastPiece).first ?? "")
            guard joint == "and" || joint == "but", grammar.auxiliaries.contains(next),
                !before.hasSuffix(", ") || !before.dropLast(2).contains(",") || afterLongPhrase
            else { continue }
            let first = Text.sentence(sentence[..<tokens[index].range.lowerBound])
            var subject = context.decapitalized(subjectText)
            // "A baby … and may cry" → "The baby may cry": the second mention is definite.
            for article in ["a ", "an "] where subject.hasPrefix(article) {
                subject = "the " + subject.dropFirst(article.count)
            }
            let link = joint == "but" ? "But " : ""
            // "Others may have problems and need care": the modal is over both predicates, and
            // "Others need care" would state as a fact what the original hedged.
            let modals = context.data.words("modals")
            let firstModal = tokens[verbIndex..<index].first { modals.contains($0.lower) }?.lower
            let finite: Set<String> = ["is", "are", "was", "were", "has", "had", "does", "did", "do", "have"]
            let carried = firstModal.map { modals.contains(next) || finite.contains(next) ? "" : $0 + " " } ?? ""
            let second = Text.sentence(
                link + subject + " " + carried + sentence[tokens[index + 1].range.lowerBound...])
            guard grammar.isComplete(first), grammar.isComplete(second), Text.wordCount(first) >= 5 else { continue }
            return [first, second]
        }
        return nil
    }

    /// "Connecting with other families reduces stress and provides a space to share plans." →
    /// "Connecting with other families reduces stress. It also provides a space to share plans.": a
    /// subject that is an action ("-ing" word first) is one thing, so "It" restarts it. Both verbs
    /// carry "-s" and neither is also a noun ("needs", "helps" as nouns would be unsure).
    private func actionSubject(_ sentence: String, _ context: RuleContext) -> [String]? {
        let tokens = Text.tokens(sentence)
        let lexicon = context.lexicon
        guard let first = tokens.first?.lower, first.hasSuffix("ing"), lexicon.isVerbForm(first) else { return nil }
        func isFiniteVerb(_ word: String) -> Bool { word.hasSuffix("s") && context.grammar.isClearVerbForm(word) }
        guard let verbIndex = tokens.indices.dropFirst(2).first(where: { isFiniteVerb(tokens[$0].lower) }) else {
            return nil
        }
        for index in (verbIndex + 2)..<max(verbIndex + 2, tokens.count - 2) where tokens[index].lower == "and" {
            guard isFiniteVerb(tokens[index + 1].lower),
                !sentence[..<tokens[index].range.lowerBound].hasSuffix(","),
                !tokens[verbIndex..<index].contains(where: { Self.clauseOpeners.contains($0.lower) })
            else { continue }
            let main = Text.sentence(sentence[..<tokens[index].range.lowerBound])
            let second = Text.sentence("It also " + sentence[tokens[index + 1].range.lowerBound...])
            guard context.grammar.isComplete(main), context.grammar.isComplete(second) else { continue }
            return [main, second]
        }
        return nil
    }
}
