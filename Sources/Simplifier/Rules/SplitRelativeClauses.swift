/// Splits a non-restrictive relative clause at the end of a sentence into its own sentence:
/// "… the basal ganglia, which are deep brain structures." → "… the basal ganglia. The basal ganglia
/// are deep brain structures." The new subject names the noun again ("This specialist", "These
/// stools", a glossary term in full), in the number the verb after "which"/"who" gives it.
struct SplitRelativeClauses: SentenceRule {
    static let name = "SplitRelativeClauses"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        if let split = embedded(sentence, context) { return split }
        let data = context.data
        for pronoun in ["which", "who"] {
            guard
                let range = Text.occurrences(of: pronoun, in: sentence).first(where: { found in
                    sentence[..<found.lowerBound].hasSuffix(", ")
                })
            else { continue }
            let clause = String(sentence[range.upperBound...]).trimmingWhitespace()
            // "…, which can spread and which need care": a second "which" would be left behind.
            if Text.words(clause).contains(pronoun) { continue }
            // "… with a TcB device, which shines light on the skin, or with a blood test": the main
            // clause goes on after the relative clause with a second phrase of its own.
            if [", or ", ", and ", ", but "].contains(where: { joint in
                Text.occurrences(of: joint.trimmingWhitespace(), in: clause).contains { found in
                    clause[..<found.lowerBound].hasSuffix(", ")
                        && (Text.words(String(clause[found.upperBound...])).first.map(
                            SplitSeriesOfObjects.prepositions.contains) ?? false)
                }
            }) {
                continue
            }
            // "… constipation, stomach upset, and dark stools, which are harmless": after a series the
            // clause may describe only its last item, and "They" would take in all of them.
            let beforeClause = sentence[..<range.lowerBound].dropLast(2)
            if let lastPiece = beforeClause.components(separatedBy: ", ").dropFirst().last,
                lastPiece.hasPrefix("and ") || lastPiece.hasPrefix("or ")
            {
                continue
            }
            // An adverb may come before the verb ("which usually appears").
            guard
                let verb = Text.words(clause).first(where: {
                    !$0.hasSuffix("ly") && !context.grammar.adverbs.contains($0)
                })
            else { continue }
            // "Tight swaddling, which was common, also raises the risk": the main clause goes on after
            // the relative clause, which is then not at the end.
            if SplitRelativeClausesAfterObjects.mainClauseResumes(in: clause, context) { continue }
            let kind: String
            if data.words("pluralVerbs").contains(verb) {
                kind = "plural"
            } else if data.words("modals").contains(verb) {
                kind = "modal"
            } else if data.words("singularVerbs").contains(verb)
                // "which causes …", not "which physicians describe …" (there "which" is the object).
                || (verb.hasSuffix("s") && pronoun == "which" && context.lexicon.isVerbForm(verb))
            {
                kind = pronoun == "which" ? "singular" : ""
            } else {
                kind = ""
            }
            if pronoun == "which", let split = objectClause(sentence, at: range, context) { return split }
            // ", which means that …", ", which suggests …" is about the whole sentence: "This means …".
            let clauseWords = Text.words(clause)
            // "… after exposure, which is called the incubation period": a name may be of the whole
            // span before it, not of the last noun.
            if clauseWords.count > 1, ["is", "are"].contains(clauseWords[0]),
                ["called", "known", "named", "referred", "termed"].contains(clauseWords[1])
            {
                continue
            }
            // "… according to the nerve roots involved, which allows them to …", "… often enlarges,
            // which prevents …": a verb of effect whose noun is unclear (a plural before a singular
            // verb, a noun inside a phrase, a verb) is about what the sentence says.
            let antecedentText = String(sentence[..<range.lowerBound])
            // So is "…, which is the main reason …" after such a noun.
            let effectOfTheSentence =
                (["allows", "lets", "makes", "helps", "leads", "prevents", "causes"].contains(verb)
                    && clauseWords.first == verb || clauseWords.starts(with: ["is", "the"]))
                && Self.restatedSubject(before: antecedentText, kind: kind, pronoun: pronoun, context) == nil
                && Self.abbreviationSubject(before: antecedentText) == nil
            let aboutTheSentence =
                ["means", "meant", "suggests", "shows", "explains"].contains(verb) || effectOfTheSentence
                || clauseWords.count > 1 && clauseWords[0] == "is" && ["why", "because"].contains(clauseWords[1])
            if pronoun == "which", aboutTheSentence {
                // "When X, doctors start with an ultrasound, which shows …": a later rule moves the
                // condition behind the first part ("This happens when X."), and "This shows …" would
                // then point to the condition.
                let opener = Text.words(sentence).first ?? ""
                let moves = context.data.conditionJoints.map(\.marker) + context.data.introductoryPhrases.map(\.marker)
                if moves.contains(opener) { continue }
                return [Text.sentence(sentence[..<range.lowerBound]), Text.sentence("This " + clause)]
            }
            guard !kind.isEmpty,
                let subject =
                    (pronoun == "which"
                        ? Self.definitionSubject(before: String(sentence[..<range.lowerBound]), clause: clause, context)
                        : nil)
                    ?? Self.restatedSubject(
                        before: String(sentence[..<range.lowerBound]), kind: kind, pronoun: pronoun, context)
                    ?? (pronoun == "which"
                        ? Self.abbreviationSubject(before: String(sentence[..<range.lowerBound])) : nil)
            else { continue }
            let main = Text.sentence(sentence[..<range.lowerBound])
            let second = Text.sentence(subject + " " + clause)
            return [main, second]
        }
        return nil
    }

    /// The words that name the clause's noun again: a glossary term in full ("Cerebral palsy"),
    /// otherwise "This"/"These" and the noun ("This specialist", "These stools"). A bare pronoun
    /// could point to the wrong thing ("They can be lessened" after "stain the teeth"). `nil` when the
    /// noun is unclear: a number ("enterovirus 71"), a coordination ("meningitis or encephalitis"),
    /// a noun inside a phrase ("problems with breastfeeding, which …") or a verb that does not agree
    /// with it (then "which" is about the whole clause).
    static func restatedSubject(
        before text: String, kind: String, pronoun: String = "which", _ context: RuleContext
    ) -> String? {
        var before = text.trimmingWhitespace()
        while before.hasSuffix(",") { before.removeLast() }
        // "… the neck muscle (a fibromatosis colli), which …": the bracket names what is meant.
        if before.hasSuffix(")") { return nil }
        let tokens = Text.tokens(before)
        guard let last = tokens.last else { return nil }
        let lower = before.lowercased()
        for entry in context.data.glossary {
            for form in entry.allForms where lower.hasSuffix(form.lowercased()) {
                let start = before.index(before.endIndex, offsetBy: -form.count)
                let term = String(before[start...])
                // (A Latin plural such as "ganglia" has no "-s": a term in "-a" may take "are".)
                let plural = form.lowercased().hasSuffix("s") && !form.lowercased().hasSuffix("ss")
                if kind == "plural" && !plural && !form.hasSuffix("a") || kind == "singular" && plural { return nil }
                let wordBefore = Text.words(String(before[..<start])).last ?? ""
                if ["and", "or"].contains(wordBefore) { return nil }
                // "vesicoureteral reflux, which …": the describing word is part of the name.
                if let range = before.range(of: term, options: .backwards),
                    ExplainGlossaryTerms.followsAnotherModifier(range, in: before, context),
                    let modifier = Text.tokens(String(before[..<start])).last
                {
                    return Text.capitalized(modifier.text + " " + term)
                }
                // "… injury to the basal ganglia" → "The basal ganglia are …".
                let hasThe = wordBefore == "the"
                // ("… prescribe an antibiotic, which …": "This antibiotic", not a bare "Antibiotic".)
                if ["a", "an"].contains(wordBefore) { return "This " + term }
                return hasThe ? "The " + term : Text.capitalized(term)
            }
        }
        let noun = last.lower
        guard !noun.allSatisfy(\.isNumber), tokens.count >= 2 else { return nil }
        // "… make the glands more active, which …": a word after "more" is an adjective.
        if ["more", "most", "less", "least", "very", "too", "so"].contains(tokens[tokens.count - 2].lower) {
            return nil
        }
        // "… 2 to 3 times a week, which helps …": a time is no thing the clause is about.
        if context.data.words("units").contains(noun) { return nil }
        // "… is still developing, which makes …": an "-ing" word after a verb or an adverb is a verb.
        if noun.hasSuffix("ing"),
            tokens.suffix(3).dropLast().contains(where: {
                context.grammar.auxiliaries.contains($0.lower) || context.grammar.adverbs.contains($0.lower)
            })
        {
            return nil
        }
        // "… where the small intestine joins the large intestine, which …": inside a clause of its
        // own the noun may not be what "which" names (the place is).
        if let lastPiece = before.components(separatedBy: ", ").last,
            Text.words(lastPiece).dropFirst().contains(where: {
                ["where", "when", "whenever", "while", "because", "although", "if"].contains($0)
            })
        {
            return nil
        }
        // "devices such as wedges, which …": the clause may be about all of them; inside brackets it
        // belongs to the brackets.
        let lastWords = tokens.suffix(4).map(\.lower)
        if lastWords.contains("such") || lastWords.contains("including") || lastWords.contains("example") { return nil }
        if before.filter({ $0 == "(" }).count > before.filter({ $0 == ")" }).count { return nil }
        let previous = tokens[tokens.count - 2].lower
        // "Premature birth or low birth weight, which …": a coordination in the noun phrase.
        if tokens.suffix(5).dropLast().contains(where: { ["and", "or"].contains($0.lower) }) { return nil }
        // ("like cottage cheese, which …": a comparison names no thing of the sentence either.)
        let prepositions = SplitSeriesOfObjects.prepositions.union(["like", "as", "than"])
        // ("… covered by the diaper, which …": the clause may be about the noun before the phrase.)
        if prepositions.contains(previous) { return nil }
        // ("… an inability to absorb enough nutrients, which …": the object of "to absorb" is inside
        // a phrase too; the clause is about the thing the phrase belongs to.)
        if pronoun != "who", tokens.suffix(4).dropLast().contains(where: { $0.lower == "to" }) { return nil }
        // ("… photographs at regular intervals, which …": a noun in a phrase, after its adjective.)
        if pronoun != "who", tokens.count >= 3, prepositions.contains(tokens[tokens.count - 3].lower),
            !["the", "a", "an"].contains(previous)
        {
            return nil
        }
        // (People after "who" are what the clause is about: "Talk to the therapists, who can …".)
        if pronoun != "who", tokens.count >= 3, ["the", "a", "an", "their", "its", "your"].contains(previous),
            prepositions.contains(tokens[tokens.count - 3].lower)
        {
            return nil
        }
        // ("weakness of the affected arm, which is noticeable …": a describing word between the
        // article and the noun changes nothing: the clause may be about the noun before the phrase.)
        if pronoun != "who", tokens.count >= 4,
            ["the", "a", "an", "their", "its", "your"].contains(tokens[tokens.count - 3].lower),
            prepositions.contains(tokens[tokens.count - 4].lower)
        {
            return nil
        }
        let lexicon = context.lexicon
        // A plain noun: not an adverb ("afterward"), a participle ("suspected") or an "-ly" word.
        guard lexicon.baseForms(of: noun).contains(where: lexicon.nounLemmas.contains), !noun.hasSuffix("ly"),
            !noun.hasSuffix("ed"), !context.grammar.adverbs.contains(noun), !["afterward", "afterwards"].contains(noun)
        else { return nil }
        let plural = lexicon.looksPlural(noun)
        if kind == "plural" && !plural || kind == "singular" && plural { return nil }
        // "… stain the teeth, which can be lessened …": after a plural, a modal clause is as often
        // about the whole sentence.
        if kind == "modal", plural { return nil }
        return (plural ? "These " : "This ") + last.text
    }

    /// The noun phrase a definition ("which is a plastic tube …", "which are substances …") is
    /// about, said the way a definition opens: a definition is of the nearest noun, even inside a
    /// phrase. "a Pavlik harness, which is a brace" → "A Pavlik harness is a brace";
    /// "cauterization with silver nitrate, which is a chemical" → "Silver nitrate is a chemical";
    /// "the bronchioles, which are the smallest airways" → "The bronchioles are …"; "triggers,
    /// which are substances …" → "These triggers are …". A definition with
    /// "is" is of the last thing named, also after "or". `nil` when the phrase is unclear.
    static func definitionSubject(before text: String, clause: String, _ context: RuleContext) -> String? {
        let words = Text.words(clause)
        let definesOne = words.count > 2 && words[0] == "is" && ["a", "an"].contains(words[1])
        let definesMany =
            words.count > 2 && words[0] == "are"
            && !["why", "because", "not", "also", "often", "usually"].contains(words[1])
            && !words[1].hasSuffix("ed") && !words[1].hasSuffix("ly")
        guard definesOne || definesMany else { return nil }
        var before = text.trimmingWhitespace()
        while before.hasSuffix(",") { before.removeLast() }
        guard !before.hasSuffix(")"), !before.hasSuffix("\"") else { return nil }
        let tokens = Text.tokens(before)
        guard tokens.count >= 2 else { return nil }
        let lexicon = context.lexicon
        let grammar = context.grammar
        let noun = tokens[tokens.count - 1].lower
        guard lexicon.baseForms(of: noun).contains(where: lexicon.nounLemmas.contains), !noun.hasSuffix("ing"),
            !noun.hasSuffix("ly"), !context.data.words("units").contains(noun)
        else { return nil }
        guard lexicon.looksPlural(noun) == definesMany else { return nil }
        // Describing words before the noun ("silver", "Pavlik", "congenital"), up to three words in all.
        var start = tokens.count - 1
        while start > 0, tokens.count - start < 3 {
            let word = tokens[start - 1].lower
            let stops = SplitSeriesOfObjects.prepositions.union(["and", "or", "called", "like", "as", "than"])
            if UsePlainNameAfterFirstMention.determiners.contains(word) || stops.contains(word)
                || grammar.auxiliaries.contains(word) || grammar.subjects.contains(word)
                || word.allSatisfy(\.isNumber) || word.hasSuffix("'s") || word.hasSuffix("ly")
                || lexicon.isVerbForm(word) && !lexicon.nounLemmas.contains(word)
            {
                break
            }
            start -= 1
        }
        let phrase = String(before[tokens[start].range.lowerBound...])
        let wordBefore = start > 0 ? tokens[start - 1].lower : ""
        if wordBefore == "the" { return "The " + phrase }
        if ["a", "an"].contains(wordBefore) {
            return ReplacePlainWords.fixingArticles("A " + phrase)
        }
        // Another determiner ("their", "this") is left to `restatedSubject`.
        if UsePlainNameAfterFirstMention.determiners.contains(wordBefore) { return nil }
        // "… may suggest medicines, which are safe for babies": a bare plural would say it of all
        // medicines, so "These" keeps it to the ones named.
        return definesMany ? "These " + phrase : Text.capitalized(phrase)
    }

    /// The abbreviation in brackets at the end of `text` ("respiratory syncytial virus (RSV), which
    /// …" → "RSV"): it names its thing whatever the clause says.
    static func abbreviationSubject(before text: String) -> String? {
        var before = text.trimmingWhitespace()
        while before.hasSuffix(",") { before.removeLast() }
        guard before.hasSuffix(")"), let open = before.lastIndex(of: "(") else { return nil }
        let inside = before[before.index(after: open)..<before.index(before: before.endIndex)]
        let isAbbreviation =
            (2...6).contains(inside.count) && inside.allSatisfy { $0.isUppercase || $0.isNumber }
            && inside.contains(where: \.isUppercase)
        return isAbbreviation ? String(inside) : nil
    }

    /// Words that may follow the verb of a clause whose object is "which".
    static let objectGapWords: Set<String> = ["as", "to", "for", "in", "on", "with", "at", "by", "from", "about"]

    /// ", which physicians describe as the atopic march." → ". Physicians describe this as the atopic
    /// march.": "which" is the object of its clause, so the clause's own subject opens the sentence
    /// and "this" (or "them" after a plural) takes the place of "which".
    private func objectClause(
        _ sentence: String, at range: Range<String.Index>, _ context: RuleContext
    ) -> [String]? {
        let clauseTokens = Text.tokens(String(sentence[range.upperBound...]))
        let before = Text.tokens(String(sentence[..<range.lowerBound]))
        guard clauseTokens.count >= 3, let antecedent = before.last?.lower else { return nil }
        let subject = clauseTokens[0].lower
        let verb = clauseTokens[1].lower
        let lexicon = context.lexicon
        let pluralNoun =
            subject.hasSuffix("s") && !subject.hasSuffix("ss") && !lexicon.isVerbForm(subject)
            && lexicon.baseForms(of: subject).contains(where: lexicon.nounLemmas.contains)
        guard context.grammar.subjects.contains(subject) && !context.grammar.adverbs.contains(subject) || pluralNoun,
            lexicon.verbLemmas.contains(verb), !context.grammar.auxiliaries.contains(verb)
        else { return nil }
        // The clause lacks the verb's object ("which physicians describe as …"); with an object after
        // the verb "which" asks a question ("explains how it starts, which symptoms need care and …").
        let afterVerbWord = clauseTokens.count > 2 ? clauseTokens[2].lower : ""
        guard Self.objectGapWords.contains(afterVerbWord) else { return nil }
        let clause = String(sentence[range.upperBound...]).trimmingWhitespace()
        let afterVerb = clause[Text.tokens(clause)[1].range.upperBound...]
        let object = antecedent.hasSuffix("s") && !antecedent.hasSuffix("ss") ? "them" : "this"
        let second = Text.sentence(
            Text.capitalized(String(clause[..<Text.tokens(clause)[1].range.upperBound])) + " " + object + afterVerb)
        let main = Text.sentence(sentence[..<range.lowerBound])
        guard context.grammar.isComplete(main), context.grammar.isComplete(second) else { return nil }
        return [main, second]
    }

    /// A clause inside the subject: "The prison, which is in the west of town, was built in 1910." →
    /// "The prison is in the west of town. It was built in 1910." The part before "which"/"who" must
    /// be a subject only (no verb), and the part after the clause must start with its verb.
    /// The comma that closes a relative clause inside the subject: the first comma, or the one after
    /// a series the clause holds ("which is found in meat, poultry, and fish, is …"). A comma after
    /// which a series still goes on ("which itches, spreads, and blisters, …") is inside the clause.
    static func embeddedClauseEnd(in text: Substring) -> String.Index? {
        var search = text.startIndex
        while let comma = text[search...].firstIndex(of: ",") {
            search = text.index(after: comma)
            let clausePieces = text[..<comma].components(separatedBy: ", ")
            let restPieces = text[search...].components(separatedBy: ", ").map { $0.trimmingWhitespace() }
            if clausePieces.count == 1 {
                let seriesGoesOn = restPieces.dropLast().contains { $0.hasPrefix("and ") || $0.hasPrefix("or ") }
                if !seriesGoesOn { return comma }
            } else if let last = clausePieces.last, last.hasPrefix("and ") || last.hasPrefix("or ") {
                return comma
            }
        }
        return nil
    }

    private func embedded(_ sentence: String, _ context: RuleContext) -> [String]? {
        let grammar = context.grammar
        for pronoun in ["which", "who"] {
            guard
                let range = Text.occurrences(of: pronoun, in: sentence).first(where: { found in
                    sentence[..<found.lowerBound].hasSuffix(", ")
                })
            else { continue }
            let subject = String(sentence[..<sentence.index(range.lowerBound, offsetBy: -2)]).trimmingWhitespace()
            let subjectWords = Text.words(subject)
            // A plain subject: "Parents who have questions about products, which …" has a clause and
            // a phrase in it, and "which" may mean any of its nouns.
            guard (1...8).contains(subjectWords.count), !subject.contains(","),
                !grammar.hasFiniteVerb(subject + "."),
                !subjectWords.contains(where: {
                    Grammar.relativeWords.contains($0) || SplitSeriesOfObjects.prepositions.contains($0)
                }),
                let comma = Self.embeddedClauseEnd(in: sentence[range.upperBound...])
            else { continue }
            let clause = String(sentence[range.upperBound..<comma]).trimmingWhitespace()
            let rest = String(sentence[sentence.index(after: comma)...]).trimmingWhitespace()
            // "Transient hyperinsulinism, which …, often goes away": the main verb may follow an adverb.
            let restVerbs = Text.words(rest).drop(while: { $0.hasSuffix("ly") || grammar.adverbs.contains($0) })
            guard let verb = restVerbs.first, let clauseVerb = Text.words(clause).first else { continue }
            let singular =
                context.data.words("singularVerbs").contains(verb)
                || (verb.hasSuffix("s") && !verb.hasSuffix("ss") && context.lexicon.isVerbForm(verb))
            // A base-form verb after a plural subject ("Simple seizures, which …, last less than …").
            let pluralSubject = subjectWords.last.map { $0.hasSuffix("s") && !$0.hasSuffix("ss") } ?? false
            let plural =
                context.data.words("pluralVerbs").contains(verb)
                || (context.lexicon.verbLemmas.contains(verb) && context.data.words("pluralVerbs").contains(clauseVerb))
                || (context.lexicon.verbLemmas.contains(verb) && pluralSubject && !verb.hasSuffix("s"))
            let isVerb =
                grammar.auxiliaries.contains(verb) || singular || plural
                || (verb.hasSuffix("ed") && context.lexicon.isVerbForm(verb))
            // "Cradle cap, which doctors call …, is …": "which" is the object of a subject of its own.
            guard isVerb, grammar.auxiliaries.contains(clauseVerb) || context.lexicon.isVerbForm(clauseVerb),
                !grammar.subjects.contains(clauseVerb), !UsePlainNameAfterFirstMention.determiners.contains(clauseVerb)
            else {
                continue
            }
            // "who" clauses repeat the subject (a person's pronoun is unknown); "which" clauses use It/They.
            let restart: String
            if pronoun == "who" {
                restart = context.decapitalized(subject)
            } else if context.data.words("modals").contains(verb) {
                restart = pluralSubject ? "they" : "it"
            } else if singular || !pluralSubject && !plural {
                // (A modal says nothing of number: "Cross-contact, which …, can be prevented" → "It can …".)
                restart = "it"
            } else if plural {
                restart = "they"
            } else {
                restart = context.decapitalized(subject)
            }
            let first = Text.sentence(subject + " " + clause)
            let second = Text.sentence(Text.capitalized(restart) + " " + rest)
            guard grammar.isComplete(first), grammar.isComplete(second) else { continue }
            return [first, second]
        }
        return nil
    }
}
