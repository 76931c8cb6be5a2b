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
            if word == "some", Self.namesTheClauseGroup(before: before, after: after) { continue }
            if Self.leadsAFrontedCondition(word, before: before, after: after, context.data) { continue }
            return "hedge “\(word)” was added"
        }
        return nil
    }

    /// "Babies who start early do best." → "Some babies start early. These babies do best.": the
    /// new "Some" picks out the group the restrictive clause named (`SplitRelativeClausesInSubjects`),
    /// and "these babies" keeps the claim on that group alone, so no hedge is added.
    static func namesTheClauseGroup(before: String, after: String) -> Bool {
        let old = Text.words(before)
        let new = Text.words(after)
        guard new.first == "some", new.filter({ $0 == "some" }).count == 1,
            let noun = old.indices.first(where: { $0 + 1 < old.count && ["who", "that"].contains(old[$0 + 1]) })
                .map({ old[$0] }),
            new.prefix(SplitRelativeClausesInSubjects.maxSubjectWords + 1).contains(noun)
        else { return false }
        return Text.occurrences(of: "these " + noun, in: after).count == 1
    }

    /// "When X, Y." → "Sometimes X. Then Y." (`SplitFrontedConditions`): the lead stands for the
    /// condition's opener, once, at the start of the first sentence.
    static func leadsAFrontedCondition(_ word: String, before: String, after: String, _ data: SimplifierData) -> Bool {
        // (The rule's own connectors stand in front: "However, when …" → "However, sometimes …".)
        let connectors = Set(SplitFrontedConditions.connectors.flatMap(Text.words))
        let old = Text.words(before).drop(while: connectors.contains)
        let new = Text.words(after).drop(while: connectors.contains)
        return data.frontedConditions.contains { condition in
            let lead = Text.words(condition.lead)
            return old.first == condition.opener && lead == [word] && new.first == word
                && new.filter { $0 == word }.count == 1 && Text.words(after).contains(condition.link.lowercased())
        }
    }
}
