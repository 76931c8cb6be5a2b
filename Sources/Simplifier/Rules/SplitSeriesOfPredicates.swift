/// Splits a series of three or more predicates of one subject into one sentence each, saying the
/// subject again: "Simple febrile seizures last less than 15 minutes, involve the whole body, and do
/// not recur within 24 hours." → "Simple febrile seizures last less than 15 minutes. Simple febrile
/// seizures involve the whole body. Simple febrile seizures do not recur within 24 hours."
///
/// Only an "and" series (an "or" series is a choice) after a short subject with no clause of its
/// own, whose later parts all open with a verb of the same form as the first ("appears …, peaks …,
/// and fades …"), one of them a verb that cannot be a noun or an auxiliary: "It affects the face,
/// hands, and feet" is a series of things. A modal before the first verb is said again.
struct SplitSeriesOfPredicates: SentenceRule {
    static let name = "SplitSeriesOfPredicates"
    static let maxSubjectWords = 5
    /// Prepositions that follow a verb rather than a noun ("peaks between", "fades within"); "of" is
    /// left out ("peaks of fever").
    static let verbFollowers: Set<String> = [
        "between", "within", "at", "by", "after", "before", "over", "during", "in", "on", "to", "from", "without",
        "into", "up", "down", "out", "away", "back",
    ]

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        guard Text.wordCount(sentence) > context.maxSentenceWords else { return nil }
        let body = Text.body(sentence)
        guard !body.contains(";"), !body.contains(":"), !body.contains("(") else { return nil }
        var pieces = body.components(separatedBy: ", ").map { $0.trimmingWhitespace() }
        guard pieces.count >= 3, pieces[pieces.count - 1].hasPrefix("and "),
            !pieces.dropFirst().dropLast().contains(where: { $0.hasPrefix("and ") || $0.hasPrefix("or ") })
        else { return nil }
        pieces[pieces.count - 1] = String(pieces[pieces.count - 1].dropFirst(4))
        let grammar = context.grammar
        let tokens = Text.tokens(pieces[0])
        let words = tokens.map(\.lower)
        // The subject ends where the first piece gets its finite verb (after any adverbs).
        guard
            let verbIndex = (1..<min(words.count, Self.maxSubjectWords + 2)).first(where: { index in
                grammar.hasFiniteVerb(words[0...index].joined(separator: " ") + ".")
                    && !grammar.hasFiniteVerb(words[0..<index].joined(separator: " ") + ".")
            })
        else { return nil }
        var subjectEnd = verbIndex
        while subjectEnd > 1, isAdverb(words[subjectEnd - 1], context) { subjectEnd -= 1 }
        let subjectWords = Array(words[..<subjectEnd])
        guard subjectWords.count <= Self.maxSubjectWords,
            !subjectWords.contains(where: {
                grammar.subordinators.contains($0) || Grammar.relativeWords.contains($0) || $0 == "and" || $0 == "or"
            })
        else { return nil }
        let verb = words[verbIndex]
        let modals = context.data.words("modals")
        let modal = modals.contains(verb) ? verb : nil
        // The form later parts must share: "-s" after a singular subject, the base form otherwise.
        let mainVerb = modal == nil ? verb : (verbIndex + 1 < words.count ? words[verbIndex + 1] : "")
        let singular = modal == nil && mainVerb.hasSuffix("s") && !mainVerb.hasSuffix("ss")
        var clear = false
        for item in pieces.dropFirst() {
            let itemWords = Text.words(item).drop { isAdverb($0, context) }
            guard itemWords.count >= 2, let first = itemWords.first else { return nil }
            if grammar.auxiliaries.contains(first) && TurnListItemsIntoSentences.trueAuxiliaries.contains(first) {
                clear = true
                continue
            }
            // The same form as the first verb: "-s" after a singular subject, the base form otherwise
            // ("may including …" is no predicate).
            let sameForm =
                singular
                ? first.hasSuffix("s") && !first.hasSuffix("ss") && context.lexicon.isVerbForm(first)
                : context.lexicon.verbLemmas.contains(first)
            guard sameForm, !UsePlainNameAfterFirstMention.determiners.contains(first) else { return nil }
            // A verb that cannot be a noun, or one followed by what a verb takes ("peaks between …",
            // "arch their backs").
            let second = itemWords.dropFirst().first ?? ""
            if grammar.isClearVerbForm(first)
                || !context.lexicon.baseForms(of: first).contains(where: context.lexicon.nounLemmas.contains)
                || Self.verbFollowers.contains(second) || UsePlainNameAfterFirstMention.determiners.contains(second)
            {
                clear = true
            }
        }
        guard clear else { return nil }
        // A linking word ("But most hernias are …") opens the first sentence only.
        let subjectStart = context.data.words("sentenceLinks").contains(words[0]) ? 1 : 0
        guard subjectStart < subjectEnd else { return nil }
        var subject = String(pieces[0][tokens[subjectStart].range.lowerBound..<tokens[subjectEnd - 1].range.upperBound])
        subject = Text.capitalized(subject)
        for article in ["A ", "An "] where subject.hasPrefix(article) {
            subject = "The " + subject.dropFirst(article.count)
        }
        var out = [Text.sentence(pieces[0])]
        for item in pieces.dropFirst() {
            let itemWords = Text.words(item)
            // "may cry, arch the back, and refuse feeds": the modal goes with every base-form verb.
            let carried =
                modal.map { modal in
                    grammar.auxiliaries.contains(itemWords.first ?? "")
                        && !context.lexicon.verbLemmas.contains(
                            itemWords.first ?? "")
                        ? "" : modal + " "
                } ?? ""
            out.append(Text.sentence(Text.capitalized(subject) + " " + carried + item))
        }
        guard out.allSatisfy(grammar.isComplete) else { return nil }
        return out
    }

    private func isAdverb(_ word: String, _ context: RuleContext) -> Bool {
        context.grammar.adverbs.contains(word) || word.hasSuffix("ly") && !context.lexicon.nounLemmas.contains(word)
    }
}
