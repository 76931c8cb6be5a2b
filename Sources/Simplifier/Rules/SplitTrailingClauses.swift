/// Splits a long sentence whose main clause comes first at a subordinate clause that follows it
/// without a comma: "Therapy begins as soon as the problem is found." → "Therapy begins. This
/// happens as soon as the problem is found." The clause keeps its opener, so a condition or a time
/// is never stated as a fact; the openers and the words that restart them are in
/// `split-joints.yml` (`trailing`). Only sentences over the level's `maxSentenceWords` are split.
struct SplitTrailingClauses: SentenceRule {
    static let name = "SplitTrailingClauses"
    /// Both parts must keep at least this many words, so no sentence of two or three words is made.
    static let minPartWords = 4
    /// Words before an opener that make it part of a phrase, not a clause of its own ("even when",
    /// "the time when", "not only if").
    static let boundWords: Set<String> = [
        "even", "only", "just", "than", "time", "times", "the", "not", "and", "or", "but", "that", "except", "exactly",
        "especially", "particularly", "right", "shortly", "soon", "long", "day", "days", "age", "point",
        // The leads other rules write ("This is especially true when …", "This happens when …").
        "true", "happens",
        // "…, as may occur when …", "as happens when …": the clause is the example's own.
        "occur", "occurs", "happen",
    ]

    /// Nouns after which "when" opens a relative clause ("the hours when …"), not a condition.
    static let timeNouns: Set<String> = [
        "time", "times", "hours", "days", "weeks", "months", "years", "moment", "period", "periods", "age", "stage",
        "evening", "night", "morning", "point",
    ]

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        guard Text.wordCount(sentence) > context.maxSentenceWords else { return nil }
        let grammar = context.grammar
        let tokens = Text.tokens(sentence)
        var best: (score: Int, parts: [String])?
        for joint in context.data.trailingJoints {
            let opener = Text.words(joint.marker)
            for index in tokens.indices where index >= Self.minPartWords {
                let previous = tokens[index - 1].lower
                // "…, often when …": an adverb or hedge before the opener belongs to the clause.
                guard Text.matches(opener, in: tokens.map(\.lower), at: index), !Self.boundWords.contains(previous),
                    !context.grammar.adverbs.contains(previous),
                    !context.data.words("hedges").contains(previous)
                else { continue }
                // "Surgery is generally necessary when the bowel has perforated": a need or advice holds
                // only under its condition, so "Surgery is usually needed." must not stand alone.
                if context.data.words("conditionalStates").contains(previous) { continue }
                let start = tokens[index].range.lowerBound
                let before = sentence[..<start]
                // A clause after a comma belongs to the comma rules; one inside brackets or after a
                // colon is not the end of the main clause.
                if String(before).trimmingWhitespace().hasSuffix(",") || before.contains("(") || before.contains(":") {
                    continue
                }
                // After a listing verb ("They also include drowsiness lasting an hour after …") the
                // clause tells which item is meant.
                if Text.words(String(before)).contains(where: context.data.words("seriesVerbs").contains) { continue }
                let clauseStart = tokens[index + opener.count - 1].range.upperBound
                let clause = String(sentence[clauseStart...]).trimmingWhitespace()
                // "before spreading to …", "when spreading the legs": no clause of its own. "before
                // discharge using …": a noun that opens no clause.
                if let next = Text.words(clause).first,
                    next.hasSuffix("ing")
                        || (!grammar.clauseStarts.contains(next) && !grammar.subjects.contains(next)
                            && context.lexicon.nounLemmas.contains(next) && !next.hasSuffix("s")
                            && Text.words(clause).dropFirst().first.map { $0.hasSuffix("ing") } == true)
                {
                    continue
                }
                let first = Text.sentence(before)
                // A negated or superlative state ("does not move normally when …", "is most apparent
                // when …") or an "-ing" subject ("Limiting the time in car seats when …") holds only
                // with its clause.
                let firstWords = Text.words(first)
                // The clause belongs to a clause of its own: "a swelling, which occurs when …", "…, and
                // it flattens when …", or to a time noun ("the evening hours when …").
                let lastPiece = String(before).components(separatedBy: ", ").last ?? ""
                // ("…, which develops at 2 years, occurs when …": the verb alone says nothing without it.)
                if Text.wordCount(lastPiece) <= 2, String(before).contains(",") { continue }
                // ("that" is as often "notice that …": only "which" and "who" count.)
                if Text.words(lastPiece).contains(where: { ["which", "who"].contains($0) })
                    || String(before).contains(", and ") || String(before).contains(", but ")
                    || Self.timeNouns.contains(previous)
                {
                    continue
                }
                if firstWords.contains(where: context.data.words("negations").contains) || firstWords.contains("most")
                    || firstWords.first?.hasSuffix("ing") == true
                {
                    continue
                }
                guard Text.wordCount(first) >= Self.minPartWords, Text.wordCount(clause) >= Self.minPartWords - 1,
                    grammar.isComplete(first), grammar.hasFiniteVerb(clause),
                    !continuesTheMainClause(clause, context), !isInsideASeries(clause, context)
                else { continue }
                let lead = SplitConditionalClauses.lead(joint.lead, after: String(before), context)
                let second = Text.sentence(lead + " " + joint.marker + " " + clause)
                let score = abs(Text.wordCount(first) - Text.wordCount(second))
                if best == nil || score < best!.score { best = (score, [first, second]) }
            }
        }
        return best?.parts
    }

    /// Whether a verb phrase after "and"/"or" in `clause` belongs to the main clause's subject
    /// ("… begins as soon as it is found and may go on for months"): then the clause does not run
    /// to the end of the sentence and cannot be cut off there.
    private func continuesTheMainClause(_ clause: String, _ context: RuleContext) -> Bool {
        let words = Text.words(clause)
        for (index, word) in words.enumerated() where (word == "and" || word == "or") && index + 1 < words.count {
            let next = words[index + 1]
            if context.grammar.auxiliaries.contains(next) || context.data.words("modals").contains(next) {
                return true
            }
            if (next.hasSuffix("s") || next.hasSuffix("ed")) && context.lexicon.isVerbForm(next)
                && !context.lexicon.baseForms(of: next).contains(where: context.lexicon.nounLemmas.contains)
            {
                return true
            }
        }
        return false
    }

    /// Whether `clause` is followed by more items of a series the main clause lists ("… support if
    /// feeding is hard, devices to help, and regular checks"): pieces after its commas that are
    /// long or hold a verb of their own.
    private func isInsideASeries(_ clause: String, _ context: RuleContext) -> Bool {
        clause.components(separatedBy: ", ").dropFirst().contains { piece in
            Text.wordCount(piece) > 5 || context.grammar.hasFiniteVerb(piece)
        }
    }
}
