/// Every negation of the original ("not", "no", "never", "without", "cannot", "unlike" …, listed in
/// `word-classes.yml`) is still there, as often as before, and still in front of the same word:
/// "not all cases" must not become "all cases" nor "all cases are not".
struct NegationGuard: MeaningGuard {
    static let name = "NegationGuard"

    func check(before: String, after: String, context: GuardContext) -> String? {
        let negations = context.data.words("negations")
        let old = context.canonicalWords(before)
        let new = context.canonicalWords(after)
        let oldCounts = counted(old.filter(negations.contains))
        let newCounts = counted(new.filter(negations.contains))
        if oldCounts != newCounts {
            let lost =
                oldCounts.keys.filter { oldCounts[$0] != newCounts[$0] }
                + newCounts.keys.filter {
                    oldCounts[$0] == nil
                }
            return "negation changed: “\(lost.sorted().joined(separator: "”, “"))”"
        }
        // Scope: the word each negation applies to still follows it.
        let oldPairs = counted(pairs(old, negations))
        let newPairs = counted(pairs(new, negations))
        for (pair, count) in oldPairs where (newPairs[pair] ?? 0) < count {
            return "“\(pair)” no longer reads that way: the negation's scope moved"
        }
        return nil
    }

    private func pairs(_ words: [String], _ negations: Set<String>) -> [String] {
        words.indices.compactMap { index in
            negations.contains(words[index]) && index + 1 < words.count ? words[index] + " " + words[index + 1] : nil
        }
    }
}
