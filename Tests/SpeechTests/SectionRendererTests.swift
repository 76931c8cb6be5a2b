import ContentModel
import Foundation
import Speech
import Testing

@Suite struct SectionRendererTests {
    static let blocks: [Block] = [
        .paragraph("Cervical dystonia makes the neck muscles tight. The head turns to one side."),
        .subheading("When to call the doctor"),
        .list(["The baby cannot turn her head", "Feeding is hard"]),
        .paragraph("Most babies get better with exercises."),
    ]
    static let announcement = "Section 2 of 5. Signs."

    static var settings: SpeechSettings {
        var settings = SpeechSettings()
        settings.sectionStartMilliseconds = 100
        settings.afterAnnouncementMilliseconds = 800
        settings.betweenParagraphsMilliseconds = 700
        settings.betweenListItemsMilliseconds = 450
        settings.betweenSentencesMilliseconds = 300
        settings.sectionEndMilliseconds = 500
        return settings
    }

    @Test func cuesCoverEverySentenceInOrderAfterTheAnnouncement() async throws {
        let rendered = try await SectionRenderer(settings: Self.settings)
            .render(blocks: Self.blocks, announcement: Self.announcement, engine: sharedEngine)
        let expectedSentences = SpeechScript(blocks: Self.blocks, announcement: nil).sentences
        #expect(expectedSentences.count == 6)
        #expect(
            rendered.cues.first
                == Cue(
                    kind: .announcement, startSeconds: 0.1, endSeconds: rendered.cues[0].endSeconds,
                    text: Self.announcement))
        #expect(rendered.cues.dropFirst().allSatisfy { $0.kind == .sentence })
        #expect(rendered.cues.dropFirst().map(\.text) == expectedSentences)
        #expect(rendered.cues.map(\.text).joined(separator: " ").contains("Feeding is hard."))
        for (earlier, later) in zip(rendered.cues, rendered.cues.dropFirst()) {
            #expect(earlier.startSeconds < earlier.endSeconds)
            #expect(earlier.endSeconds < later.startSeconds)
        }
        let last = try #require(rendered.cues.last)
        #expect(abs(rendered.durationSeconds - last.endSeconds - 0.5) < 1e-9)
        #expect(rendered.sampleRate == sharedEngine.sampleRate)
    }

    @Test func bodyStartsAfterTheAnnouncementAndItsPause() async throws {
        let rendered = try await SectionRenderer(settings: Self.settings)
            .render(blocks: Self.blocks, announcement: Self.announcement, engine: sharedEngine)
        let announcementEnd = try #require(rendered.cues.first).endSeconds
        #expect(abs(rendered.bodyStartSeconds - (announcementEnd + 0.8)) < 1 / 22050.0)
        #expect(abs(rendered.bodyStartSeconds - rendered.cues[1].startSeconds) < 1e-9)
    }

    @Test func pausesAreExactRunsOfZeroSamples() async throws {
        let rendered = try await SectionRenderer(settings: Self.settings)
            .render(blocks: Self.blocks, announcement: Self.announcement, engine: sharedEngine)
        let rate = Double(rendered.sampleRate)
        let bounds = rendered.cues.map {
            (Int(($0.startSeconds * rate).rounded()), Int(($0.endSeconds * rate).rounded()))
        }
        // Announcement, 2 sentences of a paragraph, subheading, 2 list items, paragraph.
        let expectedGaps = [800, 300, 700, 700, 450, 700].map {
            SectionRenderer.sampleCount(milliseconds: $0, rate: 22050)
        }
        let gaps = zip(bounds, bounds.dropFirst()).map { $1.0 - $0.1 }
        #expect(gaps == expectedGaps)
        for (earlier, later) in zip(bounds, bounds.dropFirst()) {
            #expect(rendered.samples[earlier.1..<later.0].allSatisfy { $0 == 0 })
            // Trimming leaves speech right at both edges, so the silence is exactly the pause.
            #expect(rendered.samples[earlier.1 - 1] != 0)
            #expect(rendered.samples[later.0] != 0)
        }
        #expect(rendered.samples.prefix(2205).allSatisfy { $0 == 0 })
        #expect(rendered.samples.suffix(11025).allSatisfy { $0 == 0 })
    }

    @Test func wordsAreDisplayWordsInsideTheirSentenceCues() async throws {
        let rendered = try await SectionRenderer(settings: Self.settings)
            .render(blocks: Self.blocks, announcement: Self.announcement, engine: sharedEngine)
        let sentenceCues = rendered.cues.filter { $0.kind == .sentence }
        #expect(
            rendered.words.map(\.text)
                == Words.tokens(in: sentenceCues.map(\.text).joined(separator: " ")).map(String.init))
        for word in rendered.words {
            let cue = sentenceCues[word.sentence]
            #expect(word.startSeconds >= cue.startSeconds && word.endSeconds <= cue.endSeconds + 1e-9)
            #expect(word.startSeconds < word.endSeconds)
            #expect(cue.text.contains(word.text))
        }
        let starts = rendered.words.map(\.startSeconds)
        #expect(starts == starts.sorted())
    }

    @Test func everyDisplayWordGetsATimeEvenWhenESpeakSkipsOrSplitsIt() async throws {
        // eSpeak 1.51 reports no event for some short words ("the", "a"), ends "child’s" at the
        // curly apostrophe and splits "long-term"; the timings must still list every display word.
        let sentence = "The child’s long-term outlook is good for a baby, and the doctor can help at 3–4 months."
        let rendered = try await SectionRenderer(settings: Self.settings)
            .render(blocks: [.paragraph(sentence)], announcement: nil, engine: sharedEngine)
        #expect(rendered.words.map(\.text) == Words.tokens(in: sentence).map(String.init))
        let cue = try #require(rendered.cues.first)
        var previousEnd = cue.startSeconds
        for word in rendered.words {
            #expect(abs(word.startSeconds - previousEnd) < 1e-9)
            #expect(word.endSeconds >= word.startSeconds)
            previousEnd = word.endSeconds
        }
        #expect(abs(previousEnd - cue.endSeconds) < 1e-9)
    }

    @Test func respelledWordsShowTheirDisplayTextInCuesAndWords() async throws {
        let respell: @Sendable (String) -> SpokenText = { display in
            guard let range = display.range(of: "Botox") else { return .identity(display) }
            let before = display.unicodeScalars.distance(from: display.startIndex, to: range.lowerBound)
            let spoken = display.replacingAll("Botox", with: "BOH-tox")
            let total = display.unicodeScalars.count
            return SpokenText(
                display: display, spoken: spoken,
                pieces: [
                    .init(display: 0..<before, spoken: 0..<before),
                    .init(display: before..<before + 5, spoken: before..<before + 7),
                    .init(display: before + 5..<total, spoken: before + 7..<total + 2),
                ])
        }
        let rendered = try await SectionRenderer(settings: Self.settings)
            .render(
                blocks: [.paragraph("Some babies get Botox shots.")], announcement: nil, spoken: respell,
                engine: sharedEngine)
        #expect(rendered.cues.map(\.text) == ["Some babies get Botox shots."])
        #expect(rendered.words.map(\.text) == ["Some", "babies", "get", "Botox", "shots"])
    }

    @Test func withoutAnnouncementTheBodyStartsAfterTheSectionStartPause() async throws {
        let rendered = try await SectionRenderer(settings: Self.settings)
            .render(blocks: [.paragraph("Short text.")], announcement: nil, engine: sharedEngine)
        #expect(rendered.cues.map(\.kind) == [.sentence])
        #expect(abs(rendered.bodyStartSeconds - 0.1) < 1e-9)
        #expect(abs(rendered.cues[0].startSeconds - 0.1) < 1e-9)
    }

    @Test func announcementsFollowTheTemplates() throws {
        let settings = SpeechSettings()
        #expect(
            SectionRenderer.announcement(
                articleTitle: "Cervical Dystonia in Infants", sectionNumber: 1, sectionCount: 9,
                sectionTitle: "Introduction", settings: settings)
                == "Cervical Dystonia in Infants. Section 1 of 9. Introduction.")
        #expect(
            SectionRenderer.announcement(
                articleTitle: "Cervical Dystonia in Infants", sectionNumber: 3, sectionCount: 9,
                sectionTitle: "Causes and risk factors", settings: settings)
                == "Section 3 of 9. Causes and risk factors.")
        #expect(
            SectionRenderer.announcement(
                articleTitle: "X", sectionNumber: 2, sectionCount: 2, sectionTitle: "What is it?", settings: settings)
                == "Section 2 of 2. What is it?")
        #expect(
            SectionRenderer.announcement(
                articleTitle: "X", sectionNumber: 2, sectionCount: 2, sectionTitle: "  ", settings: settings)
                == "Section 2 of 2.")
        var off = settings
        off.announce = false
        #expect(
            SectionRenderer.announcement(
                articleTitle: "X", sectionNumber: 1, sectionCount: 2, sectionTitle: "Intro", settings: off) == nil)
    }

    @Test func sameScriptInTwoFreshProcessesGivesIdenticalSamples() async throws {
        var outputs: [String] = []
        for _ in 0..<2 {
            let result = await #expect(processExitsWith: .success, observing: [\.standardOutputContent]) {
                let engine = try SpeechEngine(voice: "en-us", rateWordsPerMinute: 160)
                let rendered = try await SectionRenderer(settings: SpeechSettings())
                    .render(
                        blocks: [
                            .paragraph("Cervical dystonia makes the neck muscles tight. The head turns to one side."),
                            .list(["The baby cannot turn her head", "Feeding is hard"]),
                        ],
                        announcement: "Section 2 of 5. Signs.", engine: engine)
                // FNV-1a over the samples, and the count.
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for sample in rendered.samples {
                    hash = (hash ^ UInt64(UInt16(bitPattern: sample))) &* 0x100_0000_01b3
                }
                print(rendered.samples.count, hash, rendered.cues.map(\.endSeconds))
            }
            outputs.append(String(decoding: result?.standardOutputContent ?? [], as: UTF8.self))
        }
        #expect(outputs[0].count > 20)
        #expect(outputs[0] == outputs[1])
    }
}
