/// Turns a sentence that lists three or more things after a listing verb into a lead sentence and a
/// list: "Other causes include infections, metabolic disorders, and genetic conditions." →
/// "Other causes include:" and the items "Infections", "Metabolic disorders", "Genetic conditions".
/// Short items are read and measured as sentences, as the original articles already use lists.
///
/// List items are noun phrases that continue the lead sentence ending in ":", so the
/// complete-sentence guard does not apply to them; the other guards check lead and items together.
/// Listing verbs are in `word-classes.yml` (`seriesVerbs`).
struct TurnSeriesIntoList: Sendable {
    static let name = "TurnSeriesIntoList"

    /// The lead sentence and the items, or `nil` when `sentence` is not such a list.
    func split(_ sentence: String, context: RuleContext) -> (lead: String, items: [String])? {
        let verbs = context.data.words("seriesVerbs")
        let tokens = Text.tokens(sentence)
        guard let marker = tokens.firstIndex(where: { verbs.contains($0.lower) }), marker > 0,
            marker + 1 < tokens.count
        else { return nil }
        let lead = String(sentence[..<tokens[marker].range.upperBound]).trimmingWhitespace()
        guard context.grammar.isComplete(lead + " it.") else { return nil }
        let body = Text.body(String(sentence[tokens[marker + 1].range.lowerBound...]))
        guard !body.contains(";"), !body.contains(":") else { return nil }
        var items = body.components(separatedBy: ", ").map { $0.trimmingWhitespace() }
        guard items.count >= 3, var last = items.last else { return nil }
        for link in ["and ", "or "] where last.hasPrefix(link) { last = String(last.dropFirst(link.count)) }
        items[items.count - 1] = last
        // Every item is a phrase of its own: a comma inside an item ("A, which …") or an item that
        // starts a new clause means this is not a plain list.
        let openers = context.grammar.subordinators.union(context.grammar.danglingStarts)
        guard
            items.allSatisfy({ item in
                let words = Text.words(item)
                return !words.isEmpty && words.count <= 12 && !openers.contains(words[0])
            })
        else { return nil }
        return (lead + ":", items.map { Text.capitalized($0) })
    }
}
