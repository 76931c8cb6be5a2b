import Foundation
import Speech
import Testing

@Suite struct SpeechSettingsTests {
    @Test func theShippedFileLoadsAndMatchesTheDocumentedDefaults() throws {
        let path = repositoryRoot.appendingPathComponent("Content/speech.yml").path
        let loaded = try SpeechSettings.load(path: path)
        #expect(loaded == SpeechSettings())
    }

    @Test func aMissingFileMeansDefaults() throws {
        #expect(try SpeechSettings.load(path: "/nonexistent/speech.yml") == SpeechSettings())
    }

    @Test func valuesAreRead() throws {
        let settings = try SpeechSettings.parse(
            yaml: """
                voice: en-gb
                rateWordsPerMinute: 140
                announce: false
                sectionAnnouncement: ["Part {number}", "{title}"]
                pauses:
                  betweenSentences: 0
                  sectionEnd: 1000
                trimSilence: false
                """)
        #expect(settings.voice == "en-gb")
        #expect(settings.rateWordsPerMinute == 140)
        #expect(settings.announce == false)
        #expect(settings.sectionAnnouncement == ["Part {number}", "{title}"])
        #expect(settings.betweenSentencesMilliseconds == 0)
        #expect(settings.sectionEndMilliseconds == 1000)
        #expect(settings.afterAnnouncementMilliseconds == SpeechSettings().afterAnnouncementMilliseconds)
        #expect(settings.trimSilence == false)
    }

    @Test(arguments: [
        ("voice: en-us\npauses:\n  betweenParagraphs: [oops\n", 3, "invalid YAML"),
        ("voice: en-us\npauses:\n  betweenParagraphs: long\n", 3, "whole number"),
        ("voice: en-us\nrateWordsPerMinute: 20\n", 2, "80"),
        ("voice: en-us\n\nspeed: 3\n", 3, "unknown setting \"speed\""),
        ("pauses:\n  betweenParagrapsh: 3\n", 2, "unknown pause"),
        ("announce: maybe\n", 1, "true or false"),
    ])
    func badValuesNameFileAndLine(yaml: String, line: Int, message: String) {
        #expect {
            try SpeechSettings.parse(yaml: yaml, file: "Content/speech.yml")
        } throws: { error in
            guard let error = error as? SpeechError else { return false }
            return error.kind == .settings && error.line == line && error.file == "Content/speech.yml"
                && error.description.hasPrefix("Content/speech.yml:\(line): ") && error.description.contains(message)
        }
    }
}
