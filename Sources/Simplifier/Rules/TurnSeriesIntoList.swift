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
    /// One-word items ("labor", "birth") read as well inside the sentence. Two-word items after a
    /// listing verb ("metabolic disorders") make a list when the series is long enough to need one.
    static let minItemWords = 2
    /// A list found without a listing verb ("… can injure A, B, or C") is less sure to be a list of
    /// things, so its items must be longer ("find their way, know …" are verb phrases).
    static let minObjectItemWords = 3

    /// The lead sentence and the items, or `nil` when `sentence` is not such a list.
    func split(_ sentence: String, context: RuleContext) -> (lead: String, items: [String])? {
        conditionSeries(sentence, context) ?? afterListingVerb(sentence, context) ?? objectList(sentence, context)
            ?? subjectList(sentence, context)
    }

    /// "Learning exercises from therapists, attending regular visits, and seeing changes help improve
    /// results." → "The following help improve results:" and one item per part of the subject. Only a
    /// subject of three or more parts joined by "and" that opens the sentence, with items of
    /// `minSubjectItemWords` words on average, none with a verb of its own.
    private func subjectList(_ sentence: String, _ context: RuleContext) -> (lead: String, items: [String])? {
        let body = Text.body(sentence)
        guard !body.contains(";"), !body.contains(":"), !body.contains("(") else { return nil }
        let pieces = body.components(separatedBy: ", ").map { $0.trimmingWhitespace() }
        guard pieces.count >= 3, let last = pieces.last, last.hasPrefix("and ") else { return nil }
        let grammar = context.grammar
        // The subject's verb is the first auxiliary ("are", "can", "help") or clear verb form
        // ("raised") in the last part: plural nouns such as "changes" look like verbs too.
        let lastTokens = Text.tokens(String(last.dropFirst(4)))
        func isVerb(_ word: String) -> Bool { grammar.auxiliaries.contains(word) || grammar.isClearVerbForm(word) }
        guard let verbIndex = lastTokens.indices.dropFirst().first(where: { isVerb(lastTokens[$0].lower) }) else {
            return nil
        }
        let lastText = String(last.dropFirst(4))
        let lastItem = String(lastText[..<lastTokens[verbIndex].range.lowerBound]).trimmingWhitespace()
        let predicate = String(lastText[lastTokens[verbIndex].range.lowerBound...])
        let items = Array(pieces.dropLast()) + [lastItem]
        let openers = grammar.subordinators.union(grammar.danglingStarts)
            .union(context.data.words("sentenceLinks")).union(SplitSeriesOfObjects.prepositions)
        let wordCounts = items.map(Text.wordCount)
        guard
            items.allSatisfy({ item in
                let words = Text.words(item)
                return words.count >= 2 && words.count <= 10 && !openers.contains(words[0])
                    && !words[0].hasSuffix("ly") && !grammar.adverbs.contains(words[0])
                    && !words.dropFirst().contains(where: isVerb) && !words.contains("or")
                    && !words.contains(where: Grammar.relativeWords.contains)
            }),
            Double(wordCounts.reduce(0, +)) / Double(items.count) >= Self.minSubjectItemWords,
            // A plural verb: the parts together are the subject ("… help", "… are"), not the last one.
            let verb = Text.words(predicate).first, !["is", "was", "has", "does"].contains(verb), !verb.hasSuffix("s"),
            !verb.hasSuffix("s") || ["was", "has"].contains(verb) == false && !grammar.isClearVerbForm(verb)
        else { return nil }
        let lead = "The following " + predicate
        guard grammar.isComplete(Text.sentence(lead)) else { return nil }
        return (lead + ":", items.map { Text.capitalized($0) })
    }

    /// The fewest words a subject's parts have on average to make a list ("hard births, long labor,
    /// malpresentation, …" are short enough to stay in the sentence).
    static let minSubjectItemWords = 3.0

    /// "Call for help if the seizure lasts 5 minutes, if the child cannot breathe, or if …" → "Call
    /// for help in any of these cases:" and one item per condition, each a full sentence. Only a
    /// choice ("…, or if …") of three or more conditions with the same opener (`seriesConditions`
    /// in `word-classes.yml`).
    private func conditionSeries(_ sentence: String, _ context: RuleContext) -> (lead: String, items: [String])? {
        let body = Text.body(sentence)
        guard !body.contains(";"), !body.contains(":") else { return nil }
        var pieces = body.components(separatedBy: ", ").map { $0.trimmingWhitespace() }
        guard pieces.count >= 3 else { return nil }
        for opener in context.data.words("seriesConditions") {
            guard pieces.dropFirst().dropLast().allSatisfy({ $0.hasPrefix(opener + " ") }),
                pieces[pieces.count - 1].hasPrefix("or \(opener) "),
                let range = pieces[0].range(of: " \(opener) ")
            else { continue }
            let main = String(pieces[0][..<range.lowerBound])
            pieces[0] = String(pieces[0][range.upperBound...])
            pieces[pieces.count - 1] = String(pieces[pieces.count - 1].dropFirst(3))
            var items = [pieces[0]]
            for piece in pieces.dropFirst() { items.append(String(piece.dropFirst(opener.count + 1))) }
            let sentences = items.map { Text.sentence(Text.capitalized($0.trimmingWhitespace())) }
            guard context.grammar.isComplete(Text.sentence(main)),
                sentences.allSatisfy(context.grammar.isComplete)
            else { return nil }
            return (Text.capitalized(main) + " in any of these cases:", sentences)
        }
        return nil
    }

    /// "Traction can injure the brachial plexus, spinal cord, or cervical nerves." → "Traction can
    /// injure any of the following:" and three items. The list must end the sentence and start right
    /// after a verb or a preposition (`listHeads` in `word-classes.yml`); its items are short phrases.
    private func objectList(_ sentence: String, _ context: RuleContext) -> (lead: String, items: [String])? {
        let body = Text.body(sentence)
        guard !body.contains(";"), !body.contains(":"), let firstComma = body.firstIndex(of: ",") else { return nil }
        var pieces = body[firstComma...].dropFirst().components(separatedBy: ", ").map { $0.trimmingWhitespace() }
        guard pieces.count >= 2, var last = pieces.last else { return nil }
        var isChoice = false
        if last.hasPrefix("and ") {
            last = String(last.dropFirst(4))
        } else if last.hasPrefix("or ") {
            last = String(last.dropFirst(3))
            isChoice = true
        } else {
            return nil
        }
        pieces[pieces.count - 1] = last
        // The first item starts after the last verb or list head before the first comma.
        let tokens = Text.tokens(String(body[..<firstComma]))
        let heads = context.data.words("listHeads")
        // The nearest head that leaves a whole first item: in "shows lasting head tilting, …" the
        // "-ing" word ends the item and "shows" is the head.
        guard
            let head = tokens.indices.reversed().first(where: { index in
                let word = tokens[index].lower
                let isHead =
                    heads.contains(word)
                    || (index > 0 && !context.grammar.nonSubjects.contains(tokens[index - 1].lower)
                        && word.hasSuffix("ing") && context.lexicon.isVerbForm(word))
                return isHead && tokens.count - index - 1 >= Self.minObjectItemWords
            }), head + 1 < tokens.count, tokens[head].lower != "to"
        else { return nil }
        let headEnd = body.index(
            body.startIndex,
            offsetBy: String(body[..<firstComma]).distance(
                from: String(body[..<firstComma]).startIndex, to: tokens[head].range.upperBound))
        let first = String(body[headEnd..<firstComma]).trimmingWhitespace()
        let items = [first] + pieces
        // After an "-ing" head ("keeping the child comfortable, well hydrated, and …") the items may
        // be the verb's complements: each must open like a thing, with a determiner or a noun.
        if !heads.contains(tokens[head].lower) {
            let determiners = UsePlainNameAfterFirstMention.determiners
            guard
                items.allSatisfy({ item in
                    guard let word = Text.words(item).first else { return false }
                    return determiners.contains(word)
                        || context.lexicon.nounLemmas.contains(word)
                            && !context.lexicon.isVerbForm(word)
                })
            else { return nil }
        }
        let openers = context.grammar.subordinators.union(context.grammar.danglingStarts)
        guard
            items.allSatisfy({ item in
                let words = Text.words(item)
                return words.count >= Self.minObjectItemWords && words.count <= 7 && !openers.contains(words[0])
                    && !words.contains("and") && !words.contains("or") && isThing(words[0], context)
                    && !opensWithVerbOrAdverb(words, context)
                    // A clause inside an item ("babies whose signs are severe") or a negated item
                    // would read wrongly after "the following:".
                    && !words.contains(where: openers.contains) && words[0] != "not"
            })
        else { return nil }
        let leadWords = isChoice ? "any of the following" : "the following"
        let lead = Text.capitalized(String(body[..<headEnd]).trimmingWhitespace()) + " " + leadWords
        guard context.grammar.isComplete(lead + ".") else { return nil }
        return (lead + ":", items.map { Text.capitalized($0) })
    }

    private func afterListingVerb(_ sentence: String, _ context: RuleContext) -> (lead: String, items: [String])? {
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
        // A series ends with "and"/"or" before its last item ("A, the common form" is no series).
        guard items.count >= 3, var last = items.last, last.hasPrefix("and ") || last.hasPrefix("or ") else {
            return nil
        }
        for link in ["and ", "or "] where last.hasPrefix(link) { last = String(last.dropFirst(link.count)) }
        items[items.count - 1] = last
        // "keeping the child comfortable, well hydrated, and …": after a first item that opens with
        // an "-ing" verb, items that do not are that verb's complements, not things of the list.
        // "pressure on the breast from a tight bra, a bag strap, or …": when the first part ends in a
        // phrase opened like the later parts ("from a …" / "a …"), the series is that phrase's.
        let determiners = UsePlainNameAfterFirstMention.determiners
        let firstWords = Text.words(items[0])
        if let inner = firstWords.indices.dropFirst().first(where: {
            SplitSeriesOfObjects.prepositions.union(["from"]).contains(firstWords[$0])
                && $0 + 1 < firstWords.count && determiners.contains(firstWords[$0 + 1])
        }), inner > 0,
            items.dropFirst().contains(where: { Text.words($0).first.map(determiners.contains) ?? false })
        {
            return nil
        }
        let startsWithIng = items.map { Text.words($0).first?.hasSuffix("ing") ?? false }
        if startsWithIng[0], startsWithIng.contains(false) { return nil }
        // Every item is a phrase of its own: a comma inside an item ("A, which …") or an item that
        // starts a new clause means this is not a plain list.
        let openers = context.grammar.subordinators.union(context.grammar.danglingStarts)
        guard
            items.allSatisfy({ item in
                let words = Text.words(item)
                return words.count >= Self.minItemWords && words.count <= 12 && !openers.contains(words[0])
                    && isThing(words[0], context) && !opensWithVerbOrAdverb(words, context)
            })
        else { return nil }
        return (lead + ":", items.map { Text.capitalized($0) })
    }

    /// Whether an item opens like a predicate ("usually begins at 2 weeks", "peaks at 6 weeks"): more
    /// verbs of the sentence's subject, not things of a list.
    private func opensWithVerbOrAdverb(_ words: [String], _ context: RuleContext) -> Bool {
        guard let first = words.first else { return false }
        if first.hasSuffix("ly") || context.grammar.adverbs.contains(first) { return true }
        return first.hasSuffix("s") && !first.hasSuffix("ss") && words.count > 1
            && context.lexicon.isVerbForm(first) && SplitSeriesOfObjects.prepositions.contains(words[1])
    }

    /// Whether an item starting with `word` names a thing: a WordNet noun, or no verb at all. A verb
    /// phrase ("know their child's problem", "reserved for …") is not a thing in a list.
    private func isThing(_ word: String, _ context: RuleContext) -> Bool {
        let lexicon = context.lexicon
        return lexicon.baseForms(of: word).contains(where: lexicon.nounLemmas.contains) || !lexicon.isVerbForm(word)
    }
}
