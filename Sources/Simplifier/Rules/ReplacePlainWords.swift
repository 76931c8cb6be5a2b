/// Replaces hard words and phrases with everyday ones from `Content/simplifier/plain-words.yml`
/// ("approximately" → "about", "infants" → "babies", "was recommended" → "was advised").
///
/// The list holds base forms; inflected words are matched through their hunspell stems or WordNet
/// irregular forms and the replacement gets the same ending. Glossary terms are never touched,
/// so a family can still say the medical name to their doctor.
struct ReplacePlainWords: SentenceRule {
    static let name = "ReplacePlainWords"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let tokens = Text.tokens(sentence)
        let words = tokens.map(\.lower)
        let protected = protectedTokens(tokens, context.data)
        var edits: [(Range<String.Index>, String)] = []
        var index = 0
        while index < tokens.count {
            // A capitalized word inside the sentence is a name ("American Academy of Pediatrics").
            if protected.contains(index) || (index > 0 && Self.isName(tokens[index].text)) {
                index += 1
                continue
            }
            if let phrase = context.data.phraseTable.first(where: { Text.matches($0.words, in: words, at: index) }),
                !(index..<(index + phrase.words.count)).contains(where: protected.contains)
            {
                let range = tokens[index].range.lowerBound..<tokens[index + phrase.words.count - 1].range.upperBound
                edits.append((range, cased(phrase.replacement, like: tokens[index].text)))
                index += phrase.words.count
                continue
            }
            // "more difficult" must not become "more hard": comparatives keep their adjective; so do
            // technical pairs ("hemodynamically significant").
            let afterComparative =
                index > 0
                && (["more", "most", "less", "least"].contains(words[index - 1])
                    || words[index - 1].hasSuffix("ically"))
            // An "-ly" adverb becomes a phrase only where a phrase can stand, at the end of its clause
            // ("relax muscles for a while.", "… right away if …"): not inside "to relax" ("to for a
            // while relax"), before a verb ("for a while weakens") or a describing word ("all the time
            // low levels").
            // (A comma after the adverb ends its clause too: "… right away, even if …".)
            let nextWord =
                index + 1 < words.count && !sentence[tokens[index].range.upperBound...].hasPrefix(",")
                ? words[index + 1] : ""
            let misplacedPhrase =
                words[index].hasSuffix("ly")
                && (replacement(for: tokens[index].text, context)?.contains(" ") ?? false)
                && !nextWord.isEmpty
                && !SplitSeriesOfObjects.prepositions.contains(nextWord)
                && !context.grammar.subordinators.contains(nextWord) && !Self.phraseFollowers.contains(nextWord)
            if !afterComparative, !misplacedPhrase, var replacement = replacement(for: tokens[index].text, context),
                !Self.isNounPosition(tokens, index, context) || !isVerbOnly(tokens[index].text, context)
            {
                // After "is", "has" … a past form is a participle: "is not fully understood" → "… known", not "knew".
                // So is the replacement of a participle proper ("diets undertaken …" → "taken on", not "took on").
                let before = words[max(0, index - 3)..<index]
                let isParticiple =
                    context.lexicon.irregularBase[words[index]].flatMap {
                        context.lexicon.irregularParticiple[$0]
                    } == words[index]
                // And so is an "-ed" form with no object after it ("a vaccine administered between …"
                // → "given", not "gave").
                let next = index + 1 < words.count ? words[index + 1] : ""
                // ("proceed", "exceed", "need": a base form in "-ed" is no past form.)
                let edForm = words[index].hasSuffix("ed") && !context.lexicon.verbLemmas.contains(words[index])
                // ("the antibodies they received from …": after a subject pronoun it is a past tense.)
                let afterPronoun =
                    index > 0 && ["i", "we", "you", "they", "he", "she", "it"].contains(words[index - 1])
                let noObject =
                    edForm && index > 0 && !afterPronoun
                    && (next.isEmpty
                        || SplitSeriesOfObjects.prepositions.union([
                            "between", "during", "after", "before", "as", "under", "within", "without", "over",
                            "through",
                        ]).contains(next))
                // "Therefore" → "So" opens a sentence; inside one ("Treatment therefore focuses") it cannot.
                if replacement == "so", index > 0, words[index - 1] != "and" {
                    index += 1
                    continue
                }
                // Only a past form becomes a participle ("an inflammation" after "is" is a noun).
                let isPastForm = edForm || context.lexicon.irregularBase[words[index]] != nil
                if isPastForm, !afterPronoun || isParticiple,
                    before.contains(where: context.data.words("perfectAuxiliaries").contains) || isParticiple
                        || noObject,
                    let past = replacement.split(separator: " ").first.map(String.init),
                    let base = context.lexicon.irregularBase[past]
                        ?? context.lexicon.baseForms(of: past).first(where: {
                            context.lexicon.irregularParticiple[$0] != nil
                        }),
                    let participle = context.lexicon.irregularParticiple[base]
                {
                    // ("is indicated" → "is shown": "showed" is a regular past, its participle is not.)
                    replacement = participle + replacement.dropFirst(past.count)
                }
                // "particularly important" → "very important": before an adjective the emphasis is a degree.
                // (Not before a preposition, "especially during …", nor before a word that is replaced
                // itself, "particularly vulnerable to" → "at risk of".)
                let nextIsReplaced =
                    context.data.plainWords[next] != nil || context.data.phraseTable.contains { $0.words.first == next }
                if ["particularly", "especially"].contains(words[index]), !next.isEmpty, !nextIsReplaced,
                    context.data.words("adjectiveEndings").union(["ing"]).contains(where: { next.hasSuffix($0) }),
                    !context.lexicon.nounLemmas.contains(next),
                    !SplitSeriesOfObjects.prepositions.union(context.grammar.subordinators).union(["during", "among"])
                        .contains(next)
                {
                    replacement = "very"
                }
                // A degree word before a comparative is "much": "a considerably larger share" → "a
                // much larger share", not "a a lot larger share".
                if ["a lot", "greatly"].contains(replacement),
                    next.count > 3 && next.hasSuffix("er") || ["more", "less", "fewer"].contains(next)
                {
                    replacement = "much"
                }
                // "Irritability and fussiness" must not become "fussiness and fussiness" (nor "pain or
                // discomfort" "pain or pain").
                let links: Set<String> = ["and", "or"]
                let following =
                    index + 2 < words.count && links.contains(words[index + 1]) ? [words[index + 2]] : []
                let preceding = index >= 2 && links.contains(words[index - 1]) ? [words[index - 2]] : []
                // A noun's replacement for a verb form ("conditioned hair" is no "problemed hair").
                // (The replacement came out as "-ed"/"-ing" of a noun that is no verb.)
                let replacedFirst = String(replacement.split(separator: " ").first ?? "")
                let verbFormOfNoun =
                    (replacedFirst.hasSuffix("ed") || replacedFirst.hasSuffix("ing"))
                    && (words[index].hasSuffix("ed") || words[index].hasSuffix("ing"))
                    && !context.lexicon.isVerbForm(replacedFirst)
                if following.contains(replacement) || preceding.contains(replacement) || verbFormOfNoun {
                    index += 1
                    continue
                }
                edits.append((tokens[index].range, cased(replacement, like: tokens[index].text)))
            }
            index += 1
        }
        guard !edits.isEmpty else { return nil }
        var text = sentence
        for (range, replacement) in edits.reversed() { text.replaceSubrange(range, with: replacement) }
        return [Text.sentence(Self.fixingArticles(text))]
    }

    /// The plain replacement of one word, inflected like it, or `nil`.
    private func replacement(for word: String, _ context: RuleContext) -> String? {
        // Possessives keep their ending: "infant's" → "baby's".
        for mark in ["'s", "’s"] where word.lowercased().hasSuffix(mark) && word.count > 3 {
            return replacement(for: String(word.dropLast(2)), context).map { $0 + mark }
        }
        let lower = word.lowercased()
        if let direct = context.data.plainWords[lower] { return direct }
        guard word.first?.isUppercase != true || word.dropFirst().allSatisfy(\.isLowercase) else { return nil }
        for base in context.lexicon.baseForms(of: lower).dropFirst() {
            guard let plain = context.data.plainWords[base] else { continue }
            let form = context.lexicon.form(of: lower, base: base)
            // Only inflections: "demonstrations" is not a form of "demonstrate" ("shows" would be wrong).
            guard Self.isInflection(lower, of: base, form, context.lexicon) else { continue }
            // A derived word ("consistently" from "consistent") is another part of speech: the
            // replacement would not fit ("steady holds").
            if form == .base { return lower == base ? plain : nil }
            var parts = plain.split(separator: " ").map(String.init)
            // Nouns inflect their last word ("medical team" → "medical teams"), verbs their first.
            let position =
                form == .s && parts.count > 1 && !context.lexicon.verbLemmas.contains(parts[0])
                ? parts.count - 1 : 0
            parts[position] = context.lexicon.inflect(parts[position], as: form)
            return parts.joined(separator: " ")
        }
        return nil
    }

    /// Whether `word` is `base` with an inflectional ending (or its irregular form), not a derived word.
    static func isInflection(_ word: String, of base: String, _ form: WordForm, _ lexicon: Lexicon) -> Bool {
        if lexicon.irregularBase[word] == base || lexicon.inflect(base, as: form) == word { return true }
        // Doubled consonants and dropped "e"/"y": "stopped", "making", "carries".
        for stem in [base, String(base.dropLast())] where word.hasPrefix(stem) {
            let ending = word.dropFirst(stem.count)
            if ["s", "es", "ed", "d", "ing", "ies", "ied"].contains(String(ending)) { return true }
            if let last = base.last, ending.first == last, ["ed", "ing"].contains(String(ending.dropFirst())) {
                return true
            }
        }
        return false
    }

    /// Whether the word's list entry is marked "/v" (a verb only).
    private func isVerbOnly(_ word: String, _ context: RuleContext) -> Bool {
        // A word listed itself ("monitoring", "related") is replaced by its own entry, whatever its
        // base ("monitor/v", "relate/v") says.
        let lower = word.lowercased()
        if context.data.plainWords[lower] != nil { return context.data.verbOnlyWords.contains(lower) }
        return context.lexicon.baseForms(of: word).contains(where: context.data.verbOnlyWords.contains)
    }

    /// Whether the word at `index` stands where a noun or adjective goes: after a determiner or a
    /// preposition ("the experience", "of development"), or before a noun-like "of".
    static func isNounPosition(_ tokens: [Token], _ index: Int, _ context: RuleContext) -> Bool {
        let previous = index > 0 ? tokens[index - 1].lower : ""
        let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
        if previous == "to" { return false }
        // "has vomiting", "had seizures": after "has"/"have"/"had" an "-ing" word is a noun.
        if tokens[index].lower.hasSuffix("ing"), ["has", "have", "had"].contains(previous) { return true }
        // A past or "-ing" form after anything but an auxiliary or a subject is an adjective:
        // "may need continued follow-up" must not become "may need went on follow-up".
        let word = tokens[index].lower
        // A gerund after a preposition is a verb: "the chance of achieving normal movement" → "of
        // reaching" ("the spreading of" is a noun).
        if word.hasSuffix("ing"), ["of", "for", "by", "without", "about", "from"].contains(previous), next != "of" {
            return false
        }
        if word.hasSuffix("ed") || word.hasSuffix("ing") || context.lexicon.irregularBase[word] != nil {
            let verbal =
                context.data.words("perfectAuxiliaries").contains(previous)
                || context.grammar.subjects.contains(previous) || Grammar.relativeWords.contains(previous)
                || ["it", "he", "she", "this", "that"].contains(previous)
                // A gerund with an object is a verb too: "Understanding the difference" → "Knowing the difference".
                || (word.hasSuffix("ing")
                    && ["the", "a", "an", "their", "your", "its", "this", "these", "that", "his", "her", "our"]
                        .contains(next))

            if !verbal { return true }
        }
        return context.grammar.nonSubjects.contains(previous) || next == "of"
            || context.data.words("possessives").contains(previous)
    }

    /// Indexes of tokens inside a glossary term.
    private func protectedTokens(_ tokens: [Token], _ data: SimplifierData) -> Set<Int> {
        let words = tokens.map(\.lower)
        var out = Set<Int>()
        for entry in data.glossary {
            for form in entry.allForms {
                let formWords = Text.words(form)
                for index in words.indices where Text.matches(formWords, in: words, at: index) {
                    out.formUnion(index..<(index + formWords.count))
                }
            }
        }
        return out
    }

    private func cased(_ replacement: String, like original: String) -> String {
        original.first?.isUppercase == true && original.dropFirst().allSatisfy({ !$0.isUppercase })
            ? Text.capitalized(replacement) : replacement
    }

    /// Whether `word` is written like a name or an abbreviation: a capital first letter ("Pediatrics",
    /// "NICU"), other than the pronoun "I".
    static func isName(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        return word != "I"
    }

    /// "a" before a vowel sound becomes "an" and back, after words were replaced.
    /// Words after which an adverb's phrase ends its clause ("for a while during …", "right away
    /// and …", "above all the …"), besides prepositions and subordinators.
    static let phraseFollowers: Set<String> = [
        "and", "or", "but", "during", "after", "before", "until", "over", "under", "within", "without", "through",
        "than", "so", "the", "a", "an", "this", "these", "their", "its",
    ]

    static func fixingArticles(_ text: String) -> String {
        // A replacement that brings its own article ("a prompt checkup") takes the place of the one
        // before it: "a a prompt checkup" → "a prompt checkup".
        let text = text.replacing(#/\b(?:[Aa]n?|[Tt]he) (?=an? )/#, with: "")
        var out = text
        let tokens = Text.tokens(text)
        for (index, token) in tokens.enumerated().reversed() where index + 1 < tokens.count {
            guard token.lower == "a" || token.lower == "an" else { continue }
            // A capital "A" inside a sentence is a letter ("type A or type B blood"), not an article.
            if index > 0, token.text == "A" { continue }
            let next = tokens[index + 1].lower
            // A letter read by its name: "an X-ray", "an MRI" (F, H, L, M, N, R, S, X start with a vowel sound).
            let nextText = tokens[index + 1].text
            let isLetterName =
                nextText.count >= 1 && (nextText.first?.isUppercase ?? false)
                && (nextText.count == 1 || nextText.dropFirst().first?.isUppercase == true
                    || nextText.dropFirst().first == "-")
            // "u" before one consonant and a vowel is said "you" ("a urine sample", "a usual"), but
            // "un-" is a vowel ("an unusual").
            let chars = Array(next)
            let saysYou =
                chars.count > 2 && chars[0] == "u" && !next.hasPrefix("un") && !"aeiou".contains(chars[1])
                && "aeiou".contains(chars[2])
            let vowelSound =
                isLetterName
                ? "AEFHILMNORSX".contains(nextText.first ?? "B")
                // ("one", "once" are said with a "w": "a one-way valve".)
                : "aeio".contains(next.first ?? "x") && !next.hasPrefix("one") && !next.hasPrefix("once")
                    || (next.hasPrefix("u") && !saysYou && !next.hasPrefix("uni"))
                    || next.hasPrefix("hour") || next.hasPrefix("honest")
            let wanted = vowelSound ? "an" : "a"
            if token.lower != wanted {
                let cased = token.text.first?.isUppercase == true ? Text.capitalized(wanted) : wanted
                out.replaceSubrange(token.range, with: cased)
            }
        }
        return out
    }
}
