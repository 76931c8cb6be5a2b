import ContentModel
import Yams

extension Lexicon {
    /// Loads `lexicon.yml`. An absent file gives the empty lexicon.
    ///
    /// Format (see the comments in `Content/lexicon.yml`):
    /// ```yaml
    /// entries:
    ///   - words: [torticollis]          # or `word: torticollis`; phrases allowed ("spina bifida")
    ///     phonemes: "t,o@tI#k'0lIs"     # eSpeak mnemonics, or `respell: "…"`
    ///     expect: "t,o@t#I#k'0lIs"      # what `espeak-ng -q -x` must print for it
    ///     notes: "tor-tih-KAH-lis"
    ///     forms:                        # inflections, each a full entry
    ///       - {word: …, phonemes: …, expect: …}
    /// checked: [dystonia, …]            # listened to and approved as eSpeak says them
    /// audit: {minimumSyllables: 4, technicalParts: [cephal, …]}
    /// ```
    /// Errors name the file and line.
    public static func load(path: String) throws(SpeechError) -> Lexicon {
        guard let (reader, root) = try LexiconYAML.root(path: path) else { return .empty }
        guard let root else { return .empty }
        var lexicon = Lexicon()
        for (key, value) in try reader.mapping(root, allowed: ["entries", "checked", "audit"], what: "lexicon") {
            switch key {
            case "entries":
                guard let list = value.sequence else { throw reader.error(value, "entries must be a list") }
                for item in list {
                    for entry in try parseEntry(item, parent: nil, reader: reader) {
                        if let clash = lexicon.add(entry) {
                            let clashLine = clash.line.map { " (line \($0))" } ?? ""
                            throw reader.error(
                                line: entry.line,
                                "\"\(entry.words.joined(separator: ", "))\" is already in entry \"\(clash.id)\"\(clashLine)"
                            )
                        }
                    }
                }
            case "checked":
                for word in try reader.strings(value, what: "checked") {
                    lexicon.checked.insert(LexiconMatcher.key(word))
                }
            default:
                lexicon.audit = try PronunciationAuditSettings.parse(value, reader: reader)
            }
        }
        return lexicon
    }

    private static let entryKeys: Set<String> = ["word", "words", "phonemes", "respell", "expect", "notes", "forms"]

    /// An entry and its inflections (flattened; an inflection's id is `parent/form`).
    private static func parseEntry(_ node: Node, parent: String?, reader: LexiconYAML) throws(SpeechError)
        -> [LexiconEntry]
    {
        var words: [String] = []
        var say: LexiconEntry.Say?
        var expect: String?
        var notes: String?
        var formNodes: [Node] = []
        for (key, value) in try reader.mapping(node, allowed: entryKeys, what: "lexicon entry") {
            switch key {
            case "word", "words": words += try reader.strings(value, what: key).map(LexiconMatcher.key)
            case "phonemes", "respell":
                guard say == nil else { throw reader.error(value, "an entry has either phonemes or respell, not both") }
                let text = try reader.string(value, what: key).trimmingWhitespace()
                guard !text.isEmpty else { throw reader.error(value, "\(key) is empty") }
                if key == "phonemes" {
                    guard !text.contains("[") && !text.contains("]") else {
                        throw reader.error(value, "write phonemes without [[ ]]; they are added when speaking")
                    }
                    say = .phonemes(text)
                } else {
                    say = .respelling(text)
                }
            case "expect": expect = try reader.string(value, what: key).trimmingWhitespace()
            case "notes": notes = try reader.string(value, what: key)
            default:
                guard let list = value.sequence else { throw reader.error(value, "forms must be a list of entries") }
                formNodes = Array(list)
            }
        }
        words = words.filter { !$0.isEmpty }
        guard let first = words.first else { throw reader.error(node, "lexicon entry without word") }
        guard let say else { throw reader.error(node, "entry \"\(first)\" needs phonemes or respell") }
        guard let expect, !expect.isEmpty else {
            throw reader.error(node, "entry \"\(first)\" needs expect: the phonemes eSpeak must produce for it")
        }
        let id = parent.map { "\($0)/\(first)" } ?? first
        var result = [LexiconEntry(id: id, words: words, say: say, expect: expect, notes: notes, line: node.mark?.line)]
        for form in formNodes { result += try parseEntry(form, parent: id, reader: reader) }
        return result
    }
}
