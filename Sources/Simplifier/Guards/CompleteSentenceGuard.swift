import ContentModel

/// Every sentence a rewrite produces is a complete sentence with a verb (see ``Grammar``). A
/// fragment may stay a fragment (a list item such as "Feeding problems" with a word replaced), but a
/// split must never produce one.
struct CompleteSentenceGuard: MeaningGuard {
    static let name = "CompleteSentenceGuard"

    func check(before: String, after: String, context: GuardContext) -> String? {
        let splitter = SentenceSplitter()
        let originalSentences = splitter.sentences(in: before)
        let original = Set(originalSentences)
        let outputSentences = splitter.sentences(in: after)
        let wasComplete = originalSentences.allSatisfy(context.grammar.isComplete)
        let split = outputSentences.count > originalSentences.count
        for sentence in outputSentences where !original.contains(sentence) && !context.grammar.isComplete(sentence) {
            if wasComplete || split { return "“\(sentence)” is not a complete sentence" }
        }
        return nil
    }
}
