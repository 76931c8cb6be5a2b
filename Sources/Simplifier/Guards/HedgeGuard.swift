/// Every hedge and frequency word ("may", "might", "can", "often", "rarely", "some", "most",
/// "usually" …, listed in `word-classes.yml`) is kept at least as often as before, and none is
/// added: "may cause" must not become "causes", and "some children" must not become "children".
struct HedgeGuard: MeaningGuard {
    static let name = "HedgeGuard"

    func check(before: String, after: String, context: GuardContext) -> String? {
        let hedges = context.data.words("hedges")
        let old = counted(context.canonicalWords(before).filter(hedges.contains))
        let new = counted(context.canonicalWords(after).filter(hedges.contains))
        for (word, count) in old where (new[word] ?? 0) < count {
            return "hedge “\(word)” was lost"
        }
        // A hedge the original already has may be repeated: splitting "Parents can offer A, and burp
        // B" repeats "can" over the same scope. A hedge the original lacks is new meaning.
        for word in new.keys where old[word] == nil {
            return "hedge “\(word)” was added"
        }
        return nil
    }
}
