/// Splits a long sentence that ends in a series of long objects after its verb into one sentence
/// per object, repeating the verb: "Therapists use stretching exercises to loosen tight muscles,
/// games to help the baby turn, and play to build strength." → "Therapists use stretching
/// exercises to loosen tight muscles. They also use games to help the baby turn. They also use play
/// to build strength." Also a series of "what"/"how" clauses: "This page explains what X is, how it
/// starts, and how it is treated." → "This page explains what X is. It also explains how it starts. …"
///
/// Only an "and" series (an "or" series is a choice, and "also" would change it), only when at
/// least one item is long (`minLongItemWords`; shorter series read well in the sentence or become
/// a list), and only after a short subject with no clause of its own.
struct SplitSeriesOfObjects: SentenceRule {
    static let name = "SplitSeriesOfObjects"
    static let minLongItemWords = 5
    static let maxSubjectWords = 5
    static let whWords: Set<String> = ["what", "how", "why", "where", "when", "whether", "who", "which"]
    /// Auxiliaries and modals proper (the grammar's `auxiliaries` also lists verbs like "includes").
    static let trueAuxiliaries = TurnListItemsIntoSentences.trueAuxiliaries

    /// Prepositions that may hold a series inside an item.
    static let prepositions: Set<String> = [
        "of", "in", "on", "at", "between", "among", "according", "with", "for", "from", "by", "about", "into", "to",
    ]

    /// Prepositions that take a whole series after them.
    static let seriesPrepositions: Set<String> = ["between", "among", "according"]

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        guard Text.wordCount(sentence) > context.maxSentenceWords else { return nil }
        let body = Text.body(sentence)
        guard !body.contains(";"), !body.contains(":"), !body.contains("(") else { return nil }
        var pieces = body.components(separatedBy: ", ").map { $0.trimmingWhitespace() }
        guard pieces.count >= 3, pieces[pieces.count - 1].hasPrefix("and ") else { return nil }
        // A nested series ("A, B and C, D, and E") or an "or" inside makes the items unclear.
        guard !pieces.dropFirst().dropLast().contains(where: { $0.hasPrefix("and ") || $0.hasPrefix("or ") })
        else { return nil }
        pieces[pieces.count - 1] = String(pieces[pieces.count - 1].dropFirst(4))
        guard let (subject, verbGroup, firstItem) = split(head: pieces[0], context) else { return nil }
        // A series of things after "include" reads best as a list (`TurnSeriesIntoList`).
        if Text.words(verbGroup).contains(where: context.data.words("seriesVerbs").contains),
            TurnSeriesIntoList().split(sentence, context: context) != nil
        {
            return nil
        }
        let items = [firstItem] + pieces.dropFirst()
        // "… by covering bumps, by not sharing towels, clothing or toys, and by washing …": a choice
        // inside a part, or parts that open with a preposition, are no objects of the verb.
        if pieces.dropLast().contains(where: { $0.contains(" or ") })
            || pieces.dropFirst().contains(where: { piece in
                // (after an adverb too: "…, reportedly with some provisions, an iron pot, and …")
                let words = Text.words(piece).drop { $0.hasSuffix("ly") || context.grammar.adverbs.contains($0) }
                return words.first.map(Self.prepositions.contains) ?? false
            })
        {
            return nil
        }
        // "… describes conditions in which ducts narrow, tissue swells, and …": after a clause in the
        // first part, the later parts go on with that clause.
        if Text.words(firstItem).contains(where: Grammar.relativeWords.contains) { return nil }
        // "… the most common lump, affecting 1 in 500 babies, and they usually measure …": a part that
        // is a clause of its own ("they …") or a participle after a noun part is no object of the verb.
        let firstWords = items.map { Text.words($0).first ?? "" }
        if firstWords.dropFirst().contains(where: { context.grammar.subjects.contains($0) || $0 == "it" }) {
            return nil
        }
        // ("crusting of the eyelashes" is a thing; "affecting an estimated 1 in 500" takes an object.)
        let takesObject = items.dropFirst().contains { item in
            let words = Text.words(item)
            return words.count > 1 && words[0].hasSuffix("ing") && context.lexicon.isVerbForm(words[0])
                && (UsePlainNameAfterFirstMention.determiners.contains(words[1]) || words[1].first?.isNumber == true)
        }
        if !firstWords[0].hasSuffix("ing"), takesObject { return nil }
        let isWhSeries = Self.whWords.contains(Text.words(firstItem).first ?? "")
        // "… will listen to the lungs, count the breathing rate, and measure …", "… should avoid A,
        // refrain from B, and disinfect C": later parts that open with a verb are more predicates, not
        // more objects of the first verb, when a modal can govern them all. ("gentle handling" after
        // "includes" is a thing: WordNet also lists "gentle" as a verb.)
        let lexicon = context.lexicon
        let hasModal = Text.words(verbGroup).contains(where: context.data.words("modals").contains)
        let laterOpenWithVerb =
            hasModal
            && items.dropFirst().contains { item in
                Text.words(item).first.map { lexicon.verbLemmas.contains($0) && !$0.hasSuffix("s") } ?? false
            }
        if laterOpenWithVerb, !isWhSeries { return nil }
        // "It affects 10 percent of babies, typically begins at 2 weeks, peaks at 6 weeks, and …": later
        // parts that open with a verb like the first one (after an adverb) are more predicates.
        let groupVerb = Text.words(verbGroup).last ?? ""
        let laterPredicates = items.dropFirst().contains { item in
            let words = Text.words(item).drop { $0.hasSuffix("ly") || context.grammar.adverbs.contains($0) }
            guard let word = words.first else { return false }
            return word.hasSuffix("s") && groupVerb.hasSuffix("s") && lexicon.isVerbForm(word)
                && (Text.words(item).first != word || context.grammar.isClearVerbForm(word)
                    || lexicon.verbLemmas.contains(String(word.dropLast())))
        }
        if laterPredicates, !isWhSeries { return nil }
        let grammar = context.grammar
        // A long item other than the last: a long last item may only carry a phrase that belongs to
        // the whole series ("assess A, B, and C at every visit").
        // (A "what/how" clause carries no such phrase.)
        guard items.allSatisfy({ Text.wordCount($0) >= 2 }),
            (isWhSeries ? items[...] : items.dropLast()).contains(where: { Text.wordCount($0) >= Self.minLongItemWords }
            ),
            items.allSatisfy({ item in
                let first = Text.words(item).first ?? ""
                // Every item of a "what/how" series is such a clause; other items have no verb of their own.
                // (No auxiliary: the finite-verb test would take plural nouns such as "muscles" for verbs.)
                return isWhSeries
                    ? Self.whWords.contains(first)
                    : !Text.words(item).contains(where: Self.trueAuxiliaries.contains)
                        && !grammar.subordinators.contains(first)
            })
        else { return nil }
        // "according to the baby's age in hours, gestational age, and …", "an interaction between A,
        // B, and C": the series belongs to a preposition inside the first item, not to the verb.
        // (Items that each carry their own phrase, "A to …, B to …", keep the split.)
        if !isWhSeries {
            let firstWords = Text.words(firstItem)
            if Self.prepositions.contains(firstWords.first ?? ""),
                !items.dropFirst().allSatisfy({ Self.prepositions.contains(Text.words($0).first ?? "") })
            {
                return nil
            }
            // "between"/"among"/"according to" always take the series; another preposition does when
            // the other items are short bare nouns ("age in hours, gestational age, and …").
            if firstWords.contains(where: Self.seriesPrepositions.contains) { return nil }
            if firstWords.contains(where: Self.prepositions.contains),
                items.dropFirst().allSatisfy({ item in
                    Text.wordCount(item) <= 4 && !Text.words(item).contains(where: Self.prepositions.contains)
                })
            {
                return nil
            }
            // "base the diagnosis mainly on A, B, and C": an adverb before the preposition ties it to the verb.
            if zip(firstWords, firstWords.dropFirst()).contains(where: {
                $0.hasSuffix("ly") && Self.prepositions.contains($1)
            }) {
                return nil
            }
            // "reduce the risk by changing diapers, wiping …, and treating …": "-ing" items continue
            // the preposition's object, not the verb's.
            let prepositionBeforeIng = zip(firstWords, firstWords.dropFirst()).contains {
                Self.prepositions.contains($0) && $0 != "to" && $1.hasSuffix("ing")
            }
            if prepositionBeforeIng, !(firstWords.first?.hasSuffix("ing") ?? false),
                items.dropFirst().allSatisfy({ Text.words($0).first?.hasSuffix("ing") ?? false })
            {
                return nil
            }
        }
        // A subject with a clause of its own ("A therapist, who …, assesses …") or a later item that
        // points back ("… how doctors treat them") cannot be restarted with a pronoun.
        if subject.contains(",") || items.dropFirst().contains(where: { Text.words($0).contains("them") }) {
            return nil
        }
        let pronoun = Self.pronoun(for: subject, context)
        let restart = Self.restart(verbGroup, context)
        var out = [Text.sentence(subject + " " + verbGroup + " " + firstItem)]
        for item in items.dropFirst() {
            out.append(Text.sentence("\(pronoun) \(restart) \(item)"))
        }
        guard out.allSatisfy(grammar.isComplete) else { return nil }
        return out
    }

    /// The subject, the verb group ("use", "can injure", "explains") and the first item of `head`.
    func split(head: String, _ context: RuleContext) -> (String, String, String)? {
        let grammar = context.grammar
        let lexicon = context.lexicon
        let tokens = Text.tokens(head)
        guard tokens.count >= 3 else { return nil }
        let pronouns = context.data.words("singularPronouns").union(context.data.words("pluralPronouns"))
        let limit = min(tokens.count - 1, Self.maxSubjectWords + 2)
        // A listing verb or a true auxiliary is the surest verb ("Other acquired causes include …").
        let sure = (1..<limit).first(where: {
            Self.trueAuxiliaries.contains(tokens[$0].lower)
                || context.data.words("seriesVerbs").contains(tokens[$0].lower)
        })
        for index in 1..<limit {
            if let sure, index < sure { continue }
            let word = tokens[index].lower
            let prefix = tokens[0...index].map(\.text).joined(separator: " ")
            // "This includes …": a pronoun subject and its verb (the finite-verb test reads "this" as a
            // determiner).
            let afterPronoun =
                index == 1 && pronouns.contains(tokens[0].lower)
                && (context.data.words("seriesVerbs").contains(word)
                    || (lexicon.isVerbForm(word)
                        && !lexicon.baseForms(of: word).contains(where: lexicon.nounLemmas.contains)))
            // (An "-ing" word is never the finite verb: "Early spotting of …".)
            // The word itself must make the prefix finite ("… link is"), not an earlier word.
            let makesFinite =
                lexicon.isVerbForm(word) && grammar.hasFiniteVerb(prefix)
                && !grammar.hasFiniteVerb(tokens[0..<index].map(\.text).joined(separator: " "))
            guard !word.hasSuffix("ing"), grammar.auxiliaries.contains(word) || afterPronoun || makesFinite
            else { continue }
            // "-ed" before a noun is an adjective ("acquired causes"), not the verb.
            if word.hasSuffix("ed"), index + 1 < tokens.count, !Self.trueAuxiliaries.contains(word),
                lexicon.baseForms(of: tokens[index + 1].lower).contains(where: lexicon.nounLemmas.contains),
                !grammar.nonSubjects.contains(tokens[index + 1].lower)
            {
                continue
            }
            // "Learning exercises and …", "Other causes include …": an "-s" word that is also a noun is
            // the verb only after a plain noun ("Electromyography measures …").
            if !Self.trueAuxiliaries.contains(word), word.hasSuffix("s"), !afterPronoun,
                lexicon.baseForms(of: word).contains(where: lexicon.nounLemmas.contains)
            {
                let previous = tokens[index - 1].lower
                guard lexicon.baseForms(of: previous).contains(where: lexicon.nounLemmas.contains),
                    !previous.hasSuffix("ing"), !context.data.words("quantifiers").contains(previous)
                else { continue }
            }
            if !Self.trueAuxiliaries.contains(word), !afterPronoun, word.hasSuffix("s"), index + 1 < tokens.count,
                !context.data.words("seriesVerbs").contains(word)
            {
                let next = tokens[index + 1].lower
                if grammar.auxiliaries.contains(next) || context.data.words("seriesVerbs").contains(next)
                    || (lexicon.verbLemmas.contains(next) && !lexicon.nounLemmas.contains(next)
                        && !next.hasSuffix("ly"))
                {
                    continue
                }
            }
            let subjectTokens = tokens[..<index]
            // A subject with "and" ("hospitals and therapy centers offer …") may hide the verb among
            // its nouns; one with a clause of its own is not a plain subject.
            // A subject that opens with an "-ing" word is itself a list of actions ("Learning A, attending B, …").
            guard (1...Self.maxSubjectWords).contains(subjectTokens.count), !tokens[0].lower.hasSuffix("ing"),
                !subjectTokens.contains(where: {
                    grammar.subordinators.contains($0.lower) || Grammar.relativeWords.contains($0.lower)
                        || $0.lower == "and" || $0.lower == "or"
                })
            else { return nil }
            // A modal or auxiliary takes its verb along ("can injure"); adverbs in between stay.
            var end = index
            if Self.trueAuxiliaries.contains(word) {
                let verb = (index + 1..<min(tokens.count, index + 3)).first(where: {
                    lexicon.isVerbForm(tokens[$0].lower) && !tokens[$0].lower.hasSuffix("ly")
                })
                // "is" and "are" stand alone before what they say ("is key", "are the following").
                guard let verb = verb ?? (["is", "are", "was", "were"].contains(word) ? index : nil) else {
                    return nil
                }
                end = verb
            }
            // A preposition after the verb belongs to it for every item ("depends on A, B, and C").
            if end + 2 < tokens.count, context.data.words("verbPrepositions").contains(tokens[end + 1].lower) {
                end += 1
            }
            guard end + 1 < tokens.count else { return nil }
            let subject = String(head[tokens[0].range.lowerBound..<tokens[index - 1].range.upperBound])
            let verbGroup = String(head[tokens[index].range.lowerBound..<tokens[end].range.upperBound])
            let item = String(head[tokens[end + 1].range.lowerBound...])
            return (subject, verbGroup, item)
        }
        return nil
    }

    /// "They" for a plural or plural-pronoun subject, "It" otherwise; a pronoun subject is kept.
    static func pronoun(for subject: String, _ context: RuleContext) -> String {
        let words = Text.words(subject)
        if words.count == 1, ["they", "we", "you", "it", "he", "she"].contains(words[0]) {
            return Text.capitalized(words[0])
        }
        guard let head = words.last else { return "It" }
        if context.data.words("singularPronouns").contains(head) { return "It" }
        if context.data.words("pluralPronouns").contains(head) { return "They" }
        return context.lexicon.looksPlural(head) ? "They" : "It"
    }

    /// "use" → "also use"; "can injure" → "can also injure"; "is" → "is also".
    static func restart(_ verbGroup: String, _ context: RuleContext) -> String {
        let words = verbGroup.split(separator: " ").map(String.init)
        guard let first = words.first else { return "also" }
        // "may also notice" has its "also" already.
        if words.contains(where: { $0.lowercased() == "also" }) { return verbGroup }
        // "also" follows an auxiliary or modal ("can also injure", "is also") and precedes a verb
        // ("also use", "also depends on").
        if trueAuxiliaries.contains(first.lowercased()) {
            return ([first, "also"] + words.dropFirst()).joined(separator: " ")
        }
        return (["also"] + words).joined(separator: " ")
    }
}
