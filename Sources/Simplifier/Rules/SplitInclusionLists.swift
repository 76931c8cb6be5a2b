/// Moves an inclusion list at the end of a sentence into its own sentence: "… other conditions,
/// such as meningitis or encephalitis." → "… other conditions. Some examples are meningitis or
/// encephalitis." Markers and lead-ins are in `split-joints.yml` (`inclusions`).
///
/// Without a comma before the marker the list may end before the sentence does ("include infections
/// such as meningitis, metabolic disorders, …"), so it is split only when no comma follows or no
/// listing verb comes before it.
struct SplitInclusionLists: SentenceRule {
    static let name = "SplitInclusionLists"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        for marker in context.data.inclusionMarkers {
            for range in Text.occurrences(of: marker.marker, in: sentence) {
                let before = sentence[..<range.lowerBound]
                // Inside brackets ("(such as crossing their legs)") the list belongs to the brackets.
                if before.filter({ $0 == "(" }).count > before.filter({ $0 == ")" }).count { continue }
                let list = String(sentence[range.upperBound...]).trimmingWhitespace()
                // A list item stays one item; "such as some products" names no example.
                if context.inListItem { continue }
                if let first = Text.words(list).first, context.data.words("quantifiers").contains(first) { continue }
                // "…, including the following." names no list of its own.
                if Text.words(list).first == "the", Text.words(list).dropFirst().first == "following" { continue }
                let afterComma = before.hasSuffix(", ")
                // A series without a comma before the marker is the marker's own only when no listing
                // verb comes before it: "access benefits such as A, B, and C", but not "causes include
                // infections such as meningitis, metabolic disorders, and …".
                let seriesVerbs = context.data.words("seriesVerbs")
                // ("corticosteroids such as prednisolone, and vigabatrin": one comma before "and" joins a
                // second item to the noun before "such as", not a second example; a series of its own
                // has three items or more.)
                let ownSeries =
                    !Text.words(String(before)).contains(where: seriesVerbs.contains)
                    && Text.commaIndices(list).count >= 2
                    && Text.words(String(list[(list.lastIndex(of: ",") ?? list.startIndex)...])).first.map {
                        $0 == "and" || $0 == "or"
                    } == true
                guard afterComma || !list.contains(",") || ownSeries, Text.wordCount(list) >= 1 else { continue }
                // Without a comma the list must end the sentence: a verb after it ("… such as A or B
                // allows …") means the sentence goes on.
                if !afterComma, context.grammar.hasFiniteVerb(list) { continue }
                // After a comma the list must run to the end: its last comma is followed by "and"/"or",
                // not by the sentence's verb ("…, such as A, allows doctors to …").
                if let lastComma = list.lastIndex(of: ","),
                    let next = Text.words(String(list[lastComma...])).first, next != "and", next != "or"
                {
                    continue
                }
                // "…, or paper, and which may raise …": a second relative clause of the noun before the
                // list goes on after it.
                if let lastComma = list.lastIndex(of: ","),
                    Text.words(String(list[lastComma...])).prefix(2).contains(where: Grammar.relativeWords.contains)
                {
                    continue
                }
                // ", and should be …" after the list is the sentence's own verb, not a last item.
                if let lastComma = list.lastIndex(of: ","), Text.words(String(list[lastComma...])).count > 1,
                    context.grammar.auxiliaries.contains(Text.words(String(list[lastComma...]))[1])
                {
                    continue
                }
                let main = Text.sentence(before)
                // A list item such as "Conditions that impair absorption, such as celiac disease" is
                // no sentence: cutting it would leave a fragment on its own.
                guard context.grammar.isComplete(main) else { continue }
                // One example takes the singular lead ("An example is a tight band"), from `single:`.
                let words = Text.words(list)
                let isSingle = !list.contains(",") && !words.contains("and") && !words.contains("or")
                var lead = isSingle ? (context.data.singleInclusionLeads[marker.marker] ?? marker.lead) : marker.lead
                // "… electrolyte disturbances, including …": the plural noun is what "These" names.
                if !isSingle, let plural = context.data.pluralInclusionLeads[marker.marker],
                    let noun = Text.words(main).last, context.lexicon.isPluralNoun(noun),
                    !context.data.words("units").contains(noun)
                {
                    lead = plural
                }
                return [main, Text.sentence(lead + " " + list)]
            }
        }
        return nil
    }
}
