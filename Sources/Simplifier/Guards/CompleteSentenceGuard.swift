import ContentModel

/// Every sentence a rewrite produces is a complete sentence with a verb (see ``Grammar``), unless
/// the original was itself a fragment (a list item such as "Feeding problems").
struct CompleteSentenceGuard: MeaningGuard {
    static let name = "CompleteSentenceGuard"

    func check(before: String, after: String, context: GuardContext) -> String? {
        let splitter = SentenceSplitter()
        let original = Set(splitter.sentences(in: before))
        for sentence in splitter.sentences(in: after) where !original.contains(sentence) {
            if !context.grammar.isComplete(sentence) {
                let wasComplete = splitter.sentences(in: before).allSatisfy(context.grammar.isComplete)
                if wasComplete { return "“\(sentence)” is not a complete sentence" }
            }
        }
        return nil
    }
}
