import Foundation

/// Moves a definition given in passing into a sentence of its own, keeping the medical word:
/// "… such as plagiocephaly (flattening of the skull) or …" becomes "… such as plagiocephaly or ….
/// Plagiocephaly means flattening of the skull." Also handles appositives: "X, also known as Y, …"
/// and a glossary term followed by ", a …" at the end of a sentence.
///
/// Parentheses that hold an abbreviation ("(MRI)") or a name ("(Botox)") are not definitions and stay.
struct MoveDefinitionToOwnSentence: SentenceRule {
    static let name = "MoveDefinitionToOwnSentence"

    /// First words of a parenthesis that is no definition: an example, a list, a time, a brand name
    /// ("(brand name Beyfortus)").
    static let notDefinitionStarts: Set<String> = [
        "e.g.", "i.e.", "or", "see", "also", "and", "including", "such", "especially", "for", "with", "from",
        "usually", "often", "about", "as", "brand", "trade", "sold", "marketed", "which", "that", "who",
    ]
    /// General words that name a kind of thing; the word before them says which ("Reye syndrome").
    static let headWords: Set<String> = [
        "syndrome", "therapy", "disease", "disorder", "test", "infection", "condition", "palsy", "reflex",
        "deficiency", "treatment", "procedure", "scan",
    ]

    /// The fewest letters of a word outside the glossary that a parenthesis may define.
    static let minTermLetters = 7
    /// The fewest words of a parenthesis opening with "the" that describes a word ("retractions (the
    /// skin pulling in between the ribs)") rather than naming it again ("eyes (the sclerae)").
    static let minDescriptionWords = 4

    /// Whether the noun at the end of `text` follows a participle ("abducted position").
    static func endsWithDescribedNoun(_ text: String) -> Bool {
        let words = Text.words(text)
        return words.count >= 2 && words[words.count - 2].hasSuffix("ed")
    }

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        if let result = parenthetical(sentence, context) { return result }
        if let result = alsoKnownAs(sentence) { return result }
        return appositive(sentence, context) ?? subjectAppositive(sentence, context)
            ?? DefiningAppositive.split(sentence, context)
    }

    /// "Congenital torticollis, one of the most common forms, involves …" → "Congenital torticollis
    /// involves …. It is one of the most common forms." The subject is a short noun phrase with no
    /// verb, the appositive opens with "one of", "a", "an" or "the" and has no verb, and the
    /// sentence goes on with its verb.
    private func subjectAppositive(_ sentence: String, _ context: RuleContext) -> [String]? {
        let grammar = context.grammar
        guard let firstComma = sentence.firstIndex(of: ","),
            let secondComma = sentence[sentence.index(after: firstComma)...].firstIndex(of: ",")
        else { return nil }
        let subject = String(sentence[..<firstComma]).trimmingWhitespace()
        let appositive = String(sentence[sentence.index(after: firstComma)..<secondComma]).trimmingWhitespace()
        let rest = String(sentence[sentence.index(after: secondComma)...]).trimmingWhitespace()
        let subjectWords = Text.words(subject)
        let appositiveWords = Text.words(appositive)
        guard (1...5).contains(subjectWords.count), appositiveWords.count >= 2,
            ["one", "a", "an", "the"].contains(appositiveWords[0]),
            appositiveWords[0] != "one" || appositiveWords[1] == "of",
            // ("forms" in "one of the most common forms" looks like a verb to the finite-verb check.)
            !grammar.hasFiniteVerb(subject + "."), !appositiveWords.contains(where: grammar.auxiliaries.contains),
            !appositiveWords.contains(where: grammar.subordinators.contains),
            !subjectWords.contains(where: grammar.subordinators.contains),
            !context.data.words("sentenceLinks").contains(subjectWords[0]),
            let verb = Text.words(rest).first
        else { return nil }
        let lexicon = context.lexicon
        let startsWithVerb =
            grammar.auxiliaries.contains(verb)
            || ((verb.hasSuffix("s") || verb.hasSuffix("ed")) && lexicon.isVerbForm(verb)
                && !lexicon.baseForms(of: verb).contains(where: lexicon.nounLemmas.contains))
        guard startsWithVerb else { return nil }
        let head = subjectWords[subjectWords.count - 1]
        // "Kernicterus" ends in "s" but is no plural: a plural's stem is a noun of its own.
        let plural =
            lexicon.looksPlural(head)
            && lexicon.baseForms(of: head).contains(where: { $0 != head && lexicon.nounLemmas.contains($0) })
        let main = Text.sentence(subject + " " + rest)
        let second = Text.sentence((plural ? "They are " : "It is ") + appositive)
        guard grammar.isComplete(main) else { return nil }
        return [main, second]
    }

    /// "X (Y)" where Y is a lower-case phrase of two or more words without digits.
    private func parenthetical(_ sentence: String, _ context: RuleContext) -> [String]? {
        // A list's lead-in ("… may show anaphylaxis (…):") must stay right before its items.
        guard !sentence.hasSuffix(":") else { return nil }
        guard let open = sentence.firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") else {
            return nil
        }
        let inside = String(sentence[sentence.index(after: open)..<close]).trimmingWhitespace()
        let insideWords = Text.words(inside)
        // An abbreviation or unit ("(µg/dL)") is no definition: a definition has two or more words;
        // "a flexible tube (a catheter)" names the thing, it does not define it.
        guard inside.contains(" "), !inside.contains("/") else { return nil }
        if insideWords.count == 2, ["a", "an", "the"].contains(insideWords[0]) { return nil }
        guard insideWords.count >= 2, inside.first?.isLowercase == true, !inside.contains(where: \.isNumber),
            !Self.notDefinitionStarts.contains(insideWords[0])
        else { return nil }
        let before = sentence[..<open]
        guard var term = termEnding(String(before), context) else { return nil }
        // "congenital hypothyroidism (…)", "Reye syndrome (…)", "chelation therapy (…)": an adjective
        // or a name before a general head word belongs to what is defined.
        let beforeWords = Text.tokens(String(before).trimmingWhitespace())
        // "macrolide antibiotics (a class that …)": a describing word before a glossary term makes
        // the defined thing narrower than the term, so it is part of what is defined.
        if termEnding(String(before), context, glossaryOnly: true) != nil,
            beforeWords.count > Text.words(term).count,
            case let modifier = beforeWords[beforeWords.count - Text.words(term).count - 1],
            isPlainModifier(modifier.lower, context)
        {
            term = modifier.text + " " + term
        }
        // "Candida albicans (…)", "Meckel's diverticulum (…)": a name before the word is part of it.
        let termWordCount = Text.words(term).count
        var namedInFull = false
        if beforeWords.count > termWordCount + 1 || beforeWords.count == termWordCount + 1 && termWordCount > 0,
            case let name = beforeWords[beforeWords.count - termWordCount - 1],
            name.text.first?.isUppercase == true, beforeWords.count - termWordCount - 1 > 0,
            !UsePlainNameAfterFirstMention.determiners.contains(name.lower)
        {
            term = name.text + " " + term
            namedInFull = true
        }
        if !namedInFull, termEnding(String(before), context, glossaryOnly: true) == nil, beforeWords.count >= 2 {
            let modifier = beforeWords[beforeWords.count - 2]
            let isAdjective =
                context.data.words("adjectiveEndings").contains(where: { modifier.lower.hasSuffix($0) })
                && !context.lexicon.nounLemmas.contains(modifier.lower)
            let isHeadWord =
                Self.headWords.contains(term.lowercased())
                && !UsePlainNameAfterFirstMention.determiners.contains(modifier.lower)
                && !SplitSeriesOfObjects.prepositions.contains(modifier.lower)
            // "lactation consultant (a specialist …)": a noun before the word names the kind of it.
            // (WordNet's own noun, not a word whose stem is a verb only: "lactation" stems to "lactate".)
            let word = modifier.lower
            let isNounModifier =
                beforeWords.count >= 3 && context.lexicon.nounLemmas.contains(word)
                && !context.lexicon.verbLemmas.contains(word)
                && !UsePlainNameAfterFirstMention.determiners.contains(word)
                && !SplitSeriesOfObjects.prepositions.contains(word) && !context.grammar.subjects.contains(word)
                && !context.grammar.auxiliaries.contains(word)
            if isAdjective || isHeadWord || isNounModifier { term = modifier.text + " " + term }
        }
        // A word that is not a glossary term must look like a medical word ("eyes (the sclerae)",
        // "more readily (a phenomenon …)" are no terms), and the parenthesis must define it, not name
        // it ("(the sclerae)") or name what the whole clause describes ("(a process called hemolysis)").
        let isGlossaryTerm = termEnding(String(before), context, glossaryOnly: true) != nil
        guard
            isGlossaryTerm
                || (term.count >= Self.minTermLetters && !term.lowercased().hasSuffix("ly")
                    // "is applied (pneumatic otoscopy)": a verb form is no term.
                    && !(context.lexicon.isVerbForm(term.lowercased())
                        && (term.hasSuffix("ed") || term.hasSuffix("ing")))
                    && (insideWords[0] != "the" || insideWords.count >= Self.minDescriptionWords)
                    && !insideWords.contains("called") && !insideWords.contains("known")
                    // "a flexed and abducted position (knees bent …)" explains the whole phrase.
                    && !Self.endsWithDescribedNoun(String(before)))
        else {
            return nil
        }
        var rest = sentence[sentence.index(after: close)...]
        if before.last == " ", rest.first == " " { rest = rest.dropFirst() }
        let main =
            String(before).trimmingWhitespace() + (rest.first.map { ",.;:!?".contains($0) } == true ? "" : " ")
            + rest
        return [Text.sentence(main), Text.sentence(Text.capitalized(term) + " means " + inside)]
    }

    /// "X, also known as Y, …" → "X …. X is also called Y."
    private func alsoKnownAs(_ sentence: String) -> [String]? {
        // Each marker keeps its own adverb, so a hedge ("commonly") is still said.
        let markers: [(String, String)] = [
            (", also known as ", "also"), (", also called ", "also"), (", also referred to as ", "also"),
            (", sometimes called ", "sometimes"), (", commonly called ", "commonly"),
            (", often called ", "often"), (", commonly referred to as ", "commonly"),
            (", often referred to as ", "often"),
        ]
        for (marker, adverb) in markers {
            guard let start = sentence.range(of: marker) else { continue }
            guard let end = sentence[start.upperBound...].firstIndex(of: ",") else { continue }
            let name = sentence[start.upperBound..<end]
            let before = sentence[..<start.lowerBound]
            let subjectWords = Text.tokens(String(before))
            guard let firstWord = subjectWords.first, subjectWords.count <= 4 else { continue }
            let subject = String(before[firstWord.range.lowerBound...])
            let main = before + sentence[end...].dropFirst()
            return [Text.sentence(main), Text.sentence(subject + " is \(adverb) called " + name)]
        }
        return nil
    }

    /// "…, a movement disorder that …." after a glossary term → "…. Term is a movement disorder that …."
    private func appositive(_ sentence: String, _ context: RuleContext) -> [String]? {
        for article in [", a ", ", an "] {
            guard let start = sentence.range(of: article, options: .backwards) else { continue }
            let before = String(sentence[..<start.lowerBound])
            guard let term = termEnding(before, context, glossaryOnly: true) else { continue }
            let definition = sentence[start.upperBound...]
            guard !definition.contains(",") else { continue }
            return [
                Text.sentence(before), Text.sentence(Text.capitalized(term) + " is" + article.dropFirst() + definition),
            ]
        }
        return nil
    }

    /// Whether `word` describes the noun after it: no determiner, preposition, pronoun, number,
    /// possessive, joining word or verb form.
    private func isPlainModifier(_ word: String, _ context: RuleContext) -> Bool {
        let grammar = context.grammar
        return !UsePlainNameAfterFirstMention.determiners.contains(word)
            && !SplitSeriesOfObjects.prepositions.contains(word) && !grammar.nonSubjects.contains(word)
            && !grammar.subjects.contains(word) && !grammar.auxiliaries.contains(word)
            && !["and", "or", "but", "than"].contains(word) && !word.hasSuffix("'s") && !word.hasSuffix("’s")
            && !word.allSatisfy(\.isNumber) && !context.lexicon.isVerbForm(word) && !word.hasSuffix("ly")
            && !["as", "such", "like", "including", "especially", "also", "very", "than"].contains(word)
            && !context.data.words("hedges").contains(word)
    }

    /// The glossary term (or, unless `glossaryOnly`, the last word) that `text` ends with.
    private func termEnding(_ text: String, _ context: RuleContext, glossaryOnly: Bool = false) -> String? {
        let trimmed = text.trimmingWhitespace()
        let lower = trimmed.lowercased()
        for entry in context.data.glossary {
            for form in entry.allForms where lower.hasSuffix(form.lowercased()) {
                let start = lower.index(lower.endIndex, offsetBy: -form.count)
                if start == lower.startIndex || !Text.isWordCharacter(lower[lower.index(before: start)]) {
                    return String(trimmed[start...])
                }
            }
        }
        guard !glossaryOnly, let last = Text.tokens(trimmed).last, last.range.upperBound == trimmed.endIndex else {
            return nil
        }
        return last.text
    }
}
