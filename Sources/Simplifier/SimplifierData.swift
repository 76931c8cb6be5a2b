import Yams

/// A glossary term with its definition in easy words.
public struct GlossaryEntry: Sendable, Hashable {
    /// The term as it should be said to a doctor, for example "cervical dystonia".
    public var term: String
    /// Other spellings or inflections that count as the same term ("torticollis" for "spasmodic torticollis").
    public var forms: [String]
    /// What it means, in easy words, as a phrase that can follow "X means …".
    public var definition: String
    /// An everyday name for the term ("this neck problem") that later mentions in a section may
    /// use once the term itself has been named there (`UsePlainNameAfterFirstMention`); `nil` keeps
    /// the term everywhere.
    public var plainName: String?
    /// Forms other conditions share ("reflux" is also vesicoureteral reflux): they stand for this
    /// term only in an article that also names it by its full term or another form.
    public var sharedForms: [String]

    public init(
        term: String, forms: [String] = [], definition: String, plainName: String? = nil, sharedForms: [String] = []
    ) {
        self.term = term
        self.forms = forms
        self.definition = definition
        self.plainName = plainName
        self.sharedForms = sharedForms
    }

    /// The term and its forms, longest first (so the longest match wins).
    public var allForms: [String] { ([term] + forms).sorted { $0.count > $1.count } }
}

/// A clause opener that can be split off: "While X, Y." becomes "X. But Y.".
public struct IntroductoryJoint: Sendable, Hashable {
    public var opener: String
    /// Word that starts the second sentence ("But", "So"), or empty for none.
    public var link: String
}

/// A condition that opens a sentence and the words that make it a sentence of its own: "When X, Y."
/// becomes "Sometimes X. Then Y." (`lead` "Sometimes", `link` "Then").
public struct FrontedCondition: Sendable, Hashable {
    public var opener: String
    public var lead: String
    public var link: String
}

/// A comma joint inside a long sentence: ", but" becomes ". But".
public struct ClauseJoint: Sendable, Hashable {
    /// The words after the comma, for example "but".
    public var joint: String
    /// Word that starts the second sentence, or empty to drop the joint word.
    public var link: String
}

/// A marker of an inclusion list: ", such as A, B and C." becomes ". Some examples are A, B and C.".
public struct InclusionMarker: Sendable, Hashable {
    public var marker: String
    public var lead: String
}

/// Everything the rules and guards read from `Content/simplifier/*.yml`: word lists, glossary,
/// fillers, split joints and the guard word classes. Editors change these files, not the code.
public struct SimplifierData: Sendable {
    /// Single words, by lower-cased base form, with their plain replacement (base form).
    public var plainWords: [String: String]
    /// Multi-word phrases, lower-cased, with their replacement.
    public var plainPhrases: [String: String] {
        didSet { phraseTable = Self.table(plainPhrases) }
    }
    /// ``plainPhrases`` as word lists, longest first, for matching.
    private(set) var phraseTable: [(words: [String], replacement: String, replacementWords: [String])] = []
    /// Medical terms that are explained, never replaced.
    public var glossary: [GlossaryEntry]
    /// Words after which a glossary term's plain name may stand (prepositions, conjunctions, verbs
    /// that take an object), and words that may follow it; anything else (an adjective, "the", a
    /// noun the term modifies) keeps the term. From `glossary.yml`.
    public var plainNameAfter: Set<String> = []
    public var plainNameBefore: Set<String> = []
    /// Lower-cased filler phrases that can be removed without changing meaning.
    public var fillers: [String]
    public var introductoryJoints: [IntroductoryJoint]
    public var clauseJoints: [ClauseJoint]
    public var inclusionMarkers: [InclusionMarker]
    /// Emphasis markers (", especially X") and the sentence that restarts them ("This is most true").
    public var emphasisMarkers: [InclusionMarker] = []
    /// Condition openers ("when", "if") and the words that restart the condition after the main
    /// clause ("This happens when").
    public var conditionJoints: [InclusionMarker] = []
    /// Conditions that open a sentence ("When X, Y.") and how they become two sentences.
    public var frontedConditions: [FrontedCondition] = []
    /// Subordinators that can end a long sentence without a comma ("… begins as soon as X") and the
    /// words that restart them as a sentence of their own ("This happens as soon as").
    public var trailingJoints: [InclusionMarker] = []
    /// Prepositions that open a long sentence with a phrase ("For babies with severe signs, …") and
    /// the words that restate the phrase after the main clause ("This is").
    public var introductoryPhrases: [InclusionMarker] = []
    /// The lead of an inclusion marker after a plural noun ("These include"), by marker.
    public var pluralInclusionLeads: [String: String] = [:]
    /// The lead of an inclusion marker when the list has one item ("An example is"), by marker.
    public var singleInclusionLeads: [String: String] = [:]
    /// Keys of ``plainWords`` written with "/v": replaced only where the word is a verb.
    public var verbOnlyWords: Set<String> = []
    /// Guard word classes: negations, hedges, frequency words, units, auxiliaries, subjects, subordinators.
    public var wordClasses: [String: Set<String>]
    /// Number words and their values ("three" → 3), for `WriteNumbersAsDigits` and the number guard.
    public var numberWords: [String: Int]
    /// Paths of the external lexicons (hunspell dictionary, WordNet directory).
    public var hunspellAffixPath: String
    public var hunspellDictionaryPath: String
    public var wordNetDirectory: String

    /// Reads every data file from `directory` (normally `Content/simplifier`).
    public static func load(directory: String) throws(SimplifierError) -> SimplifierData {
        func open(_ name: String) throws(SimplifierError) -> YAMLFile {
            try YAMLFile(path: directory + "/" + name)
        }
        let words = try open("plain-words.yml")
        let wordsTop = try words.mapping(words.root, "the top level")
        var plainWords: [String: String] = [:]
        var plainPhrases: [String: String] = [:]
        var verbOnlyWords = Set<String>()
        for section in ["general", "medical"] {
            guard let node = wordsTop[section] else { continue }
            for (key, value) in try words.mapping(node, "`\(section)`") {
                let from = try words.string(key, "a word").lowercased().trimmingWhitespace()
                let to = try words.string(value, "the replacement of `\(from)`")
                if from.contains(" ") {
                    plainPhrases[from] = to
                } else if from.hasSuffix("/v") {
                    plainWords[String(from.dropLast(2))] = to
                    verbOnlyWords.insert(String(from.dropLast(2)))
                } else {
                    plainWords[from] = to
                }
            }
        }

        let glossaryFile = try open("glossary.yml")
        var glossary: [GlossaryEntry] = []
        let glossaryTop = try glossaryFile.mapping(glossaryFile.root, "the top level")
        if let terms = glossaryTop["terms"] {
            for item in try glossaryFile.sequence(terms, "`terms`") {
                let map = try glossaryFile.mapping(item, "a glossary term")
                guard let term = map["term"], let definition = map["definition"] else {
                    throw glossaryFile.error(item, "a glossary term needs `term` and `definition`")
                }
                var entry = GlossaryEntry(
                    term: try glossaryFile.string(term, "`term`"),
                    definition: try glossaryFile.string(definition, "`definition`"))
                if let forms = map["forms"] { entry.forms = try glossaryFile.strings(forms, "`forms`") }
                if let plainName = map["plainName"] {
                    entry.plainName = try glossaryFile.string(plainName, "`plainName`")
                }
                if let shared = map["sharedForms"] {
                    entry.sharedForms = try glossaryFile.strings(shared, "`sharedForms`")
                    for form in entry.sharedForms where !entry.forms.contains(form) {
                        throw glossaryFile.error(shared, "shared form `\(form)` is not one of the term's `forms`")
                    }
                }
                glossary.append(entry)
            }
        }
        func glossaryWords(_ key: String) throws(SimplifierError) -> Set<String> {
            guard let node = glossaryTop[key] else { return [] }
            return Set(try glossaryFile.strings(node, "`\(key)`").map { $0.lowercased() })
        }
        let plainNameAfter = try glossaryWords("plainNameAfter")
        let plainNameBefore = try glossaryWords("plainNameBefore")

        let fillerFile = try open("fillers.yml")
        let fillerTop = try fillerFile.mapping(fillerFile.root, "the top level")
        let fillers =
            try fillerTop["fillers"].map { node throws(SimplifierError) in
                try fillerFile.strings(node, "`fillers`")
            } ?? []

        let joints = try open("split-joints.yml")
        let jointsTop = try joints.mapping(joints.root, "the top level")
        func pairs(_ key: String, _ first: String, _ second: String) throws(SimplifierError) -> [(String, String)] {
            guard let node = jointsTop[key] else { return [] }
            var out: [(String, String)] = []
            for item in try joints.sequence(node, "`\(key)`") {
                let map = try joints.mapping(item, "an item of `\(key)`")
                guard let a = map[first] else { throw joints.error(item, "missing `\(first)`") }
                let b = try map[second].map { node throws(SimplifierError) in try joints.string(node, second) } ?? ""
                out.append((try joints.string(a, first).lowercased(), b))
            }
            return out
        }

        let classesFile = try open("word-classes.yml")
        let classesTop = try classesFile.mapping(classesFile.root, "the top level")
        var wordClasses: [String: Set<String>] = [:]
        var numberWords: [String: Int] = [:]
        for (key, value) in classesTop {
            let name = try classesFile.string(key, "a class name")
            if name == "numbers" {
                for (word, number) in try classesFile.mapping(value, "`numbers`") {
                    numberWords[try classesFile.string(word, "a number word").lowercased()] =
                        try classesFile.int(number, "the value of a number word")
                }
            } else {
                wordClasses[name] = Set(try classesFile.strings(value, "`\(name)`").map { $0.lowercased() })
            }
        }

        let lexicon = try open("lexicons.yml")
        let lexiconTop = try lexicon.mapping(lexicon.root, "the top level")
        func path(_ key: String) throws(SimplifierError) -> String {
            guard let node = lexiconTop[key] else { throw lexicon.error(lexicon.root, "missing `\(key)`") }
            return try lexicon.string(node, "`\(key)`")
        }

        var data = SimplifierData(
            plainWords: plainWords, plainPhrases: plainPhrases, glossary: glossary,
            fillers: fillers.map { $0.lowercased() },
            introductoryJoints: try pairs("introductory", "opener", "link").map {
                IntroductoryJoint(opener: $0.0, link: $0.1)
            },
            clauseJoints: try pairs("clauses", "joint", "link").map { ClauseJoint(joint: $0.0, link: $0.1) },
            inclusionMarkers: try pairs("inclusions", "marker", "lead").map {
                InclusionMarker(marker: $0.0, lead: $0.1)
            },
            wordClasses: wordClasses, numberWords: numberWords,
            hunspellAffixPath: try path("hunspellAffix"), hunspellDictionaryPath: try path("hunspellDictionary"),
            wordNetDirectory: try path("wordNetDirectory"))
        data.verbOnlyWords = verbOnlyWords
        data.plainNameAfter = plainNameAfter
        data.plainNameBefore = plainNameBefore
        data.pluralInclusionLeads = Dictionary(
            try pairs("inclusions", "marker", "plural").filter { !$0.1.isEmpty }, uniquingKeysWith: { a, _ in a })
        data.singleInclusionLeads = Dictionary(
            try pairs("inclusions", "marker", "single").filter { !$0.1.isEmpty }, uniquingKeysWith: { a, _ in a })
        data.conditionJoints = try pairs("conditions", "marker", "lead").map {
            InclusionMarker(marker: $0.0, lead: $0.1)
        }
        let frontedLinks = try pairs("frontedConditions", "opener", "link")
        data.frontedConditions = try zip(pairs("frontedConditions", "opener", "lead"), frontedLinks).map {
            FrontedCondition(opener: $0.0.0, lead: $0.0.1, link: $0.1.1)
        }
        data.introductoryPhrases = try pairs("phrases", "marker", "lead").map {
            InclusionMarker(marker: $0.0, lead: $0.1)
        }
        data.trailingJoints = try pairs("trailing", "marker", "lead").map {
            InclusionMarker(marker: $0.0, lead: $0.1)
        }
        data.emphasisMarkers = try pairs("emphasis", "marker", "lead").map {
            InclusionMarker(marker: $0.0, lead: $0.1)
        }
        data.phraseTable = Self.table(plainPhrases)
        return data
    }

    static func table(_ phrases: [String: String]) -> [(
        words: [String], replacement: String, replacementWords: [String]
    )] {
        phrases.map { (Text.words($0.key), $0.value, Text.words($0.value)) }
            .sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0.joined() < $1.0.joined() }
    }

    /// The words of class `name` in `word-classes.yml` (empty when the class is not defined).
    public func words(_ name: String) -> Set<String> { wordClasses[name] ?? [] }
}

extension SimplifierData {
    /// The glossary terms with shared forms (`sharedForms` in `glossary.yml`) that `text` names by
    /// their full term or an unshared form: "gastroesophageal reflux" or "GER" makes a later "reflux"
    /// that term, while an article that only says "vesicoureteral reflux" and "reflux" does not.
    /// Pass an article's whole text, so that every section reads "reflux" the same way.
    public func termsNamedInFull(in text: String) -> Set<String> {
        var terms: Set<String> = []
        for entry in glossary where !entry.sharedForms.isEmpty {
            let ownForms = entry.allForms.filter { !entry.sharedForms.contains($0) }
            if ownForms.contains(where: { !Text.occurrences(of: $0, in: text).isEmpty }) { terms.insert(entry.term) }
        }
        return terms
    }
}
