import AudioPost
import Foundation
import Testing

@Suite struct OpusEncoderTests {
    @Test func speechBecomesASmallOggOpusFileOfTheSameDuration() throws {
        let speech = try SpokenFixture.speak(SpokenFixture.paragraph)
        let opus = try OpusEncoder().encode(
            speech.samples, sampleRate: speech.sampleRate, serialNumber: 0x5053_0001,
            tags: ["TITLE": "Head tilt — when to call", "ARTIST": "PlainSpeak"])

        #expect(Array(opus.prefix(4)) == Array("OggS".utf8))
        #expect(opus.firstRange(of: Array("OpusHead".utf8)) != nil)
        #expect(opus.firstRange(of: Array("TITLE=Head tilt — when to call".utf8)) != nil)
        let wavBytes = WAV.encode(speech.samples, sampleRate: speech.sampleRate).count
        #expect(opus.count * 8 <= wavBytes, "Opus \(opus.count) B vs WAV \(wavBytes) B")

        // OpusHead records the input rate; every page carries the requested serial number (little-endian at 14).
        let head = try #require(opus.firstRange(of: Array("OpusHead".utf8)))
        let rate = opus[head.lowerBound + 12..<head.lowerBound + 16].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(rate == speech.sampleRate)
        #expect(Array(opus[14..<18]) == [0x01, 0x00, 0x53, 0x50])

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("audiopost-\(UUID().uuidString).opus")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(opus).write(to: url)
        let probed = try run(
            "ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", url.path])
        let duration = try #require(Double(probed.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(
            abs(duration - speech.durationSeconds) <= 0.1, "ffprobe \(duration) s, input \(speech.durationSeconds) s")
        // opusinfo validates the Ogg structure and complains on stderr/exit status about broken streams.
        let info = try run("opusinfo", [url.path])
        #expect(info.contains("Original sample rate: 22050"), "\(info)")
        #expect(!info.contains("WARNING"), "\(info)")
    }

    @Test func sameInputAndSerialGiveIdenticalBytes() throws {
        let speech = try SpokenFixture.speak(SpokenFixture.paragraph)
        let encoder = OpusEncoder()
        let tags = ["TITLE": "Section 1", "ALBUM": "Article", "ARTIST": "PlainSpeak"]
        let first = try encoder.encode(speech.samples, sampleRate: speech.sampleRate, serialNumber: 42, tags: tags)
        let second = try encoder.encode(speech.samples, sampleRate: speech.sampleRate, serialNumber: 42, tags: tags)
        #expect(first == second)
        let otherSerial = try encoder.encode(
            speech.samples, sampleRate: speech.sampleRate, serialNumber: 43, tags: tags)
        #expect(otherSerial != first)
        #expect(otherSerial.count == first.count)
    }

    @Test func lowerBitrateGivesSmallerFiles() throws {
        let speech = try SpokenFixture.speak(SpokenFixture.paragraph)
        let at24 = try OpusEncoder(bitrate: 24_000).encode(
            speech.samples, sampleRate: speech.sampleRate, serialNumber: 1)
        let at12 = try OpusEncoder(bitrate: 12_000).encode(
            speech.samples, sampleRate: speech.sampleRate, serialNumber: 1)
        #expect(at12.count < at24.count)
        // Average bit rate within 25% of the request (VBR over ~12 s of speech, plus headers).
        let kbps = Double(at24.count * 8) / speech.durationSeconds / 1000
        #expect((18.0...30.0).contains(kbps), "\(kbps) kbit/s")
    }

    @Test func libraryRejectionsBecomeAudioPostErrors() {
        do {
            _ = try OpusEncoder().encode([0, 0], sampleRate: 22050, serialNumber: 1, tags: ["TI=TLE": "x"])
            Issue.record("a tag name with '=' was accepted")
        } catch {
            #expect(error.status != nil)
            #expect(error.description.contains("ope_comments_add"))
        }
        #expect(throws: AudioPostError.self) {
            try OpusEncoder(bitrate: 24_000).encode([0, 0], sampleRate: 0, serialNumber: 1)
        }
    }
}
