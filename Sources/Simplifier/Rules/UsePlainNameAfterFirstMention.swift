/// After a section has named a glossary term, later mentions of it use the term's everyday
/// `plainName` from `Content/simplifier/glossary.yml` ("cervical dystonia" → "this neck problem"):
/// a listener hears the medical name once (with its explanation at the easy level) and then
/// shorter, easier words.
///
/// The plain name is used only where it cannot be misread:
/// - a plain name that points back ("this neck problem") is used only when no other term with
///   such a name ("this head tilt") was named in between, so "this …" cannot mean another condition;
/// - the term is not inside a longer phrase: the word before it is a sentence start, one of
///   `plainNameAfter` (prepositions, conjunctions, verbs such as "treat") or a verb, and the word
///   after it is punctuation, one of `plainNameBefore` ("is", "may", "causes" …), a hedge, no noun
///   or a base-form verb ("need"), so
///   "congenital cervical dystonia" and "cervical dystonia symptoms" stay;
/// - a plain name with its own determiner ("the food pipe", "this neck problem") takes the place
///   of a "the" before the term ("into the esophagus" → "into the food pipe") and is not used after
///   any other determiner ("their cervical dystonia" stays); one without ("brain doctor") may follow
///   any determiner ("a neurologist" → "a brain doctor");
/// - the exact term is written, not one of its other `forms` (a plural or a synonym).
struct UsePlainNameAfterFirstMention: SentenceRule {
    static let name = "UsePlainNameAfterFirstMention"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let tokens = Text.tokens(sentence)
        var edits: [(Range<String.Index>, String)] = []
        for mention in Self.mentions(in: tokens, context.data) {
            let entry = mention.entry
            defer {
                // A term inside this one ("dystonia" in "cervical dystonia") is named with it.
                for other in context.data.glossary
                where other.allForms.contains(where: { !Text.occurrences(of: $0, in: entry.term).isEmpty }) {
                    context.namedTerms.insert(other.term)
                }
                if let first = entry.plainName.flatMap({ Text.words($0).first }), Self.pointsBack.contains(first) {
                    context.lastNamedTerm = entry.term
                }
            }
            guard let plainName = entry.plainName, context.namedTerms.contains(entry.term),
                Text.words(entry.term) == tokens[mention.tokens].map(\.lower)
            else { continue }
            let ownDeterminer = Text.words(plainName).first.map(Self.determiners.contains) ?? false
            if ownDeterminer, Self.pointsBack.contains(Text.words(plainName).first ?? ""),
                context.lastNamedTerm != entry.term
            {
                continue
            }
            var span = mention.tokens
            if span.lowerBound > 0, tokens[span.lowerBound - 1].lower == "the", ownDeterminer,
                sentence[tokens[span.lowerBound - 1].range.upperBound..<tokens[span.lowerBound].range.lowerBound]
                    .allSatisfy(\.isWhitespace)
            {
                span = (span.lowerBound - 1)..<span.upperBound
            }
            guard fits(tokens, span, sentence, ownDeterminer: ownDeterminer, context) else { continue }
            let range = tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound
            edits.append((range, span.lowerBound == 0 ? Text.capitalized(plainName) : plainName))
        }
        guard !edits.isEmpty else { return nil }
        var text = sentence
        for (range, replacement) in edits.reversed() { text.replaceSubrange(range, with: replacement) }
        return [ReplacePlainWords.fixingArticles(text)]
    }

    /// Words that open a noun phrase; a plain name starting with one stands on its own.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "these", "that", "those", "their", "his", "her", "its", "our", "your", "my",
    ]
    /// Words that define or name a term in the next few words ("means", "is also called").
    static let naming: Set<String> = ["means", "mean", "meaning", "called", "known", "refers", "stands", "named"]
    /// Determiners that point back to something named before.
    static let pointsBack: Set<String> = ["this", "these", "that", "those"]

    /// Glossary mentions in order, the longest form winning at each place ("cervical dystonia",
    /// not "dystonia" inside it).
    static func mentions(in tokens: [Token], _ data: SimplifierData) -> [(entry: GlossaryEntry, tokens: Range<Int>)] {
        let words = tokens.map(\.lower)
        let candidates = data.glossary.flatMap { entry in entry.allForms.map { (entry, Text.words($0)) } }
            .filter { !$0.1.isEmpty }
            .sorted { $0.1.count > $1.1.count }
        var out: [(entry: GlossaryEntry, tokens: Range<Int>)] = []
        var index = 0
        while index < words.count {
            if let (entry, form) = candidates.first(where: { Text.matches($0.1, in: words, at: index) }) {
                out.append((entry, index..<(index + form.count)))
                index += form.count
            } else {
                index += 1
            }
        }
        return out
    }

    /// Whether the plain name reads as a whole noun phrase where the term stands.
    private func fits(
        _ tokens: [Token], _ span: Range<Int>, _ sentence: String, ownDeterminer: Bool, _ context: RuleContext
    ) -> Bool {
        let data = context.data
        // A possessive or a hyphenated compound ("cervical dystonia's", "dystonia-related") is part of a longer word.
        let last = tokens[span.upperBound - 1].range.upperBound
        if last < sentence.endIndex, "'’-".contains(sentence[last]) { return false }
        if span.lowerBound > 0 {
            let previous = tokens[span.lowerBound - 1]
            let between = sentence[previous.range.upperBound..<tokens[span.lowerBound].range.lowerBound]
            // After a comma or a colon a new phrase starts; otherwise the word before must allow a noun phrase.
            if !between.contains(where: { ",;:(".contains($0) }) {
                let word = previous.lower
                let allowed =
                    ownDeterminer
                    ? data.plainNameAfter.contains(word) || isFiniteVerb(word, context)
                    : data.plainNameAfter.contains(word) || isFiniteVerb(word, context)
                        || Self.determiners.contains(word)
                guard allowed else { return false }
            }
        }
        guard span.upperBound < tokens.count else { return true }
        // A sentence that defines or names the term ("X means …", "X is also called …") needs the term.
        let following = tokens[span.upperBound...].prefix(3).map(\.lower)
        if following.contains(where: Self.naming.contains) { return false }
        // "X is a movement disorder …" says what the term is: it keeps the term.
        if following.count >= 2, ["is", "are"].contains(following[0]), ["a", "an"].contains(following[1]) {
            return false
        }
        let next = tokens[span.upperBound]
        if sentence[last..<next.range.lowerBound].contains(where: { ",;:.)".contains($0) }) { return true }
        let word = next.lower
        if data.plainNameBefore.contains(word) || data.words("hedges").contains(word) { return true }
        // A noun after the term means the term modifies it ("cervical dystonia signs"): a word that
        // is no noun ("early") ends the phrase, and so does a base form that can be a verb ("need");
        // an "-s" word may be a plural noun, so only the verbs listed in `plainNameBefore` pass.
        let lexicon = context.lexicon
        var nounBases: [String] = [word]
        if let base = lexicon.irregularBase[word] { nounBases.append(base) }
        if word.hasSuffix("s") { nounBases += [String(word.dropLast()), String(word.dropLast(2))] }
        if word.hasSuffix("ies") { nounBases.append(String(word.dropLast(3)) + "y") }
        guard nounBases.contains(where: lexicon.nounLemmas.contains) else { return true }
        return !word.hasSuffix("s") && lexicon.verbLemmas.contains(word)
    }

    /// A verb form that is not also a noun or an adjective-like participle: "causes", "treat", not
    /// "acquired", "developing" or "treatment".
    private func isFiniteVerb(_ word: String, _ context: RuleContext) -> Bool {
        guard !word.hasSuffix("ed"), !word.hasSuffix("ing") else { return false }
        return context.lexicon.isVerbForm(word) && !context.lexicon.nounLemmas.contains(word)
    }
}
