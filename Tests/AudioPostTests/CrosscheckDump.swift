import AudioPost
import Foundation
import Testing

/// Writes normalised WAV and Opus files for `Tests/crosscheck/test_audiopost.py` to verify with
/// independent tools (pyloudnorm, ffmpeg). Runs only when `PLAINSPEAK_AUDIOPOST_DUMP=<dir>` is set.
@Suite struct CrosscheckDump {
    static let directory = ProcessInfo.processInfo.environment["PLAINSPEAK_AUDIOPOST_DUMP"]

    @Test(.enabled(if: directory != nil, "set PLAINSPEAK_AUDIOPOST_DUMP=<dir> to write files for the crosscheck"))
    func writeNormalisedFiles() throws {
        let directory = URL(fileURLWithPath: try #require(Self.directory), isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let speech = try SpokenFixture.speak(SpokenFixture.paragraph)
        for target in [-16.0, -23.0, -14.0] {
            let name = "speech\(Int(target))"
            let result = try LoudnessNormalizer(targetLUFS: target).normalize(
                speech.samples, sampleRate: speech.sampleRate)
            try WAV.encode(result.samples, sampleRate: speech.sampleRate)
                .write(to: directory.appendingPathComponent("\(name).wav"))
            let opus = try OpusEncoder().encode(
                result.samples, sampleRate: speech.sampleRate, serialNumber: Int32(-target), tags: ["TITLE": name])
            try Data(opus).write(to: directory.appendingPathComponent("\(name).opus"))
            // What our own meter said, for the crosscheck to compare against.
            let json = try JSONEncoder().encode(result.measurement)
            try json.write(to: directory.appendingPathComponent("\(name).json"))
        }
    }
}
