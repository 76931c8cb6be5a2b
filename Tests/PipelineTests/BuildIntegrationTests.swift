import ContentModel
import Foundation
import Speech
import Testing

/// End-to-end builds with the real executable and eSpeak NG, read back and checked.
@Suite(.serialized) struct BuildIntegrationTests {
    let out = NSTemporaryDirectory() + "plainspeak-build-\(UUID().uuidString)"

    /// The fixture content folder: the shipped data files plus the fixture article.
    func fixtureContent() throws -> String {
        let folder = NSTemporaryDirectory() + "plainspeak-content-\(UUID().uuidString)"
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let shipped = repositoryRoot.appendingPathComponent("Content").path
        for name in try manager.contentsOfDirectory(atPath: shipped) where !name.hasSuffix(".md") {
            try manager.copyItem(atPath: shipped + "/" + name, toPath: folder + "/" + name)
        }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/content")
        for name in try manager.contentsOfDirectory(atPath: fixture.path) {
            try manager.copyItem(atPath: fixture.path + "/" + name, toPath: folder + "/" + name)
        }
        return folder
    }

    @Test func indexAndPlaylistMatchTheirGoldensAndTheAudio() throws {
        let content = try fixtureContent()
        let result = try runPlainspeak(["build", "--content", content, "--out", out, "--jobs", "2"])
        #expect(result.status == 0, "\(result.errors)")
        let folder = out + "/fever-in-babies"
        let indexData = try Data(contentsOf: URL(fileURLWithPath: folder + "/index.json"))
        let index = try JSONDecoder().decode(AudioIndex.self, from: indexData)

        #expect(index.schemaVersion == 1)
        #expect(index.levels.map(\.id) == ["original", "plain", "easy"])
        for level in index.levels {
            #expect(level.sections.map(\.title) == ["Introduction", "When to Call a Doctor", "Comfort at Home"])
            var start = 0.0
            for section in level.sections {
                let wav = try WAVFile.decode(
                    Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + section.audio))))
                #expect(wav.channels == 1 && wav.bitsPerSample == 16 && wav.sampleRate == index.voice.sampleRate)
                #expect(wav.samples.count == section.sampleCount)
                #expect(section.durationSeconds == Double(section.sampleCount) / Double(index.voice.sampleRate))
                #expect(abs(section.startSeconds - start) < 1e-9)
                start += section.durationSeconds
                #expect(section.wordCount == Words.count(in: section.text))
            }
            #expect(abs(level.durationSeconds - start) < 1e-9)
        }
        try expectMatchesGolden(Self.withoutTimings(indexData), named: "fever-in-babies.index.json")
        let playlist = try String(contentsOfFile: folder + "/original/playlist.m3u8", encoding: .utf8)
        try expectMatchesGolden(Self.withoutSeconds(playlist), named: "fever-in-babies.playlist.m3u8")
        try? FileManager.default.removeItem(atPath: out)
        try? FileManager.default.removeItem(atPath: content)
    }

    @Test func badFrontMatterNamesFileAndLineAndExitsOne() throws {
        let content = try fixtureContent()
        try "---\ntitle: \"Broken\"\nlanguage: en-US\ntitel: typo\n---\nText.\n".write(
            toFile: content + "/broken.md", atomically: true, encoding: .utf8)
        let result = try runPlainspeak(["build", "--content", content, "--out", out, "--level", "original"])
        #expect(result.status == 1)
        #expect(result.errors.contains("broken.md:4"), "\(result.errors)")
        // The other article is still built.
        #expect(FileManager.default.fileExists(atPath: out + "/fever-in-babies/index.json"))
        try? FileManager.default.removeItem(atPath: out)
        try? FileManager.default.removeItem(atPath: content)
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try runPlainspeak(["build", "--jobs", "0"]).status == 64)
        #expect(try runPlainspeak(["build", "--shard", "4/3"]).status == 64)
        #expect(try runPlainspeak(["build", "--no-such-option"]).status == 64)
    }

    /// Index JSON with every timing and measured value replaced, so the golden checks structure and text.
    static func withoutTimings(_ data: Data) -> String {
        var text = String(decoding: data, as: UTF8.self)
        for field in [
            "startSeconds", "durationSeconds", "sampleCount", "bodyStartSeconds", "loudnessLUFS", "truePeakDBTP", "key",
            "engine",
        ] {
            text = text.replacing(try! Regex("\"\(field)\" : [^,\\n]+"), with: "\"\(field)\" : \"…\"")
        }
        return text
    }

    static func withoutSeconds(_ playlist: String) -> String {
        playlist.replacing(try! Regex("#EXTINF:[0-9.]+,"), with: "#EXTINF:…,")
    }
}
