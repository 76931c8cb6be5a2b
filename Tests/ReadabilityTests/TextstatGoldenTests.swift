import ContentModel
import Readability
import Testing

/// Compares the meter with textstat 0.7.3 on the recorded goldens (re-record them with
/// `PLAINSPEAK_RECORD_GOLDENS=1 python3 Scripts/record-readability-goldens.py`; this test never writes them).
@Suite struct TextstatGoldenTests {
    let meter: ReadabilityMeter
    let goldens: Goldens

    init() throws {
        meter = try ReadabilityMeter()
        goldens = try Goldens.load()
    }

    @Test func goldensCoverSeedEvalAndEdgeCases() {
        let names = goldens.cases.map(\.name)
        #expect(names.filter { $0.hasPrefix("seed: ") }.count >= 9)
        #expect(names.filter { $0.hasPrefix("asset.valid.orig") }.count >= 5)
        #expect(names.contains("empty"))
        #expect(goldens.syllables.count > 500)
    }

    @Test func countsEqualTextstatExactly() {
        for golden in goldens.cases {
            let scores = meter.measure(golden.text)
            #expect(scores.words == golden.words, "words of \(golden.name)")
            #expect(scores.sentences == golden.sentences, "sentences of \(golden.name)")
            #expect(scores.syllables == golden.syllables, "syllables of \(golden.name)")
            #expect(meter.lexiconCount(golden.text) == golden.words, "lexiconCount of \(golden.name)")
            #expect(meter.sentenceCount(golden.text) == golden.sentences, "sentenceCount of \(golden.name)")
            #expect(meter.syllables(in: golden.text) == golden.syllables, "syllables(in:) of \(golden.name)")
            let polysyllables = (scores.polysyllableShare * Double(scores.words)).rounded()
            #expect(Int(polysyllables) == golden.polysyllables, "polysyllables of \(golden.name)")
        }
    }

    @Test func scoresWithinATenthOfTextstat() {
        for golden in goldens.cases {
            let scores = meter.measure(golden.text)
            let pairs: [(String, Double, Double)] = [
                ("Flesch-Kincaid grade", scores.fleschKincaidGrade, golden.fleschKincaidGrade),
                ("Flesch reading ease", scores.fleschReadingEase, golden.fleschReadingEase),
                ("SMOG", scores.smog, golden.smog),
                ("polysyllable share", scores.polysyllableShare, golden.polysyllableShare),
            ]
            for (metric, swift, textstat) in pairs {
                #expect(abs(swift - textstat) <= 0.1, "\(metric) of \(golden.name): \(swift), textstat \(textstat)")
            }
        }
    }

    /// Same rounding as textstat, so the numbers agree exactly, not just within the tolerance.
    @Test func scoresEqualTextstatRounding() {
        for golden in goldens.cases {
            let scores = meter.measure(golden.text)
            #expect(scores.fleschKincaidGrade == golden.fleschKincaidGrade, "grade of \(golden.name)")
            #expect(scores.fleschReadingEase == golden.fleschReadingEase, "reading ease of \(golden.name)")
            #expect(scores.smog == golden.smog, "SMOG of \(golden.name)")
        }
    }

    @Test func everySeedWordHasPyphensSyllableCount() {
        var mismatches: [String] = []
        for (word, expected) in goldens.syllables.sorted(by: { $0.key < $1.key }) {
            let counted = meter.syllables(in: word)
            if counted != expected { mismatches.append("\(word): \(counted), textstat \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(goldens.syllables.count): \(mismatches.prefix(20))")
    }
}
