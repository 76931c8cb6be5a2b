import ContentModel
import Foundation
import Speech
import Testing

@Suite struct SpeechEngineTests {
    @Test func reportsTheInstalledEngineAndItsSampleRate() throws {
        let cli = try runTool("espeak-ng", ["--version"])
        // "eSpeak NG text-to-speech: 1.51  Data at: …"
        let version = try #require(cli.split(separator: " ").dropFirst(3).first)
        #expect(sharedEngine.engineVersion == "eSpeak NG \(version)")
        #expect(sharedEngine.sampleRate == 22050)
    }

    // Runs in a fresh process: the shared engine has just served other tests (phoneme lookups among
    // them), and eSpeak's global state can carry a stray word event from one call into the next.
    @Test func speaksASentenceWithWordsInOrderAtDisplayOffsets() async throws {
        await #expect(processExitsWith: .success) {
            let engine = try SpeechEngine(voice: "en-us", rateWordsPerMinute: 175)
            let sentence = "The baby turns her head to one side."
            let synthesis = try await engine.synthesize(.identity(sentence))
            let expectedWords = ["The", "baby", "turns", "her", "head", "to", "one", "side"]
            // At 175 words per minute eight words take about 2.7 s; allow a wide margin.
            #expect(synthesis.durationSeconds > 1.3 && synthesis.durationSeconds < 5.5)
            #expect(rms(synthesis.samples) > 500)
            #expect(synthesis.words.map { synthesis.text.displayText($0.displayRange) } == expectedWords)
            let starts = synthesis.words.map(\.sample)
            #expect(starts == starts.sorted())
            #expect(Set(starts).count == starts.count)
            #expect(starts.allSatisfy { $0 >= 0 && $0 < synthesis.samples.count })
            // eSpeak's own millisecond positions agree with the sample positions.
            for word in synthesis.words {
                #expect(abs(Double(word.sample) / 22.05 - Double(word.milliseconds)) < 2)
            }
        }
    }

    // Word-event tests run in a fresh process each: after other tests' calls in the shared engine,
    // eSpeak has twice (in CI) delivered a word event too many or too few.
    @Test func mapsWordsOfARespelledTextBackToTheDisplay() async throws {
        await #expect(processExitsWith: .success) {
            let engine = try SpeechEngine(voice: "en-us", rateWordsPerMinute: 175)
            let display = "Botox helps."
            let spoken = "BOH-tox helps."
            let text = SpokenText(
                display: display, spoken: spoken,
                pieces: [.init(display: 0..<5, spoken: 0..<7), .init(display: 5..<12, spoken: 7..<14)])
            let synthesis = try await engine.synthesize(text)
            let shown = synthesis.words.map { text.displayText($0.displayRange) }
            #expect(shown.first == "Botox")
            #expect(shown.last == "helps")
            #expect(shown.allSatisfy { $0 == "Botox" || $0 == "helps" })
        }
    }

    @Test func controlCharactersAndMarkupAreSpokenAsPlainText() async throws {
        await #expect(processExitsWith: .success) {
            let engine = try SpeechEngine(voice: "en-us", rateWordsPerMinute: 175)
            // \u{01} starts an eSpeak embedded command ("\u{01}20A" would set the amplitude to 20); with
            // SSML, <audio src> could even run a program. Both must reach eSpeak as nothing but text.
            let plain = #"Hello 20A world <audio src="x"/> again."#
            let hostile = "Hello \u{01}20A world\u{7F} <audio src=\"x\"/>\u{85} again.\u{0}"
            let reference = try await engine.synthesize(.identity(plain))
            let cleaned = try await engine.synthesize(.identity(hostile))
            let referenceWords = reference.words.map { reference.text.displayText($0.displayRange) }
            let cleanedWords = cleaned.words.map { cleaned.text.displayText($0.displayRange) }
            #expect(cleanedWords == referenceWords)
            #expect(referenceWords.contains("audio") && referenceWords.contains("again"))
            #expect(cleanedWords.starts(with: ["Hello", "20", "A", "world"]))
            // Same words at the same pace: eSpeak carries a little state from call to call, so allow 2 %.
            let ratio = Double(cleaned.samples.count) / Double(reference.samples.count)
            #expect(abs(ratio - 1) < 0.02)
            #expect(abs(Double(peak(cleaned.samples)) / Double(peak(reference.samples)) - 1) < 0.2)
        }
    }

    @Test func phonemeInputInDoubleBracketsIsSpokenAsPhonemes() async throws {
        let word = try await sharedEngine.synthesize(.identity("hello"))
        let phonemes = try await sharedEngine.synthesize(.identity("[[h@l'oU]]"))
        #expect(rms(phonemes.samples) > 500)
        // Read as letters ("h at l o U") it would last several times longer.
        #expect(abs(phonemes.durationSeconds / word.durationSeconds - 1) < 0.25)
    }

    @Test(arguments: ["hello", "Cervical dystonia, in infants. How are you?"])
    func phonemeMnemonicsMatchTheCommandLine(text: String) async throws {
        let cli = try runTool("espeak-ng", ["-v", "en-us", "-q", "-x", text])
        let ours = await sharedEngine.phonemes(for: text)
        #expect(ours == cli.trimmingCharacters(in: .newlines))
    }

    @Test func aSecondEngineInTheProcessIsAnError() {
        _ = sharedEngine
        #expect {
            _ = try SpeechEngine(voice: "en-us", rateWordsPerMinute: 175)
        } throws: { error in
            (error as? SpeechError)?.kind == .engineInUse
        }
    }

    @Test func rateOutsideESpeakRangeIsRejected() async {
        await #expect {
            try await sharedEngine.setRate(20)
        } throws: { error in
            let error = error as? SpeechError
            return error?.kind == .invalidArgument && error?.description.contains("20") == true
        }
    }

    @Test func unknownVoiceCarriesESpeakMessage() async throws {
        // Run in a fresh process: the test process's one engine already exists.
        let result = await #expect(processExitsWith: .success, observing: [\.standardOutputContent]) {
            do {
                _ = try SpeechEngine(voice: "xx-no-such-voice", rateWordsPerMinute: 175)
                exit(3)
            } catch let error as SpeechError {
                print(error.kind.rawValue)
                print(error.engineMessage ?? "")
                print(error.description)
                exit(0)
            } catch {
                exit(4)
            }
        }
        let lines = String(decoding: result?.standardOutputContent ?? [], as: UTF8.self).split(separator: "\n")
        #expect(lines.first == "unknownVoice")
        #expect(lines.count == 3)
        // eSpeak NG 1.51 says "Voice does not exist." for ENS_VOICE_NOT_FOUND.
        #expect(lines.dropFirst().first?.lowercased().contains("voice") == true)
        #expect(lines.last?.contains("xx-no-such-voice") == true)
    }

    @Test func repeatedDotsAbortESpeakAsDocumented() async {
        // A known eSpeak NG 1.51 crash that the pipeline isolates in worker processes; if it ever
        // stops crashing, this test tells us the workaround can go.
        await #expect(processExitsWith: .failure) {
            let engine = try SpeechEngine(voice: "en-us", rateWordsPerMinute: 175)
            _ = try await engine.synthesize(.identity(String(repeating: "a . ", count: 85)))
        }
    }
}
