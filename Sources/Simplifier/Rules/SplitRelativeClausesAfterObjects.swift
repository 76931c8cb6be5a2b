/// Splits a long sentence at a relative clause that describes its object: "Others show head jerks
/// that get in the way of feeding." → "Others show head jerks. These jerks get in the way of
/// feeding." The new subject names the noun again (`SplitRelativeClauses.restatedSubject`), in the
/// number the clause's verb gives it.
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
        var best: (score: Int, parts: [String])?
        for (index, token) in tokens.enumerated()
        where ["that", "who", "which"].contains(token.lower) && index >= Self.minPartWords && index + 1 < tokens.count {
            let before = String(sentence[..<token.range.lowerBound])
            let antecedent = tokens[index - 1].lower
            let clause = String(sentence[tokens[index + 1].range.lowerBound...])
            guard Self.canDescribeItsObject(tokens, at: index, before: before, clause: clause, context) else {
                continue
            }
            // The clause's own verb follows the pronoun at once ("that get", "who can"); "that the
            // baby …" is an object clause or a complement, which this rule does not split.
            // An adverb may come first ("that slowly resolves").
            var verbIndex = index + 1
            if tokens[verbIndex].lower.hasSuffix("ly"), verbIndex + 1 < tokens.count { verbIndex += 1 }
            let verb = tokens[verbIndex].lower
            // "a liquid that parents drop …": a subject of its own makes "that" the object.
            if context.grammar.subjects.contains(verb) || UsePlainNameAfterFirstMention.determiners.contains(verb) {
                continue
            }
            let kind: String
            if data.words("modals").contains(verb) {
                kind = lexicon.looksPlural(antecedent) ? "plural" : "singular"
            } else if data.words("pluralVerbs").contains(verb)
                || (lexicon.verbLemmas.contains(verb) && lexicon.looksPlural(antecedent))
            {
                kind = "plural"
            } else if data.words("singularVerbs").contains(verb)
                || (verb.hasSuffix("s") && !verb.hasSuffix("ss") && lexicon.isVerbForm(verb))
            {
                kind = "singular"
            } else {
                continue
            }
            // The noun is named again ("… a serious condition that affects the liver" → "This condition
            // affects the liver"; "… trained experts who can …" → "These experts can …"): "It"/"They"
            // could also mean the sentence's subject.
            guard
                let subject = SplitRelativeClauses.restatedSubject(
                    before: before, kind: kind, pronoun: token.lower, context)
            else { continue }
            let first = Text.sentence(before)
            let second = Text.sentence(subject + " " + clause)
            guard Text.wordCount(first) >= Self.minPartWords, Text.wordCount(second) >= Self.minPartWords,
                context.grammar.isComplete(first), context.grammar.isComplete(second)
            else { continue }
            let score = abs(Text.wordCount(first) - Text.wordCount(second))
            if best == nil || score < best!.score { best = (score, [first, second]) }
        }
        if best == nil, let parts = reducedClause(sentence, context) { return parts }
        return best?.parts
    }

    /// "… a movement problem characterized by tight neck muscles." → "… a movement problem. It is
    /// characterized by tight neck muscles.": a past participle right after the object's noun and
    /// followed by a preposition (`participlePrepositions` in `word-classes.yml`) is a shortened
    /// relative clause; it is restated with "It is" or "They are".
    private func reducedClause(_ sentence: String, _ context: RuleContext) -> [String]? {
        let data = context.data
        let lexicon = context.lexicon
        let tokens = Text.tokens(sentence)
        let prepositions = data.words("participlePrepositions")
        for index in tokens.indices where index >= Self.minPartWords && index + 2 < tokens.count {
            let word = tokens[index].lower
            // ("a long muscle running from …": an "-ing" word describes; only past participles here.)
            guard word.hasSuffix("ed") || lexicon.irregularBase[word] != nil && !word.hasSuffix("ing"),
                lexicon.isVerbForm(word),
                prepositions.contains(tokens[index + 1].lower)
            else { continue }
            let before = String(sentence[..<tokens[index].range.lowerBound])
            // "…, a pattern known as …": an appositive names what came before; it stays whole.
            if index >= 3, ["a", "an"].contains(tokens[index - 2].lower),
                sentence[tokens[index - 3].range.upperBound..<tokens[index - 2].range.lowerBound].contains(",")
            {
                continue
            }
            // "… more serious than an infection confined to the bladder": a comparison says which one.
            if tokens[max(0, index - 4)..<index].contains(where: { $0.lower == "than" }) { continue }
            // "…, and, if possible, left uncovered": after a comma the participle is no clause of a noun.
            if sentence[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains(",") { continue }
            // "the amount of iron stored in the body": a noun inside a phrase is narrowed down.
            if index >= 2, SplitSeriesOfObjects.prepositions.contains(tokens[index - 2].lower) { continue }
            // "with the chin rotated to one side" describes the chin inside a phrase, not the object.
            if index >= 3, ["with", "without"].contains(tokens[index - 3].lower) || tokens[index - 2].lower == "with" {
                continue
            }
            let antecedent = tokens[index - 1].lower
            let clause = String(sentence[tokens[index].range.lowerBound...])
            guard Self.canDescribeItsObject(tokens, at: index, before: before, clause: clause, context) else {
                continue
            }
            let plural = context.lexicon.looksPlural(antecedent)
            let first = Text.sentence(before)
            // The noun is named again ("This fever is followed by …"): "It" could mean the sentence's
            // subject ("Roseola is marked by days of fever. It is followed by a rash.").
            guard
                let subject = SplitRelativeClauses.restatedSubject(
                    before: String(before), kind: plural ? "plural" : "singular", context)
            else { continue }
            let second = Text.sentence(subject + (plural ? " are " : " is ") + clause)
            guard Text.wordCount(first) >= Self.minPartWords, Text.wordCount(clause) >= Self.minPartWords - 1,
                context.grammar.isComplete(first), context.grammar.isComplete(second)
            else { continue }
            return [first, second]
        }
        return nil
    }

    /// Whether the clause starting at `index` (after `before`, running on as `clause`) can be said of
    /// the object before it in a sentence of its own: the word before is a plain noun (not a verb,
    /// an empty noun or an adverb such as "generally"); the noun is not the last item of a series,
    /// quantified or definite; the clause has no negation and runs to the end of the sentence; and
    /// `before` is one main clause.
    static func canDescribeItsObject(
        _ tokens: [Token], at index: Int, before: String, clause: String, _ context: RuleContext
    ) -> Bool {
        let data = context.data
        let lexicon = context.lexicon
        guard isOneMainClause(before, context) else { return false }
        // "… if the child develops a fever that lasts over 4 days": inside a condition the clause
        // says which fever is meant.
        if Text.words(before).contains(where: context.grammar.subordinators.contains) { return false }
        let antecedent = tokens[index - 1].lower
        // "… honey to a baby who is younger than 12 months", "an antibiotic that is safe …": a
        // property after "a"/"an" says which one is meant; on its own it would name one baby.
        let clauseWords = Text.words(clause)
        if index >= 2, tokens[max(0, index - 3)..<index].contains(where: { ["a", "an"].contains($0.lower) }),
            clauseWords.count > 1, ["is", "are", "was", "were"].contains(clauseWords[0]),
            !["a", "an", "the"].contains(clauseWords[1])
        {
            return false
        }
        guard lexicon.baseForms(of: antecedent).contains(where: lexicon.nounLemmas.contains),
            !context.grammar.nonSubjects.contains(antecedent), !data.words("lightNouns").contains(antecedent),
            !context.grammar.auxiliaries.contains(antecedent), !context.grammar.adverbs.contains(antecedent),
            !(antecedent.hasSuffix("ly") && !lexicon.nounLemmas.contains(antecedent))
        else { return false }
        if index >= 2 {
            let beforeNoun = tokens[index - 2].lower
            // "younger than 8 months who are …": a measure, not what the clause describes; "is now
            // recommended": "now" is no object.
            if beforeNoun.allSatisfy(\.isNumber) || context.grammar.auxiliaries.contains(beforeNoun) { return false }
            // "in babies who tire easily": a clause right after a preposition's plain noun says which
            // babies are meant.
            if tokens[index].lower == "who", SplitSeriesOfObjects.prepositions.contains(beforeNoun) { return false }
        }
        // "… skin folds on the thighs, a leg that appears shorter, or reduced movement": the clause
        // sits inside a series that goes on after it.
        if before.contains(","), clause.contains(", or ") || clause.contains(", and ") { return false }
        // "… metabolic disorders, and genetic problems that show early": after a series, "They"
        // would take in every item, not only the last one the clause describes.
        let lastItem = before.split(separator: ",").last.map { String($0).trimmingWhitespace() } ?? ""
        if before.contains(","), lastItem.hasPrefix("and ") || lastItem.hasPrefix("or ") { return false }
        if tokens[max(0, index - 4)..<index].contains(where: { data.words("quantifiers").contains($0.lower) })
            || isDefinite(tokens, before: index, data)
        {
            return false
        }
        if Text.words(clause).contains(where: data.words("negations").contains) { return false }
        // "… patterns that suggest X, allows doctors to …": the main clause goes on after the
        // relative clause, which then does not run to the end of the sentence.
        return !mainClauseResumes(in: clause, context)
    }

    /// Whether the noun before `index` opens with a definite word ("the signs that need care", "their
    /// babies who …"): such a clause says which ones are meant and cannot stand alone. The search
    /// stops at a preposition ("the risk of trauma that …" describes the trauma).
    static func isDefinite(_ tokens: [Token], before index: Int, _ data: SimplifierData) -> Bool {
        let definite = data.words("definiteDeterminers")
        let prepositions = data.words("participlePrepositions").union(["of"])
        var back = index - 1
        while back >= 0, index - back <= 4 {
            let word = tokens[back].lower
            if definite.contains(word) { return true }
            if prepositions.contains(word) || word == "and" || word == "or" { return false }
            back -= 1
        }
        return false
    }

    /// Whether `before` (the sentence up to the clause) is one main clause whose object the clause
    /// can describe: no bracket, colon or semicolon, not a definition ("X means a Y that …" stays
    /// whole), and not a listing verb ("… include vomiting that begins late": the clause says which
    /// vomiting, `seriesVerbs` in `word-classes.yml`).
    static func isOneMainClause(_ before: String, _ context: RuleContext) -> Bool {
        if before.trimmingWhitespace().hasSuffix(",") || before.contains("(") || before.contains(":")
            || before.contains(";")
        {
            return false
        }
        let words = Text.words(before)
        return !words.contains("means") && !words.contains(where: context.data.words("seriesVerbs").contains)
    }

    /// Whether the clause does not run to the end of the sentence: a comma in it is followed by a
    /// finite verb ("…, allows …") or by anything but the last item of a series ("…, rather than …").
    static func mainClauseResumes(in clause: String, _ context: RuleContext) -> Bool {
        let pieces = clause.components(separatedBy: ", ")
        if pieces.count > 1, let last = pieces.last?.trimmingWhitespace(),
            !(last.hasPrefix("and ") || last.hasPrefix("or "))
        {
            return true
        }
        // "…, which is key for depth, and it may affect …": a new clause after "and".
        if pieces.count > 1, let last = pieces.last?.trimmingWhitespace(),
            last.hasPrefix("and ") || last.hasPrefix("or "),
            let opener = Text.words(last).dropFirst().first,
            ["it", "they", "this", "these", "he", "she", "we", "you"].contains(opener)
        {
            return true
        }
        // "…, which appears after a day, peaks on day 3, and fades …" is one clause with a series of
        // verbs that runs to the end.
        if pieces.count > 2 { return false }
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
