/// Data-driven rules that rewrite display text into text eSpeak NG reads correctly: ranges,
/// abbreviations, initialisms, web addresses, symbols, units, decades and clock times.
/// Loaded from `Content/speech-normalization.yml`; every table is editable by content editors.
public struct SpeechNormalization: Sendable, Hashable {
    /// Literal replacements, matched case-insensitively as whole tokens ("i.e." → "that is",
    /// "24/7" → "twenty-four seven", "±" → "plus or minus").
    public var replacements: [String: String]
    /// Word between the numbers of a range written with a hyphen or en dash ("3-4" → "3 to 4").
    public var rangeWord: String?
    /// Upper-case words eSpeak should read as words, not letter by letter ("NASA", "NICU").
    public var sayAsWords: Set<String>
    /// Spell out upper-case words of 2–6 letters ("EMG" → "E M G").
    public var spellInitialisms: Bool
    /// Units after a number: symbol (case-sensitive) → (singular, plural).
    public var units: [String: UnitWords]
    /// Word between two units joined by "/" ("mg/kg" → "milligrams per kilogram").
    public var perWord: String?
    /// Word for "/" between two ordinary words ("and/or" → "and or").
    public var slashWord: String?
    /// Top-level domains that mark a web address, and how to say each ("com" → "com").
    public var domains: [String: String]
    /// Word for the dots of a web address.
    public var dotWord: String
    /// Decade words by tens digit, 1–9 ("1990s" → "19 nineties"); "hundreds"/"thousands" for x00s.
    public var decades: [String]
    /// Words for clock times: "o'clock" for ":00", "oh" for ":05".
    public var oclockWord: String?
    public var ohWord: String?
    /// Examples with their expected speech text, checked by the test suite.
    public var examples: [Example]

    public struct UnitWords: Sendable, Hashable {
        public var singular: String
        public var plural: String
        public init(singular: String, plural: String) {
            self.singular = singular
            self.plural = plural
        }
    }

    /// An input and the speech text the rules must produce for it.
    public struct Example: Sendable, Hashable {
        public var input: String
        public var spoken: String
        public var line: Int?
        public init(input: String, spoken: String, line: Int? = nil) {
            self.input = input
            self.spoken = spoken
            self.line = line
        }
    }

    /// No rules at all: the speech text equals the display text (lexicon aside).
    public static let none = SpeechNormalization()

    public init(
        replacements: [String: String] = [:], rangeWord: String? = nil, sayAsWords: Set<String> = [],
        spellInitialisms: Bool = false, units: [String: UnitWords] = [:], perWord: String? = nil,
        slashWord: String? = nil, domains: [String: String] = [:], dotWord: String = "dot", decades: [String] = [],
        oclockWord: String? = nil, ohWord: String? = nil, examples: [Example] = []
    ) {
        self.replacements = replacements
        self.rangeWord = rangeWord
        self.sayAsWords = sayAsWords
        self.spellInitialisms = spellInitialisms
        self.units = units
        self.perWord = perWord
        self.slashWord = slashWord
        self.domains = domains
        self.dotWord = dotWord
        self.decades = decades
        self.oclockWord = oclockWord
        self.ohWord = ohWord
        self.examples = examples
    }

    /// The rules in the order they claim text: earlier rules win when two rewrites start at the
    /// same place and are equally long.
    var rules: [any NormalizeRule] {
        var rules: [any NormalizeRule] = [
            NormalizeWebAddresses(domains: domains, dotWord: dotWord, sayAsWords: sayAsWords),
            NormalizeReplacements(table: replacements),
        ]
        if !decades.isEmpty { rules.append(NormalizeDecades(words: decades)) }
        if oclockWord != nil || ohWord != nil { rules.append(NormalizeTimes(oclock: oclockWord, oh: ohWord)) }
        if let rangeWord { rules.append(NormalizeRanges(word: rangeWord)) }
        if !units.isEmpty { rules.append(NormalizeUnits(units: units, perWord: perWord)) }
        if let slashWord { rules.append(NormalizeSlashes(word: slashWord)) }
        if spellInitialisms { rules.append(NormalizeInitialisms(sayAsWords: sayAsWords)) }
        return rules
    }
}
