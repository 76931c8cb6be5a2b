/// A cheap check that a sentence is a complete sentence: it has a finite verb and does not start
/// with a word that needs a main clause before it ("which …", "such as …").
///
/// Why not a parser: link-grammar would be more exact, but it is slow on long medical sentences
/// and every rewrite is checked; the rewrites this guards are splits, whose typical failures
/// (a verbless noun phrase, a dangling "which" clause) this word-class test catches.
struct Grammar: Sendable {
    let lexicon: Lexicon
    /// Auxiliaries and modals: "is", "can", "may", "has" …
    let auxiliaries: Set<String>
    /// Words a base-form verb can follow as its subject: "they", "we", "children" …
    let subjects: Set<String>
    /// Words that cannot start a sentence on their own: "which", "such", "including" …
    let danglingStarts: Set<String>
    /// Words after which a base-form word is not a finite verb: "to", "the", "a" …
    let nonSubjects: Set<String>
    /// Words that open a subordinate clause: "when", "if", "because" …
    let subordinators: Set<String>
    /// Adverbs that may stand between a subject and its verb ("parents often first notice").
    let adverbs: Set<String>
    /// Words an instruction's object opens with ("the", "your", "them" …).
    let objectStarts: Set<String>
    /// Words a new main clause can start with after ", and": "they", "the", "this" …
    let clauseStarts: Set<String>
    /// Endings of adjectives ("-al", "-ive" …): an "-s" word after one is a plural noun.
    let adjectiveEndings: [String]

    init(lexicon: Lexicon, data: SimplifierData) {
        self.lexicon = lexicon
        auxiliaries = data.words("auxiliaries")
        subjects = data.words("subjects")
        danglingStarts = data.words("danglingStarts")
        nonSubjects = data.words("nonSubjects")
        subordinators = data.words("subordinators")
        adverbs = data.words("adverbs")
        objectStarts = data.words("objectStarts")
        clauseStarts = data.words("clauseStarts")
        adjectiveEndings = data.words("adjectiveEndings").sorted()
    }

    static let relativeWords: Set<String> = ["that", "which", "who", "whom", "whose"]
    /// Finite auxiliaries and modals that cannot open a statement or an instruction.
    static let finiteOpeners: Set<String> = [
        "is", "are", "was", "were", "has", "had", "can", "could", "may", "might", "must", "should", "will", "would",
        "does", "did", "cannot",
    ]
    static let notStarts: Set<String> = ["all", "every", "only", "everyone", "everything", "many", "much", "enough"]

    /// Whether `sentence` contains a finite verb.
    func hasFiniteVerb(_ sentence: String) -> Bool {
        let tokens = Text.tokens(sentence)
        let words = tokens.map(\.lower)
        // Verbs inside a subordinate clause ("… when birth poses a risk") do not make a sentence;
        // the clause runs to the next comma, or to the first comma when the sentence opens with it.
        var subordinate = Set<Int>()
        var inside = false
        for (index, token) in tokens.enumerated() {
            if index > 0, sentence[tokens[index - 1].range.upperBound..<token.range.lowerBound].contains(",") {
                inside = false
            }
            // "such as" and "known as" introduce a noun, not a clause.
            // So does "as part of" ("dystonia as part of cerebral palsy").
            let afterNoun =
                token.lower == "as"
                && (index > 0 && ["such", "known", "same"].contains(tokens[index - 1].lower)
                    || index + 1 < tokens.count && ["part", "well"].contains(tokens[index + 1].lower))
            if subordinators.contains(token.lower), !afterNoun { inside = true }
            if inside { subordinate.insert(index) }
        }
        // "Children who have a parent with seizures are more likely …": a relative clause inside the
        // subject runs without a comma up to the main verb, so its second auxiliary is the sentence's.
        var relativeAuxiliaries = 0
        var inRelative = false
        for (index, word) in words.enumerated() {
            if subordinate.contains(index) == false { inRelative = false }
            // Such a clause has no comma before the main verb: after a comma ("…, though this is …")
            // another clause starts.
            if index > 0, sentence[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains(",") {
                inRelative = false
            }
            if Self.relativeWords.contains(word), index > 0,
                !sentence[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains(",")
            {
                inRelative = true
                relativeAuxiliaries = 0
                continue
            }
            if inRelative, auxiliaries.contains(word) {
                relativeAuxiliaries += 1
                if relativeAuxiliaries >= 2 { return true }
            }
        }
        for (index, word) in words.enumerated() where !subordinate.contains(index) {
            // "pain that may spread …": an auxiliary right after "that"/"which"/"who" is the
            // relative clause's own, not the sentence's.
            if auxiliaries.contains(word), index > 0, Self.relativeWords.contains(words[index - 1]) { continue }
            if auxiliaries.contains(word) { return true }
            guard index > 0, word.count > 2, !word.allSatisfy(\.isNumber) else { continue }
            // After a comma a new phrase starts: "Sometimes, pain …" has no subject before "pain".
            let afterComma = sentence[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains(",")
            var previous = words[index - 1]
            // Look through up to two adverbs: "effects typically last", "parents often first notice".
            var back = index - 1
            while back > 0, index - back <= 2, previous.hasSuffix("ly") || adverbs.contains(previous) {
                back -= 1
                previous = words[back]
            }
            // "This affects …": "this" before an "-s" verb is a subject ("this" never comes before a
            // plural noun).
            if previous == "this", word.hasSuffix("s"), !word.hasSuffix("ss"),
                !word.hasSuffix("is"), lexicon.isVerbForm(word)
            {
                return true
            }
            // A verb right after "that"/"which" belongs to a relative clause, not to the sentence.
            if nonSubjects.contains(previous) || Self.relativeWords.contains(previous) { continue }
            let bases = lexicon.baseForms(of: word).filter { lexicon.verbLemmas.contains($0) }
            guard !bases.isEmpty else { continue }
            if word.hasSuffix("ed") || (lexicon.irregularBase[word] != nil && !word.hasSuffix("s")) { return true }
            // An "-s" word that is also a plural noun is a noun after an adjective ("long-term
            // conditions", "medical problems").
            let afterAdjective =
                previous.contains("-")
                || (adjectiveEndings.contains(where: { previous.hasSuffix($0) && previous.count > $0.count + 2 })
                    && !lexicon.nounLemmas.contains(previous))
            let alsoNoun = lexicon.baseForms(of: word).contains(where: lexicon.nounLemmas.contains)
            if word.hasSuffix("s"), !word.hasSuffix("ss"), bases.contains(where: { $0 != word }),
                !(afterAdjective && alsoNoun)
            {
                return true
            }
            if bases.contains(word), !afterComma,
                subjects.contains(previous)
                    // ("a fibrous band": an adjective in "-ous" is no plural subject.)
                    || (lexicon.looksPlural(previous) && !previous.hasSuffix("ous")
                        && !auxiliaries.contains(previous) && previous.count > 3)
            {
                return true
            }
        }
        return false
    }

    /// Whether `text` has a verb that cannot be a noun: an auxiliary or modal proper, or a verb form
    /// ending in "-s" or "-ed" whose base is not also a noun ("causes" and "challenges" do not count).
    func hasClearVerb(_ text: String) -> Bool {
        let words = Text.words(text)
        for (index, word) in words.enumerated() {
            if TurnListItemsIntoSentences.trueAuxiliaries.contains(word) { return true }
            guard index > 0, isClearVerbForm(word) else { continue }
            if nonSubjects.contains(words[index - 1]) || Self.relativeWords.contains(words[index - 1]) { continue }
            return true
        }
        return false
    }

    /// Whether `word` is a verb with its "-s" or "-ed" ending whose base is not also a noun
    /// ("provides", "helped"; not "causes", "challenges").
    func isClearVerbForm(_ word: String) -> Bool {
        (word.hasSuffix("s") && !word.hasSuffix("ss") || word.hasSuffix("ed")) && lexicon.isVerbForm(word)
            && !lexicon.baseForms(of: word).contains(where: lexicon.nounLemmas.contains)
    }

    /// Whether `sentence` reads as a complete sentence: three or more words, a finite verb, and no
    /// dangling opener.
    func isComplete(_ sentence: String) -> Bool {
        let words = Text.words(sentence)
        guard words.count >= 3, let first = words.first else { return false }
        if danglingStarts.contains(first) { return false }
        // "Not always classified as …" is a fragment; "Not all cases …" is not.
        if first == "not", !Self.notStarts.contains(words[1]) { return false }
        // "Is clamped and cut, …" has lost its subject (a question would end in "?").
        if Self.finiteOpeners.contains(first), !sentence.trimmingWhitespace().hasSuffix("?") { return false }
        return hasFiniteVerb(sentence) || isImperative(words)
    }

    /// "Place the child on their side.", "Call your doctor.": an instruction opens with a verb and
    /// its object's determiner (`objectStarts` in `word-classes.yml`); "Place of birth." does not.
    func isImperative(_ words: [String]) -> Bool {
        guard words.count >= 3 else { return false }
        return lexicon.verbLemmas.contains(words[0]) && objectStarts.contains(words[1])
    }
}
