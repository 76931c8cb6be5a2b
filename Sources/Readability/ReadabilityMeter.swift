public import ContentModel
import Foundation

/// Measures readability exactly as textstat 0.7.3 does for English (`en_US`), syllables included:
/// textstat asks pyphen for hyphenation points with the LibreOffice `hyph_en_US` patterns, which this
/// meter reads with libhyphen.
///
/// A value type holding a shared, read-only dictionary and a thread-safe syllable cache, so copies are
/// cheap and may be used from any thread.
public struct ReadabilityMeter: Sendable {
    /// Debian's `hyphen-en-us` patterns, the same patterns pyphen ships.
    public static let defaultDictionaryPath = "/usr/share/hyphen/hyph_en_US.dic"

    /// pyphen's defaults `left=2, right=2`: a syllable boundary needs two code points on either side.
    private static let minimumPartLength = 2
    /// textstat's `syllable_threshold` for English: words with this many syllables are polysyllables.
    private static let polysyllableThreshold = 3

    private let dictionary: HyphenationDictionary
    private let cache = SyllableCache()

    /// Loads the hyphenation patterns at `dictionaryPath`.
    /// - Throws: ``ReadabilityError`` when the file is missing, unreadable or holds no UTF-8 patterns.
    public init(dictionaryPath: String = ReadabilityMeter.defaultDictionaryPath) throws(ReadabilityError) {
        dictionary = try HyphenationDictionary(path: dictionaryPath)
    }

    /// Path of the hyphenation dictionary in use.
    public var dictionaryPath: String { dictionary.path }

    /// Words, sentences, syllables and the scores of `text`, equal to textstat's (rounded as textstat
    /// rounds): `lexicon_count`, `sentence_count`, `syllable_count`, `flesch_kincaid_grade`,
    /// `flesch_reading_ease`, `smog_index`, and `polysyllabcount / lexicon_count`.
    public func measure(_ text: String) -> ReadabilityScores {
        // textstat counts syllables on the lower-cased text with punctuation removed; the white-space tokens
        // of the raw text give the same words, and also textstat's `polysyllabcount` units.
        var words = 0
        var syllableTotal = 0
        var polysyllables = 0
        for token in TextstatText.split(text) {
            let tokenWords = TextstatText.split(TextstatText.removingPunctuation(token))
            words += tokenWords.count
            let tokenSyllables = syllables(in: String(token))
            syllableTotal += tokenSyllables
            if tokenSyllables >= Self.polysyllableThreshold { polysyllables += 1 }
        }
        let sentences = sentenceCount(text)

        // avg_sentence_length and avg_syllables_per_word are rounded to one decimal before use.
        let sentenceLength = TextstatText.legacyRound(Double(words) / Double(sentences), points: 1)
        let syllablesPerWord =
            words == 0 ? 0 : TextstatText.legacyRound(Double(syllableTotal) / Double(words), points: 1)
        let readingEase = TextstatText.legacyRound(
            206.835 - 1.015 * sentenceLength - 84.6 * syllablesPerWord, points: 2)
        let grade = TextstatText.legacyRound(0.39 * sentenceLength + 11.8 * syllablesPerWord - 15.59, points: 1)
        var smog = 0.0
        if sentences >= 3 {
            // Python's `** .5` is C's pow, which may differ from sqrt in the last bit.
            let root = pow(30 * (Double(polysyllables) / Double(sentences)), 0.5)
            smog = TextstatText.legacyRound(1.043 * root + 3.1291, points: 1)
        }
        return ReadabilityScores(
            words: words, sentences: sentences, syllables: syllableTotal, fleschKincaidGrade: grade,
            fleschReadingEase: readingEase, smog: smog,
            polysyllableShare: words == 0 ? 0 : Double(polysyllables) / Double(words))
    }

    /// textstat's `syllable_count`: lower-cases, removes punctuation, and adds one plus the number of
    /// hyphenation points of each remaining word ("well-known" is one word, "wellknown"; "" has 0).
    public func syllables(in word: String) -> Int {
        let cleaned = TextstatText.removingPunctuation(Substring(word.lowercased()))
        var total = 0
        for part in TextstatText.split(cleaned) {
            total += cache.count(for: String(part)) { word in
                let last = word.unicodeScalars.count - Self.minimumPartLength
                let points = dictionary.points(in: word).filter { $0 >= Self.minimumPartLength && $0 <= last }
                return points.count + 1
            }
        }
        return total
    }

    /// textstat's `sentence_count`: runs ending in `.`, `!` or `?`, ignoring those of two words or fewer
    /// (such as the "e." and "g." of "e.g."), and at least 1.
    public func sentenceCount(_ text: String) -> Int {
        let sentences = TextstatText.sentenceCandidates(text)
        let ignored = sentences.filter { TextstatText.lexiconCount($0) <= 2 }.count
        return max(1, sentences.count - ignored)
    }

    /// textstat's `lexicon_count`: white-space separated words after removing all punctuation, so
    /// hyphenated words and contractions count once and a lone dash counts zero.
    public func lexiconCount(_ text: String) -> Int {
        TextstatText.lexiconCount(Substring(text))
    }
}
