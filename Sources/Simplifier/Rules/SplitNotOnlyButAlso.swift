/// Splits "not only A but also B" into two sentences: "Dystonia may affect not only the neck but
/// also other parts of the body." → "Dystonia may affect the neck. It may also affect other parts
/// of the body." The subject and verb are found as in `SplitSeriesOfObjects`; "also" keeps the
/// addition, and "not only" (which adds, not negates) goes.
struct SplitNotOnlyButAlso: SentenceRule {
    static let name = "SplitNotOnlyButAlso"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        guard Text.wordCount(sentence) > context.maxSentenceWords,
            let notOnly = sentence.range(of: " not only "),
            let butAlso = sentence.range(of: " but also ", range: notOnly.upperBound..<sentence.endIndex)
        else { return nil }
        let head = String(sentence[..<notOnly.lowerBound])
        var first = String(sentence[notOnly.upperBound..<butAlso.lowerBound]).trimmingWhitespace()
        if first.hasSuffix(",") { first.removeLast() }
        let second = String(sentence[butAlso.upperBound...]).trimmingWhitespace()
        // The head is a subject and its verb group ("Dystonia may affect", "Spotting it early is key");
        // the verb group is said again in the second sentence.
        // A subject of two things ("Physical and occupational therapy are key") ends at its auxiliary.
        guard
            let subject = SplitSeriesOfObjects().split(head: head + " " + first, context)?.0
                ?? Self.subjectBeforeAuxiliary(head, context),
            head.hasPrefix(subject), Text.wordCount(first) >= 2, Text.wordCount(second) >= 2
        else { return nil }
        let repeated = String(head.dropFirst(subject.count)).trimmingWhitespace()
        guard !repeated.isEmpty, Text.wordCount(repeated) <= 4 else { return nil }
        let pronoun =
            Text.words(subject).contains("and") ? "They" : SplitSeriesOfObjects.pronoun(for: subject, context)
        let out = [
            Text.sentence(head + " " + first),
            Text.sentence("\(pronoun) \(SplitSeriesOfObjects.restart(repeated, context)) \(second)"),
        ]
        guard out.allSatisfy(context.grammar.isComplete) else { return nil }
        return out
    }

    /// The words before the first auxiliary of `head` ("are", "can"), when they hold no verb.
    static func subjectBeforeAuxiliary(_ head: String, _ context: RuleContext) -> String? {
        let tokens = Text.tokens(head)
        guard
            let index = tokens.indices.dropFirst().first(where: {
                context.grammar.auxiliaries.contains(tokens[$0].lower)
            }),
            index <= SplitSeriesOfObjects.maxSubjectWords + 2
        else { return nil }
        let subject = String(head[tokens[0].range.lowerBound..<tokens[index - 1].range.upperBound])
        guard !subject.contains(","), !context.grammar.hasFiniteVerb(subject + ".") else { return nil }
        return subject
    }
}
