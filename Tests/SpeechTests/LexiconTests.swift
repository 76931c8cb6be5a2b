import ContentModel
import Foundation
import Speech
import Testing

@Suite("Lexicon")
struct LexiconTests {
    @Test("every shipped entry makes eSpeak NG produce its expected phonemes")
    func shippedEntriesProduceExpectedPhonemes() async throws {
        let lexicon = try Lexicon.load(path: PronunciationFiles.lexicon)
        #expect(lexicon.entries.count >= 40)
        try await sharedEngine.preparePhonemeInput()
        var failures: [String] = []
        for entry in lexicon.entries {
            let actual = await sharedEngine.phonemes(for: entry.spokenForm).trimmingWhitespace()
            if actual != entry.expect {
                failures.append(
                    "\(entry.id) (line \(entry.line ?? 0)): expected \(entry.expect), eSpeak gives \(actual)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("every phoneme entry changes what eSpeak NG says for the written word")
    func entriesFixSomething() async throws {
        let lexicon = try Lexicon.load(path: PronunciationFiles.lexicon)
        for entry in lexicon.entries {
            for word in entry.words {
                let plain = await sharedEngine.phonemes(for: word).trimmingWhitespace()
                #expect(plain != entry.expect, "\(word): eSpeak already says \(plain)")
            }
        }
    }

    @Test("the words eSpeak 1.51 is known to get wrong are covered")
    func knownProblemWordsAreCovered() throws {
        let lexicon = try Lexicon.load(path: PronunciationFiles.lexicon)
        for word in ["torticollis", "sternocleidomastoid", "botulinum", "plagiocephaly", "hypoxic", "benzodiazepines"] {
            #expect(lexicon.entry(for: word) != nil, "\(word)")
            #expect(lexicon.entry(for: word.uppercased()) != nil, "\(word) in capitals")
        }
    }

    @Test("matching is case-insensitive, whole-word, longest phrase first and handles 's")
    func matching() throws {
        let lexicon = Lexicon(entries: [
            LexiconEntry(id: "spina", words: ["spina"], say: .respelling("spyna"), expect: "x"),
            LexiconEntry(id: "spina bifida", words: ["spina bifida"], say: .phonemes("sp'aIn@ b'IfI#d@"), expect: "x"),
            LexiconEntry(id: "botox", words: ["botox"], say: .phonemes("b'oUt0ks"), expect: "x"),
            LexiconEntry(id: "erb", words: ["erb"], say: .respelling("urb"), expect: "x"),
        ])
        let builder = SpokenTextBuilder(lexicon: lexicon, normalization: .none)
        #expect(builder.spoken("Spina  Bifida is rare.").spoken == "[[sp'aIn@ b'IfI#d@]] is rare.")
        #expect(builder.spoken("spina alone").spoken == "spyna alone")
        #expect(
            builder.spoken("BOTOX helps; botoxes do not; herbal").spoken == "[[b'oUt0ks]] helps; botoxes do not; herbal"
        )
        #expect(builder.spoken("Botox’s effect").spoken == "[[b'oUt0ksI#z]] effect")
        #expect(builder.spoken("Erb’s palsy").spoken == "urb's palsy")
        #expect(builder.lexiconEntries(usedIn: "Botox and spina bifida, then Botox.") == ["botox", "spina bifida"])
        #expect(builder.lexiconEntries(usedIn: "Nothing here.").isEmpty)
    }

    @Test("the possessive ending follows the last sound")
    func possessiveEnding() {
        func spoken(_ phonemes: String) -> String {
            LexiconEntry(id: "x", words: ["x"], say: .phonemes(phonemes), expect: "").possessiveSpokenForm
        }
        #expect(spoken("t,o@tI#k'0lIs") == "[[t,o@tI#k'0lIsI#z]]")
        #expect(spoken("haIp'0ksIk") == "[[haIp'0ksIks]]")
        #expect(spoken("'apni@") == "[['apni@z]]")
    }

    @Test("a possessive of a lexicon word is spoken without a letter S")
    func possessiveSpoken() async throws {
        let builder = try PronunciationFiles.shippedBuilder()
        let spoken = builder.spoken("Torticollis's cause").spoken
        try await sharedEngine.preparePhonemeInput()
        let phonemes = await sharedEngine.phonemes(for: spoken)
        #expect(phonemes.contains("k'0lIsI#z"), "\(phonemes)")
        #expect(!phonemes.contains("'Es"), "\(phonemes)")
    }

    @Test("an absent file gives an empty lexicon")
    func absentFile() throws {
        let lexicon = try Lexicon.load(path: "/nonexistent/lexicon.yml")
        #expect(lexicon.entries.isEmpty)
        #expect(lexicon.checked.isEmpty)
    }

    @Test("forms load as their own entries with the parent's id")
    func forms() throws {
        let path = try PronunciationFiles.temporary(
            """
            entries:
              - word: extractor
                phonemes: "Ikstr'akt3"
                expect: "Ikstr'akt3"
                forms:
                  - {word: extractors, phonemes: "Ikstr'akt3z", expect: "Ikstr'akt3z"}
            checked: [Dystonia]
            """)
        let lexicon = try Lexicon.load(path: path)
        #expect(lexicon.entries.map(\.id) == ["extractor", "extractor/extractors"])
        #expect(lexicon.entry(for: "Extractors")?.spokenForm == "[[Ikstr'akt3z]]")
        #expect(lexicon.covers("dystonia"))
        #expect(lexicon.entries[1].line == 6)
    }

    @Test(
        "load errors name the file and the line",
        arguments: [
            ("entries:\n  - word: a\n    phonemes: x\n", 2, "needs expect"),
            ("entries:\n  - word: a\n    phonemes: x\n    expect: x\n    sound: y\n", 5, "unknown key \"sound\""),
            (
                "entries:\n  - word: a\n    phonemes: x\n    expect: x\n  - word: A\n    respell: b\n    expect: b\n",
                5,
                "already in entry \"a\""
            ),
            ("entries:\n  - word: a\n    phonemes: \"[[x]]\"\n    expect: x\n", 3, "without [[ ]]"),
            ("entries: [\n  - word: a\n", 2, "invalid YAML"),
            ("audit:\n  minimumSyllables: many\n", 2, "whole number"),
        ])
    func loadErrors(yaml: String, line: Int, message: String) throws {
        let path = try PronunciationFiles.temporary(yaml, name: "lexicon.yml")
        do {
            _ = try Lexicon.load(path: path)
            Issue.record("expected an error for \(yaml)")
        } catch {
            #expect(error.file == path)
            #expect(error.line == line, "\(error)")
            #expect(error.description.contains(message), "\(error)")
            #expect(error.description.hasPrefix("\(path):\(line): "), "\(error)")
        }
    }
}

@Suite("Lexicon in synthesis")
struct LexiconSynthesisTests {
    @Test("word events of a lexicon pronunciation and a spelled initialism map back to the displayed words")
    func wordEventsMapBack() async throws {
        let builder = try PronunciationFiles.shippedBuilder()
        let text = builder.spoken("Torticollis needs an EMG at 3–4 months.")
        #expect(text.spoken.hasPrefix("[["))
        let synthesis = try await sharedEngine.synthesize(text)
        #expect(synthesis.samples.count > synthesis.sampleRate / 2)
        let display = Array(text.display.unicodeScalars)
        let shown = Set(
            synthesis.words.map { String(String.UnicodeScalarView(display[$0.displayRange])) })
        #expect(shown.contains("Torticollis"), "\(shown.sorted())")
        #expect(shown.contains("EMG"), "\(shown.sorted())")
        #expect(shown.contains("3–4"), "\(shown.sorted())")
        #expect(shown.contains("months"), "\(shown.sorted())")
    }
}
