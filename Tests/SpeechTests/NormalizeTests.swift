import ContentModel
import Foundation
import Speech
import Testing

@Suite("Speech normalisation")
struct NormalizeTests {
    /// Checks the SpokenText contract: pieces in order, covering both texts without gaps, and
    /// untouched pieces identical on both sides.
    static func checkPieces(_ text: SpokenText, sourceLocation: SourceLocation = #_sourceLocation) {
        let display = Array(text.display.unicodeScalars)
        let spoken = Array(text.spoken.unicodeScalars)
        var displayEnd = 0
        var spokenEnd = 0
        for piece in text.pieces {
            #expect(piece.display.lowerBound == displayEnd, sourceLocation: sourceLocation)
            #expect(piece.spoken.lowerBound == spokenEnd, sourceLocation: sourceLocation)
            displayEnd = piece.display.upperBound
            spokenEnd = piece.spoken.upperBound
        }
        #expect(displayEnd == display.count, sourceLocation: sourceLocation)
        #expect(spokenEnd == spoken.count, sourceLocation: sourceLocation)
    }

    @Test("every example in speech-normalization.yml gives its expected speech text")
    func shippedExamples() throws {
        let normalization = try SpeechNormalization.load(path: PronunciationFiles.normalization)
        #expect(normalization.examples.count >= 30)
        let builder = SpokenTextBuilder(lexicon: .empty, normalization: normalization)
        for example in normalization.examples {
            let spoken = builder.spoken(example.input)
            #expect(spoken.spoken == example.spoken, "line \(example.line ?? 0): \(example.input)")
            #expect(spoken.display == example.input)
            Self.checkPieces(spoken)
        }
    }

    @Test("rewritten pieces map back to the displayed words")
    func piecesMapBack() throws {
        let builder = try PronunciationFiles.shippedBuilder()
        let text = builder.spoken("Tests: MRI, EMG and torticollis at 3–4 months.")
        Self.checkPieces(text)
        let display = Array(text.display.unicodeScalars)
        let spoken = Array(text.spoken.unicodeScalars)
        var rewritten: [String: String] = [:]
        var emg: SpokenText.Piece?
        for piece in text.pieces where !display[piece.display].elementsEqual(spoken[piece.spoken]) {
            let written = String(String.UnicodeScalarView(display[piece.display]))
            rewritten[written] = String(String.UnicodeScalarView(spoken[piece.spoken]))
            if written == "EMG" { emg = piece }
        }
        #expect(rewritten["MRI"] == "M R I")
        #expect(rewritten["EMG"] == "E M G")
        #expect(rewritten["3–4"] == "3 to 4")
        #expect(rewritten["torticollis"]?.hasPrefix("[[") == true)
        #expect(rewritten.count == 4)
        // A word event inside "E M G" points at the start of "EMG" in the display text.
        let piece = try #require(emg)
        #expect(text.displayOffset(forSpoken: piece.spoken.lowerBound + 2) == piece.display.lowerBound)
    }

    @Test("eSpeak NG says the normalised forms as intended")
    func espeakReadsNormalisedText() async throws {
        let builder = try PronunciationFiles.shippedBuilder()
        func phonemes(_ display: String) async -> String {
            await sharedEngine.phonemes(for: builder.spoken(display).spoken)
        }
        // Raw eSpeak 1.51: "three dash four"; "EMG" one syllable; "i.e." "eye ee"; "1990s" "... s".
        #expect(await sharedEngine.phonemes(for: "3-4").contains("d'aS"))
        #expect(!(await phonemes("3-4")).contains("d'aS"))
        #expect(await phonemes("3-4") == (await sharedEngine.phonemes(for: "3 to 4")))
        #expect(await phonemes("3–4") == (await sharedEngine.phonemes(for: "3 to 4")))
        #expect(await phonemes("EMG") == (await sharedEngine.phonemes(for: "E M G")))
        #expect((await phonemes("EMG")).filter { $0 == "'" }.count == 3)
        #expect(!(await phonemes("i.e.")).contains("aI"))
        #expect(await phonemes("1990s") == (await sharedEngine.phonemes(for: "nineteen nineties")))
        #expect(await phonemes("10:00") == (await sharedEngine.phonemes(for: "ten o'clock")))
    }

    @Test("the seed article: only initialisms, the web address and lexicon words are rewritten")
    func seedArticleRewritesNothingElse() throws {
        let builder = try PronunciationFiles.shippedBuilder()
        let article = try String(contentsOfFile: PronunciationFiles.seedArticle, encoding: .utf8)
        var rewritten: Set<String> = []
        for line in article.split(separator: "\n") {
            for sentence in SentenceSplitter().sentences(in: String(line)) {
                let text = builder.spoken(sentence)
                Self.checkPieces(text)
                let display = Array(text.display.unicodeScalars)
                let spoken = Array(text.spoken.unicodeScalars)
                for piece in text.pieces where !display[piece.display].elementsEqual(spoken[piece.spoken]) {
                    rewritten.insert(String(String.UnicodeScalarView(display[piece.display])))
                }
            }
        }
        let initialismsAndAddresses = rewritten.filter { $0.allSatisfy(\.isUppercase) || $0.hasSuffix(".com") }
        #expect(initialismsAndAddresses == ["MRI", "EMG", "DBS", "CP", "NYBirthInjury.com"])
        for word in rewritten.subtracting(initialismsAndAddresses) {
            #expect(builder.lexicon.entry(for: word) != nil, "\(word) rewritten but not in the lexicon")
        }
        #expect(rewritten.contains("torticollis"))
        #expect(rewritten.contains("benzodiazepines"))
    }

    @Test("no rules means identity, and an absent file means no rules")
    func identity() throws {
        let builder = SpokenTextBuilder(
            lexicon: .empty, normalization: try SpeechNormalization.load(path: "/nonexistent.yml"))
        #expect(builder.spoken("EMG at 3-4 months, i.e. soon.") == SpokenText.identity("EMG at 3-4 months, i.e. soon."))
    }

    @Test("spacing: a rewrite never glues onto the next word")
    func spacing() {
        let normalization = SpeechNormalization(units: ["mg": .init(singular: "milligram", plural: "milligrams")])
        let builder = SpokenTextBuilder(lexicon: .empty, normalization: normalization)
        #expect(builder.spoken("5mg daily").spoken == "5 milligrams daily")
        #expect(builder.spoken("1 mg.").spoken == "1 milligram.")
    }

    @Test(
        "load errors name the file and the line",
        arguments: [
            ("ranges:\n  wrd: to\n", 2, "unknown key \"wrd\""),
            ("units:\n  symbols:\n    mg: [milligram]\n", 3, "[singular, plural]"),
            ("decades: [tens]\n", 1, "11 words"),
            ("examples:\n  - {in: x}\n", 2, "in: and say:"),
            ("initialisms:\n  spell: maybe\n", 2, "true or false"),
        ])
    func loadErrors(yaml: String, line: Int, message: String) throws {
        let path = try PronunciationFiles.temporary(yaml, name: "speech-normalization.yml")
        do {
            _ = try SpeechNormalization.load(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.file == path)
            #expect(error.line == line, "\(error)")
            #expect(error.description.contains(message), "\(error)")
        }
    }
}
