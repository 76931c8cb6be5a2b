/// A check that a rewrite kept the meaning of the text it replaced. Returns a message describing
/// the damage, or `nil` when the rewrite is safe.
protocol MeaningGuard: Sendable {
    static var name: String { get }
    func check(before: String, after: String, context: GuardContext) -> String?
}

/// What guards can read.
struct GuardContext: Sendable {
    let data: SimplifierData
    let lexicon: Lexicon
    let grammar: Grammar
    /// Glossary terms the section named before the text being checked: a later mention may use
    /// the term's plain name instead (`GlossaryTermGuard`).
    var namedTerms: Set<String> = []

    /// Lower-cased words of `text` with every plain-word replacement undone into one canonical
    /// spelling, so that "frequently" and "often" count as the same hedge.
    func canonicalWords(_ text: String) -> [String] {
        let words = Self.withoutAdditiveNotOnly(Text.words(text))
        var out: [String] = []
        var index = 0
        while index < words.count {
            if let phrase = data.phraseTable.first(where: { Text.matches($0.words, in: words, at: index) }) {
                out.append(contentsOf: phrase.replacementWords)
                index += phrase.words.count
                continue
            }
            out.append(contentsOf: canonical(words[index]))
            index += 1
        }
        return out
    }

    /// `words` without the "not only" of "not only … but also …": it adds, it neither negates nor
    /// limits, so splitting it into "A. It also B." keeps the meaning.
    static func withoutAdditiveNotOnly(_ words: [String]) -> [String] {
        var out = words
        var index = 0
        while index + 1 < out.count {
            if out[index] == "not", out[index + 1] == "only",
                let but = out[(index + 2)...].firstIndex(of: "but"), but + 1 < out.count, out[but + 1] == "also"
            {
                out.removeSubrange(index...(index + 1))
                continue
            }
            index += 1
        }
        return out
    }

    /// One word's canonical spelling: inflections are matched through their base form and the
    /// plain-word chain is followed to its end ("recommended" → "advise" → "tell", and "advised" →
    /// "tell"), because a rewrite replaces each word once and its result may itself be a key.
    private func canonical(_ word: String) -> [String] {
        guard let base = lexicon.baseForms(of: word).first(where: { data.plainWords[$0] != nil }) else {
            return [word]
        }
        var current = base
        var seen: Set<String> = [current]
        while let next = data.plainWords[current], let first = Text.words(next).first, Text.words(next).count == 1,
            !seen.contains(first)
        {
            seen.insert(first)
            current = first
        }
        if let plain = data.plainWords[current], Text.words(plain).count > 1 { return Text.words(plain) }
        return [current]
    }
}

/// Every guard, run on every rewrite in this order.
enum Guards {
    static let all: [any MeaningGuard] = [
        NumbersGuard(), NegationGuard(), HedgeGuard(), GlossaryTermGuard(), CompleteSentenceGuard(),
    ]

    /// The first guard that fails with its message, or `nil`.
    static func firstFailure(before: String, after: String, context: GuardContext) -> (String, String)? {
        for meaningGuard in all {
            if let message = meaningGuard.check(before: before, after: after, context: context) {
                return (type(of: meaningGuard).name, message)
            }
        }
        return nil
    }
}

/// Counts of each element, for multiset comparisons.
func counted<S: Sequence>(_ items: S) -> [S.Element: Int] where S.Element: Hashable {
    var out: [S.Element: Int] = [:]
    for item in items { out[item, default: 0] += 1 }
    return out
}
