/// The pronunciation lexicon: words eSpeak NG says wrongly and what to give it instead, plus the
/// words an editor has listened to and approved (``checked``). Loaded from `Content/lexicon.yml`.
///
/// Applied to the speech text only, never to exported text or captions.
public struct Lexicon: Sendable {
    public private(set) var entries: [LexiconEntry]
    /// Lower-cased words an editor has listened to and approved as eSpeak says them.
    public var checked: Set<String>
    /// Settings of the pronunciation audit (kept with the lexicon, which is where editors work).
    public var audit: PronunciationAuditSettings

    /// Written form (lower-cased, normalised separators) → index into ``entries``.
    private var index: [String: Int]
    /// The most words any written form has, for longest-phrase-first matching.
    private var longestPhrase: Int

    /// A lexicon with no entries.
    public static let empty = Lexicon()

    /// A lexicon from entries; later entries cannot redefine a written form (the loader reports the
    /// clash with both lines).
    public init(
        entries: [LexiconEntry] = [], checked: Set<String> = [],
        audit: PronunciationAuditSettings = PronunciationAuditSettings()
    ) {
        self.entries = []
        self.checked = Set(checked.map { $0.lowercased() })
        self.audit = audit
        self.index = [:]
        self.longestPhrase = 0
        for entry in entries { _ = add(entry) }
    }

    /// Adds `entry`; returns the entry that already owns one of its written forms, if any.
    @discardableResult
    mutating func add(_ entry: LexiconEntry) -> LexiconEntry? {
        let keys = entry.words.map(LexiconMatcher.key)
        for key in keys {
            if let existing = index[key] { return entries[existing] }
        }
        entries.append(entry)
        for key in keys {
            index[key] = entries.count - 1
            longestPhrase = max(longestPhrase, LexiconMatcher.wordCount(of: key))
        }
        return nil
    }

    /// The entry for a written form, ignoring case.
    public func entry(for written: String) -> LexiconEntry? {
        index[LexiconMatcher.key(written)].map { entries[$0] }
    }

    /// Whether an editor approved `word` or an entry covers it.
    public func covers(_ word: String) -> Bool {
        checked.contains(word.lowercased()) || entry(for: word) != nil
    }

    /// Every match in `scalars`: case-insensitive, whole words, longest phrase first, left to right,
    /// without overlaps. Offsets are Unicode-scalar offsets.
    func matches(in scalars: [Unicode.Scalar]) -> [SpeechRewrite] {
        guard !entries.isEmpty else { return [] }
        return LexiconMatcher(scalars: scalars).matches(longestPhrase: longestPhrase) { key in
            index[key].map { entries[$0] }
        }
    }
}
