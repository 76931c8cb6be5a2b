/// Splits a sentence that opens with a condition or a time clause into the main clause and a
/// second sentence that keeps the condition: "When cervical dystonia is present, babies may
/// struggle." → "Babies may struggle. This happens when cervical dystonia is present." The main
/// clause comes first so the condition is never stated as a fact on its own. Openers and the
/// sentence that restarts them are in `split-joints.yml` (`conditions`).
struct SplitConditionalClauses: SentenceRule {
    static let name = "SplitConditionalClauses"

    /// "This happens" says that something is done; after a clause with a modal ("should occur", "may
    /// struggle") it would state as fact what was only advised or possible, so "This is true" follows.
    static func lead(_ lead: String, after main: String, _ context: RuleContext) -> String {
        guard lead == "This happens", Text.words(main).contains(where: context.data.words("modals").contains) else {
            return lead
        }
        return "This is true"
    }

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        // A list's lead-in ("When treatment is chosen, the options include:") stays right before its items.
        guard !sentence.hasSuffix(":") else { return nil }
        // "However, when X, Y." → "However, Y. This happens when X.": a linking word before the
        // condition (`sentenceLinks` in `word-classes.yml`) stays in front of the main clause.
        let leading = Text.tokens(sentence)
        if leading.count > 3, context.data.words("sentenceLinks").contains(leading[0].lower) {
            let afterLink = sentence[leading[0].range.upperBound...]
            let link = String(sentence[..<leading[0].range.upperBound])
            let comma = afterLink.hasPrefix(",")
            let rest = String(afterLink.dropFirst(comma ? 1 : 0)).trimmingWhitespace()
            guard let split = rewrite(Text.capitalized(rest), context: &context) else { return nil }
            return [Text.sentence(link + (comma ? ", " : " ") + context.decapitalized(split[0]))] + split.dropFirst()
        }
        let words = Text.words(sentence)
        let tokens = Text.tokens(sentence)
        for joint in context.data.conditionJoints {
            let opener = Text.words(joint.marker)
            guard Text.matches(opener, in: words, at: 0) else { continue }
            let start = tokens[opener.count - 1].range.upperBound
            var search = start
            // Try each comma from the left: the first one after which the main clause is a sentence.
            while let comma = sentence[search...].firstIndex(of: ",") {
                search = sentence.index(after: comma)
                let clause = String(sentence[tokens[0].range.lowerBound..<comma])
                let main = Text.sentence(String(sentence[search...]).trimmingWhitespace())
                // A condition with commas of its own is a list ("When A, B, or C happen"); after
                // "After birth, the cord, which …, is cut" the main clause has begun.
                if clause.components(separatedBy: ", ").dropFirst().contains(where: { piece in
                    Text.words(piece).first.map {
                        Grammar.relativeWords.contains($0) || context.grammar.subordinators.contains($0)
                    } ?? false
                }) {
                    break
                }
                // "When A, or when B, doctors give glucose, often starting with …": once a piece after
                // the first comma is a clause of its own, the main clause has begun and is passed.
                if clause.components(separatedBy: ", ").dropFirst().contains(where: { piece in
                    guard let first = Text.words(piece).first, !["and", "or", "but"].contains(first) else {
                        return false
                    }
                    return context.grammar.hasFiniteVerb(Text.sentence(piece))
                        && context.grammar.isComplete(Text.sentence(piece))
                }) {
                    break
                }
                // "…, leaving a short stump" or "…, often starting with …": a participle (after an
                // adverb, too) is no main clause.
                let mainOpeners = Text.words(main).drop(while: {
                    $0.hasSuffix("ly") || context.grammar.adverbs.contains($0)
                })
                if let first = mainOpeners.first, first.hasSuffix("ing"), context.lexicon.isVerbForm(first) {
                    continue
                }
                let condition = Text.sentence(
                    Self.lead(joint.lead, after: String(sentence[search...]), context) + " "
                        + context.decapitalized(clause))
                // The main clause has its verb before its first comma; otherwise this comma is inside a
                // list of the condition ("When A, B, or C happen, …").
                let rest = sentence[search...]
                let segment = rest[..<(rest.firstIndex(of: ",") ?? rest.endIndex)]
                // "When medicine is used, doctors prescribe it …": "it" points into the condition, so
                // the main clause cannot come first.
                let mainWords = Text.words(main)
                // An instruction or advice ("Call Poison Control …", "Parents should …") must not be
                // read without its condition.
                let opensWithVerb =
                    mainWords.first.map {
                        context.lexicon.verbLemmas.contains($0) && !$0.hasSuffix("s") && !$0.hasSuffix("ed")
                            && !$0.hasSuffix("ing")
                    } ?? false
                if context.grammar.isImperative(mainWords) || opensWithVerb || mainWords.contains("should")
                    || mainWords.contains("must")
                {
                    return nil
                }
                if mainWords.contains("it") || mainWords.contains("them") || mainWords.contains("they") { return nil }
                // A main clause that later rules split further would leave the condition after its
                // last part only ("…. This is followed by a cast. This is true if the harness fails."):
                // such a sentence keeps its condition in front.
                // (A comma in the main clause, before a participle or an example list, is such a split too.)
                if Text.wordCount(main) > context.maxSentenceWords + MoveIntroductoryPhrases.maxExtraMainWords
                    || main.contains(",") || RuleCatalog.splitsFurther(main, context)
                {
                    continue
                }
                guard let first = mainWords.first, !context.grammar.danglingStarts.contains(first),
                    context.grammar.hasFiniteVerb(String(segment)),
                    context.grammar.isComplete(main),
                    context.grammar.hasFiniteVerb(String(sentence[start..<comma]) + ".")
                else { continue }
                return [main, condition]
            }
        }
        return nil
    }
}
