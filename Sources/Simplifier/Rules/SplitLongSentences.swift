/// Splits a sentence longer than the level's `maxSentenceWords` at a clause joint (", and",
/// ", but", ", while" … from `split-joints.yml`), choosing the joint closest to the middle where
/// both halves are complete sentences. Repeated by the engine until every part fits or no joint works.
struct SplitLongSentences: SentenceRule {
    static let name = "SplitLongSentences"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let total = Text.wordCount(sentence)
        guard total > context.maxSentenceWords else { return nil }
        var best: (score: Int, parts: [String])?
        // "When the fever is high, the child is very sleepy, and the neck is stiff, doctors …": the
        // joints inside the condition are not the sentence's.
        let opensWithCondition = Self.opensWithCondition(sentence, context)
        let conditionEnd = opensWithCondition ? Self.frontedConditionEnd(sentence, context) : nil
        for joint in context.data.clauseJoints {
            for range in Text.occurrences(of: joint.joint, in: sentence) {
                if let conditionEnd, range.lowerBound < conditionEnd { continue }
                // "because" opens a clause with or without a comma ("… is key because it guides …").
                guard
                    sentence[..<range.lowerBound].hasSuffix(", ") || sentence[..<range.lowerBound].hasSuffix("; ")
                        || context.data.words("clauseOpenersWithoutComma").contains(joint.joint)
                else { continue }
                // ", so that …" gives a purpose: "So that …" alone is no sentence.
                if joint.joint == "so", Text.words(String(sentence[range.upperBound...])).first == "that" {
                    continue
                }
                // ", to prevent injury …" gives a purpose only before a verb ("…, to the doctor" does not).
                if joint.joint == "to" {
                    let after = Text.words(String(sentence[range.upperBound...]))
                    guard after.count >= 2, context.lexicon.verbLemmas.contains(after[0]),
                        !context.lexicon.nounLemmas.contains(after[0])
                            || context.grammar.objectStarts.contains(after[1])
                    else { continue }
                    // "advised to support the arm, to avoid lifting …, and to place …": one of a series of
                    // infinitives (advice), not a purpose.
                    let restText = String(sentence[range.upperBound...])
                    if restText.contains(", and to ") || restText.contains(", or to ") { continue }
                }
                let first = Text.sentence(sentence[..<range.lowerBound])
                var rest = String(sentence[range.upperBound...]).trimmingWhitespace()
                // "…, while the skull is still growing": a time, not a contrast ("But" would oppose the
                // two); a reason that runs into ", and <another clause>" would take that clause along.
                if joint.joint == "while", Self.isOngoing(rest, context) { continue }
                // ("because of the baby's position …" is a preposition, no clause.)
                if joint.link.hasPrefix("This is because"),
                    [", and ", ", but ", ", while ", ", whereas "].contains(where: rest.contains)
                        || Text.words(rest).first == "of"
                {
                    continue
                }
                // "…, since A and since B" → "This is because A and because B": the second reason keeps
                // the link's word.
                if joint.joint == "since", joint.link.hasPrefix("This is because") {
                    rest = rest.replacingAll(" and since ", with: " and because ")
                }
                if !joint.link.isEmpty {
                    // "This is because this raises …" says "this" twice: the second one becomes "it"
                    // when a verb follows ("This is because it raises …").
                    let restWords = Text.words(rest)
                    // ("since this position makes …": "this" before a noun stays.)
                    if joint.link.hasPrefix("This "), restWords.count > 1, restWords[0] == "this",
                        context.grammar.isClearVerbForm(restWords[1])
                            || context.grammar.auxiliaries.contains(restWords[1])
                            || restWords[1].hasSuffix("s") && context.lexicon.isVerbForm(restWords[1])
                                && !(restWords.count > 2 && context.lexicon.isVerbForm(restWords[2])),
                        let this = Text.tokens(rest).first
                    {
                        rest = "it" + rest[this.range.upperBound...]
                    }
                    // (What follows the joint stood inside the sentence: a capital there is a name's,
                    // "But Almaviva only has to …", and stays.)
                    rest = joint.link + " " + rest
                }
                let second = Text.sentence(rest)
                guard context.grammar.isComplete(first), context.grammar.isComplete(second),
                    !(opensWithCondition && Self.hasCommaSplice(second, context))
                else { continue }
                // "Skin prick tests, in which a tiny amount … is placed on the skin, and blood tests …
                // can help": the part before the joint is a noun with its clause, not a sentence.
                if let lastPiece = String(sentence[..<range.lowerBound]).components(separatedBy: ", ").dropLast().last,
                    Text.words(lastPiece).prefix(2).contains(where: { ["which", "who", "whom"].contains($0) }),
                    String(sentence[..<range.lowerBound]).components(separatedBy: ", ").count == 3
                {
                    continue
                }
                // ", and that hormones …" goes on with a second "that" clause of a verb before it
                // ("researchers believe that A, and that B"): cut off, it is a fragment.
                let restWords = Text.words(rest)
                if restWords.first == "that", restWords.count > 1,
                    !context.grammar.auxiliaries.contains(restWords[1]),
                    !restWords[1].hasSuffix("s")
                        || !context.lexicon.isVerbForm(restWords[1]) || context.grammar.subjects.contains(restWords[1])
                {
                    continue
                }
                // After a bare ", and" the rest must open like a clause ("the", "they", "this" …), not
                // like the last item of a list ("motor development at well-child visits").
                // A noun subject with its verb close behind ("episodes often peak …") opens a clause too.
                if joint.link.isEmpty, let opener = Text.words(rest).first,
                    !context.grammar.clauseStarts.contains(opener), !Self.opensWithSubjectAndVerb(rest, context)
                {
                    continue
                }
                // ", and" after "A, B" closes a list ("lose consciousness, stiffen, and begin jerking"):
                // the part before has no verb of its own after its last comma.
                // ("feeding challenges" is no verb: plural nouns that are also verbs do not count.)
                if joint.link.isEmpty || joint.joint == "or", let lastComma = first.lastIndex(of: ","),
                    !context.grammar.hasClearVerb(String(first[first.index(after: lastComma)...])),
                    !Self.opensWithClauseOfItsOwn(rest, context)
                {
                    continue
                }
                let score = abs(Text.wordCount(first) - Text.wordCount(second))
                if best == nil || score < best!.score {
                    best = (score, Self.splittingSeriesOfClauses(first, joint: joint, context) + [second])
                }
            }
        }
        return best?.parts
    }

    /// Connectors that may come before a sentence's opening condition ("But if …").
    static let conditionConnectors: Set<String> = ["but", "and", "so", "however", "yet"]

    /// Whether `sentence` opens with a condition: a subordinator from `word-classes.yml` ("When …",
    /// "If …", "But if …"), not a relative word ("That is why …").
    static func opensWithCondition(_ sentence: String, _ context: RuleContext) -> Bool {
        var opening = Text.words(sentence).prefix(2)
        if let first = opening.first, conditionConnectors.contains(first) { opening = opening.dropFirst() }
        guard let opener = opening.first else { return false }
        return context.grammar.subordinators.contains(opener) && !Grammar.relativeWords.contains(opener)
    }

    /// Where the condition that opens `sentence` ends when it holds a series of clauses: the comma
    /// after the series' last item, the piece opening with "and"/"or", when a main clause follows it
    /// with no joining word ("When the fever is high, the child is very sleepy, and the neck is
    /// stiff, doctors may test …"). Nil when its condition holds no such series (it then ends at its
    /// first comma, and the joints after it are the main clause's).
    static func frontedConditionEnd(_ sentence: String, _ context: RuleContext) -> String.Index? {
        let commas = Text.commaIndices(sentence)
        for (number, comma) in commas.enumerated() where number > 0 {
            let piece = Text.words(String(sentence[sentence.index(after: commas[number - 1])..<comma]))
            guard let pieceFirst = piece.first, ["and", "or"].contains(pieceFirst) else { continue }
            let after = String(sentence[sentence.index(after: comma)...])
            if opensMainClause(after, context) { return comma }
        }
        return nil
    }

    /// Whether `text` (what follows a comma) opens a clause of its own with no word that joins it to
    /// what came before: a complete sentence up to its next comma, opening like a clause (a word of
    /// `clauseStarts`, a noun subject with its verb, or an order) and with no conjunction,
    /// subordinator, relative word or joint ("doctors may test for meningitis", not "and …",
    /// "which …", "because …", "jewelry and blacksmithing under …").
    static func opensMainClause(_ text: String, _ context: RuleContext) -> Bool {
        let grammar = context.grammar
        let words = Text.words(text)
        guard let first = words.first,
            grammar.clauseStarts.contains(first) || opensWithSubjectAndVerb(text, context)
                || grammar.isImperative(words)
        else { return false }
        let joiningWords =
            Set(context.data.clauseJoints.compactMap { Text.words($0.joint).first })
            .union(["and", "or", "but", "nor", "then", "than"])
        if joiningWords.contains(first) || grammar.subordinators.contains(first)
            || grammar.danglingStarts.contains(first) || Grammar.relativeWords.contains(first)
        {
            return false
        }
        let head = Text.commaIndices(text).first.map { String(text[..<$0]) } ?? text
        return grammar.isComplete(Text.sentence(head))
    }

    /// Whether `sentence` joins two clauses with a bare comma ("The neck is stiff, doctors may test
    /// for meningitis."): a piece between commas that is a complete clause, right before one that
    /// opens a main clause. A series of clauses ("The baby is pale, the lips are blue, and …")
    /// is no splice: its last item opens with "and"/"or".
    static func hasCommaSplice(_ sentence: String, _ context: RuleContext) -> Bool {
        let commas = Text.commaIndices(sentence)
        guard !commas.isEmpty else { return false }
        let grammar = context.grammar
        var start = sentence.startIndex
        for (number, comma) in commas.enumerated() {
            defer { start = sentence.index(after: comma) }
            let piece = String(sentence[start..<comma])
            guard let pieceFirst = Text.words(piece).first, !grammar.subordinators.contains(pieceFirst),
                grammar.isComplete(Text.sentence(piece)),
                opensMainClause(String(sentence[sentence.index(after: comma)...]), context)
            else { continue }
            let later = commas[number...].map { String(sentence[sentence.index(after: $0)...]) }
            if !later.contains(where: { ["and", "or"].contains(Text.words($0).first ?? "") }) { return true }
        }
        return false
    }

    /// Whether a "while" clause tells what is going on at the time ("the skull is still growing"):
    /// "still" or a form of "be" before an "-ing" word.
    static func isOngoing(_ clause: String, _ context: RuleContext) -> Bool {
        let words = Text.words(clause)
        if words.contains("still") { return true }
        return zip(words, words.dropFirst()).contains {
            ["is", "are", "was", "were"].contains($0) && $1.hasSuffix("ing")
        }
    }

    /// The part before ", and" of a series of clauses ("this muscle is immature, the stomach is
    /// small, and …") as one sentence per clause: left whole, it would join two clauses with a comma.
    static func splittingSeriesOfClauses(_ first: String, joint: ClauseJoint, _ context: RuleContext) -> [String] {
        guard joint.link.isEmpty, let lastComma = first.lastIndex(of: ",") else { return [first] }
        let head = Text.sentence(first[..<lastComma])
        let tail = Text.sentence(String(first[first.index(after: lastComma)...]).trimmingWhitespace())
        // ("In most cases, no cause is found": a phrase with an "-s" noun is no clause of its own; "In
        // infants, this muscle is immature" is one, after its phrase.)
        let headOpener = Text.words(head).first ?? ""
        let phraseOnly =
            SplitSeriesOfObjects.prepositions.contains(headOpener)
            && !(head.firstIndex(of: ",").map { comma in
                context.grammar.isComplete(
                    Text.sentence(String(head[head.index(after: comma)...]).trimmingWhitespace()))
            } ?? false)
        guard let opener = Text.words(tail).first, context.grammar.clauseStarts.contains(opener), !phraseOnly,
            context.grammar.isComplete(head), context.grammar.isComplete(tail)
        else { return [first] }
        return [head, tail]
    }

    /// Whether `rest` starts with a short noun subject and its verb: an auxiliary or modal ("babies
    /// can …"), an adverb and a verb ("episodes often peak"), or a verb form that is not also a
    /// noun ("symptoms worsened"). "genetic conditions that manifest …" is a noun phrase.
    /// Whether `rest` is a clause that no list item could be: a subject and an auxiliary or modal
    /// before any comma ("they may advise …", "usually it is harmless", "some high-risk children
    /// between 8 and 19 months may get …"). After a series, ", and" then joins clauses, not items
    /// ("… according to age, weight, and other factors, and they may advise …").
    static func opensWithClauseOfItsOwn(_ rest: String, _ context: RuleContext) -> Bool {
        let grammar = context.grammar
        let words = Array(Text.words(String(rest.prefix { $0 != "," })).prefix(10))
            .drop { $0.hasSuffix("ly") || grammar.adverbs.contains($0) }
        guard let first = words.first, grammar.clauseStarts.contains(first) || first == "it" else { return false }
        for word in words.dropFirst() {
            if Grammar.relativeWords.contains(word) || grammar.subordinators.contains(word) { return false }
            if SplitSeriesOfObjects.trueAuxiliaries.contains(word) { return true }
        }
        return false
    }

    static func opensWithSubjectAndVerb(_ rest: String, _ context: RuleContext) -> Bool {
        let words = Array(Text.words(rest).prefix(6))
        let grammar = context.grammar
        // "…, and what treatment options are available" is the last of a series of "what" clauses.
        if let first = words.first, SplitSeriesOfObjects.whWords.contains(first) { return false }
        // "…, and in young infants may cause …": a phrase with no comma after it before the verb
        // leaves the verb without a subject.
        if let first = words.first, SplitSeriesOfObjects.prepositions.contains(first) {
            let phrase = Text.words(String(rest.prefix { $0 != "," }))
            if !rest.contains(",") || phrase.contains(where: grammar.auxiliaries.contains) { return false }
        }
        let lexicon = context.lexicon
        for (index, word) in words.enumerated() where index > 0 {
            if Grammar.relativeWords.contains(word) || grammar.nonSubjects.contains(word) { return false }
            if grammar.auxiliaries.contains(word) { return true }
            let isVerb = lexicon.baseForms(of: word).contains(where: lexicon.verbLemmas.contains)
            let isNoun = lexicon.baseForms(of: word).contains(where: lexicon.nounLemmas.contains)
            if isVerb, grammar.subjects.contains(words[index - 1]), index > 1 { return true }
            // An adverb between a plural subject and its verb: "episodes commonly peak".
            let previous = words[index - 1]
            if isVerb, index > 1, previous.hasSuffix("ly") || grammar.adverbs.contains(previous),
                words[index - 2].hasSuffix("s"), !lexicon.verbLemmas.contains(words[index - 2])
            {
                return true
            }
            if isVerb, !isNoun, word.hasSuffix("s") || word.hasSuffix("ed") { return true }
            // A plural noun and a base-form verb with its object or infinitive right after it:
            // "researchers study the link", "researchers continue to study" (a last list item such as
            // "well-child visits" has no determiner after it).
            if isVerb, index == 1, lexicon.isPluralNoun(words[0]), !grammar.subjects.contains(word),
                lexicon.verbLemmas.contains(word), index + 1 < words.count,
                UsePlainNameAfterFirstMention.determiners.contains(words[index + 1])
                    || (words[index + 1] == "to" && index + 2 < words.count
                        && lexicon.verbLemmas.contains(words[index + 2]))
            {
                return true
            }
        }
        return false
    }
}
