import Foundation

/// The grammatical form of an inflected word, as far as the rules need it.
enum WordForm: Sendable, Hashable {
    case base
    /// Plural noun or third-person verb: "infants", "shows".
    case s
    /// Past tense or participle: "recommended", "gave".
    case past
    case ing
}

/// Word knowledge from Debian's lexicons: hunspell stems, WordNet's verb lemmas and its lists of
/// irregular forms (`verb.exc`, `noun.exc`). Used to match inflected words against base-form word
/// lists and to inflect replacements the same way.
struct Lexicon: Sendable {
    let hunspell: Hunspell
    /// Every verb lemma in WordNet, lower-cased, single words only.
    let verbLemmas: Set<String>
    /// Every noun lemma in WordNet, lower-cased, single words only (to tell "visits" from "provide").
    let nounLemmas: Set<String>
    /// Irregular inflection → base form ("gave" → "give", "children" → "child").
    let irregularBase: [String: String]
    /// Base form and form → irregular inflection, when WordNet lists exactly one.
    let irregularForm: [String: [WordForm: String]]
    /// Base form → irregular past participle ("know" → "known"), for "is not fully known".
    let irregularParticiple: [String: String]
    /// Words the hunspell dictionary lists with a capital ("Carter", "Parkinson", "John"), as listed.
    let capitalizedEntries: Set<String>

    init(data: SimplifierData) throws(SimplifierError) {
        hunspell = try Hunspell(affixPath: data.hunspellAffixPath, dictionaryPath: data.hunspellDictionaryPath)
        let directory = data.wordNetDirectory
        let index = try Self.read(directory + "/index.verb")
        var lemmas = Set<String>()
        for line in index.split(separator: "\n") where !line.hasPrefix(" ") {
            if let word = line.split(separator: " ").first, !word.contains("_") { lemmas.insert(String(word)) }
        }
        verbLemmas = lemmas
        var nouns = Set<String>()
        for line in try Self.read(directory + "/index.noun").split(separator: "\n") where !line.hasPrefix(" ") {
            if let word = line.split(separator: " ").first, !word.contains("_") { nouns.insert(String(word)) }
        }
        nounLemmas = nouns
        var bases: [String: String] = [:]
        var forms: [String: [WordForm: String]] = [:]
        var participles: [String: String] = [:]
        for file in ["verb.exc", "noun.exc"] {
            for line in try Self.read(directory + "/" + file).split(separator: "\n") {
                let parts = line.split(separator: " ").map(String.init)
                guard parts.count >= 2, !parts[0].contains("_") else { continue }
                bases[parts[0]] = bases[parts[0]] ?? parts[1]
                let form: WordForm =
                    parts[0].hasSuffix("ing") ? .ing : (file == "noun.exc" || parts[0].hasSuffix("s") ? .s : .past)
                // Participles ("given", "shown", "done") are skipped: a regular "showed" is better
                // than a wrong "shown", and the simple past ("gave") is listed too when irregular.
                if form == .past, ["en", "wn", "un", "ne"].contains(where: parts[0].hasSuffix) {
                    if participles[parts[1]] == nil { participles[parts[1]] = parts[0] }
                    continue
                }
                if forms[parts[1], default: [:]][form] == nil { forms[parts[1], default: [:]][form] = parts[0] }
            }
        }
        irregularBase = bases
        irregularForm = forms
        irregularParticiple = participles
        var capitalized = Set<String>()
        for line in try Self.readDictionary(data.hunspellDictionaryPath).split(separator: "\n") {
            guard let first = line.first, first.isUppercase else { continue }
            capitalized.insert(String(line.prefix { $0 != "/" && !$0.isWhitespace }))
        }
        capitalizedEntries = capitalized
    }

    private static func read(_ path: String) throws(SimplifierError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SimplifierError(file: path, message: "cannot read WordNet file (install wordnet-base)")
        }
    }

    /// The hunspell dictionary's text: UTF-8, or Latin-1 for older dictionaries.
    private static func readDictionary(_ path: String) throws(SimplifierError) -> String {
        if let text = try? String(contentsOfFile: path, encoding: .utf8) { return text }
        if let text = try? String(contentsOfFile: path, encoding: .isoLatin1) { return text }
        throw SimplifierError(file: path, message: "cannot read the hunspell dictionary (install hunspell-en-us)")
    }

    /// Possible base forms of `word` (lower-cased), the word itself first.
    func baseForms(of word: String) -> [String] {
        let lower = word.lowercased()
        var out = [lower]
        if let base = irregularBase[lower] { out.append(base) }
        for stem in hunspell.stems(of: lower) where !out.contains(stem) { out.append(stem) }
        // Hunspell may prefer a prefix reading ("recommended" → "commend"), so regular endings are
        // also stripped, keeping only stems the dictionary knows.
        for (suffix, replacements) in Self.regularEndings
        where lower.hasSuffix(suffix) && lower.count > suffix.count + 2 {
            let root = String(lower.dropLast(suffix.count))
            for ending in replacements where !out.contains(root + ending) && hunspell.knows(root + ending) {
                out.append(root + ending)
            }
        }
        return out
    }

    private static let regularEndings: [(String, [String])] = [
        ("ied", ["y"]), ("ies", ["y"]), ("ed", ["", "e"]), ("ing", ["", "e"]), ("es", [""]), ("s", [""]),
    ]

    /// How `word` is inflected relative to `base`.
    func form(of word: String, base: String) -> WordForm {
        let lower = word.lowercased()
        if lower == base { return .base }
        if lower.hasSuffix("ing") { return .ing }
        if irregularBase[lower] == base { return lower.hasSuffix("s") && !base.hasSuffix("s") ? .s : .past }
        if lower.hasSuffix("ed") { return .past }
        if lower.hasSuffix("s") { return .s }
        return .base
    }

    /// `base` inflected as `form`: irregular forms from WordNet, otherwise English spelling rules.
    /// Verbs whose past and participle are the base form.
    static let unchangedPasts: Set<String> = [
        "spread", "cut", "put", "set", "let", "hurt", "hit", "cost", "shut", "split", "burst", "quit", "upset",
    ]

    func inflect(_ base: String, as form: WordForm) -> String {
        if form == .base { return base }
        if let irregular = irregularForm[base]?[form] { return irregular }
        // WordNet lists no exception for verbs whose past is the base ("spread", not "spreaded").
        if form == .past, Self.unchangedPasts.contains(base) { return base }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = base.last ?? " "
        let beforeLast = base.dropLast().last ?? " "
        switch form {
        case .base:
            return base
        case .s:
            if last == "y", !vowels.contains(beforeLast) { return base.dropLast() + "ies" }
            if ["s", "x", "z"].contains(last) || base.hasSuffix("ch") || base.hasSuffix("sh") { return base + "es" }
            // "do" → "does", "go" → "goes", "undergo" → "undergoes" (WordNet lists no "-s" forms).
            if ["do", "go", "undergo", "undo", "redo", "forgo"].contains(base) { return base + "es" }
            return base + "s"
        case .past:
            if last == "e" { return base + "d" }
            if last == "y", !vowels.contains(beforeLast) { return base.dropLast() + "ied" }
            return base + "ed"
        case .ing:
            if last == "e", base != "be", !base.hasSuffix("ee") { return base.dropLast() + "ing" }
            return base + "ing"
        }
    }

    /// Whether `word` (lower-cased) is a form of a verb in WordNet.
    func isVerbForm(_ word: String) -> Bool {
        baseForms(of: word).contains { verbLemmas.contains($0) }
    }

    /// Whether `word` (lower-cased) is written like a plural: an irregular plural ("children") or an
    /// "-s" that is no "-ss", "-us" or "-is" ("babies", not "glass", "virus", "diagnosis").
    func looksPlural(_ word: String) -> Bool {
        // (The exception lists also hold verb forms such as "scarring": only a listed plural counts.)
        irregularBase[word].flatMap { irregularForm[$0]?[.s] } == word
            || word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    /// Whether `word` is a plural noun: written like a plural, with a WordNet noun as its base.
    func isPluralNoun(_ word: String) -> Bool {
        looksPlural(word) && baseForms(of: word).contains(where: nounLemmas.contains)
    }

    /// Whether `word`, written with one capital, its first letter ("Bonham", "Brüning", "The"), is a
    /// proper name that keeps its capital inside a sentence. `next` is the word right after it, when
    /// only a space stands between them ("Carter" in "Bonham Carter"). A name is a word hunspell
    /// knows only with its capital ("Parkinson's"); a word it does not know in lower case, before
    /// another capitalized word ("Bonham Carter"); a word listed both ways before another
    /// capitalized word ("John Smith"); or a word no lexicon knows, written with a letter English
    /// words do not use ("Brüning"). "The", "Babies", "Doctors" and "Hydrocephalus" are no names.
    func isName(_ word: String, next: String? = nil) -> Bool {
        let word = word.replacingOccurrences(of: "’", with: "'")
        let lower = word.lowercased()
        guard word != lower else { return false }
        // (A following "I" is a pronoun, not the rest of a name: "May I …".)
        let beforeCapital = next.map { $0 != "I" && $0.first?.isUppercase == true } ?? false
        if hunspell.knows(lower) { return beforeCapital && capitalizedEntries.contains(word) }
        if hunspell.knows(word) || beforeCapital { return true }
        let bare = lower.hasSuffix("'s") ? String(lower.dropLast(2)) : lower
        return word.contains { $0.isLetter && !$0.isASCII }
            && !baseForms(of: bare).contains { nounLemmas.contains($0) || verbLemmas.contains($0) }
    }
}
