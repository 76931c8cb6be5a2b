import ContentModel
import Foundation
import Testing

@testable import Speech

@Suite("Pronunciation audit")
struct PronunciationAuditTests {
    static func seedTexts() throws -> [(article: String, level: String, text: String)] {
        let text = try String(contentsOfFile: PronunciationFiles.seedArticle, encoding: .utf8)
        return [("cervical-dystonia-in-infants", "original", text)]
    }

    @Test("the shipped content passes: every risky word is in the lexicon or checked")
    func shippedContentIsClean() async throws {
        let audit = try PronunciationAudit.load(content: PronunciationFiles.content)
        let report = try await audit.run(texts: try Self.seedTexts(), engine: sharedEngine)
        #expect(report.passed, "\(report.plainText)")
        #expect(report.words.count > 700)
        #expect(report.lexiconEntriesUsed.contains("torticollis"))
        #expect(report.plainText.contains("PASS"))
    }

    @Test("without a lexicon, the article's hard words are flagged with reasons and places")
    func flagsWithoutLexicon() async throws {
        let reference = try PronunciationReference.load(path: PronunciationFiles.reference)
        #expect(reference.count > 100_000)
        let audit = PronunciationAudit(lexicon: .empty, normalization: .none, reference: reference)
        let report = try await audit.run(texts: try Self.seedTexts(), engine: sharedEngine)
        #expect(!report.passed)
        let flagged = Dictionary(uniqueKeysWithValues: report.flagged.map { ($0.word, $0) })
        for word in ["torticollis", "sternocleidomastoid", "botulinum", "plagiocephaly", "hypoxic", "benzodiazepines"] {
            let entry = try #require(flagged[word], "\(word) not flagged")
            #expect(entry.reasons.contains(.notInReference))
            #expect(entry.occurrences == [.init(article: "cervical-dystonia-in-infants", level: "original")])
            #expect(!entry.phonemes.isEmpty)
        }
        // Everyday words are in the reference with eSpeak's stress confirmed.
        for word in ["baby", "parents", "muscles", "treatment", "understanding"] {
            #expect(flagged[word] == nil, "\(word)")
        }
        #expect(report.plainText.contains("FLAG torticollis"))
        #expect(report.plainText.contains("FAIL"))
    }

    @Test("stress on a syllable the reference leaves unstressed is flagged")
    func stressDiffers() async throws {
        // The reference knows only RE-sources; eSpeak 1.51 says re-SOUR-ces.
        let reference = PronunciationReference(stresses: ["resources": [[1, 0, 0]], "parents": [[1, 0]]])
        let audit = PronunciationAudit(lexicon: .empty, normalization: .none, reference: reference)
        let report = try await audit.run(texts: [("a", "plain", "Resources for parents.")], engine: sharedEngine)
        #expect(report.flagged.map(\.word) == ["for", "resources"])
        let resources = try #require(report.flagged.first { $0.word == "resources" })
        #expect(resources.reasons == [.stressDiffers(espeakPrimary: 1, reference: [[1, 0, 0]])])
    }

    @Test("checked words and lexicon words are not flagged; a changed expectation is")
    func checkedAndMismatch() async throws {
        let lexicon = Lexicon(
            entries: [LexiconEntry(id: "hypoxic", words: ["hypoxic"], say: .phonemes("haIp'0ksIk"), expect: "wrong")],
            checked: ["Dystonia"])
        let audit = PronunciationAudit(lexicon: lexicon, normalization: .none, reference: .empty)
        let report = try await audit.run(texts: [("a", "easy", "Hypoxic dystonia.")], engine: sharedEngine)
        #expect(report.words.map(\.word) == ["dystonia"])
        #expect(report.flagged.isEmpty)
        #expect(report.entryMismatches == [.init(id: "hypoxic", expected: "wrong", actual: "haIp'0ksIk")])
        #expect(!report.passed)
    }

    @Test("long technical words are flagged even when the reference has them, unless it confirms the stress")
    func technical() async throws {
        let lexicon = Lexicon(audit: PronunciationAuditSettings(minimumSyllables: 4, technicalParts: ["cephal"]))
        // Reference pattern with a different syllable count cannot confirm eSpeak.
        let reference = PronunciationReference(stresses: ["encephalopathy": [[0, 2, 0, 1]]])
        let audit = PronunciationAudit(lexicon: lexicon, normalization: .none, reference: reference)
        let report = try await audit.run(texts: [("a", "plain", "encephalopathy")], engine: sharedEngine)
        let word = try #require(report.flagged.first)
        #expect(word.reasons.contains { if case .technical(_, "cephal") = $0 { true } else { false } })
    }

    @Test("syllables and stress are read from eSpeak's phoneme strings")
    func syllables() async {
        let cases: [(word: String, stresses: [Int])] = [
            ("cervical", [1, 0, 0]), ("certain", [1, 0]), ("torticollis", [1, 0, 2, 0]),
            ("comprehensive", [2, 0, 1, 0]), ("ganglia", [1, 0, 0]), ("not", [1]),
            ("encephalopathy", [0, 2, 0, 1, 0, 0]),
        ]
        for (word, stresses) in cases {
            let phonemes = await sharedEngine.phonemes(for: word)
            #expect(PronunciationAuditSyllables.stresses(phonemes) == stresses, "\(word): \(phonemes)")
        }
    }

    @Test("words of the speech text: phoneme input, numbers and spelled letters are skipped")
    func speechWords() throws {
        let builder = try PronunciationFiles.shippedBuilder()
        let spoken = builder.spoken("An EMG at 3-4 months; torticollis isn't Erb’s palsy (NYBirthInjury.com).").spoken
        #expect(
            PronunciationAudit.spokenWords(in: spoken)
                == ["an", "at", "to", "months", "isn't", "erb", "palsy", "birth", "injury", "dot", "com"])
    }

    @Test("the reference loader reports bad lines with file and line")
    func referenceErrors() throws {
        let path = try PronunciationFiles.temporary("# comment\nbaby 10\nbroken\n", name: "ref.txt")
        do {
            _ = try PronunciationReference.load(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.file == path)
        }
    }
}
