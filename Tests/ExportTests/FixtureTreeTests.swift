import ContentModel
import Export
import Foundation
import Testing

/// Writes a complete output tree for the browser crosschecks (`Tests/crosscheck/test_export_*.py`)
/// when `PLAINSPEAK_EXPORT_FIXTURE_OUT` names a folder: the fixture article spoken with the
/// `espeak-ng` command line (one clip per cue, so cue times are exact), WAVs, WebVTT files,
/// `index.json`, every export file and the library page. Skipped otherwise.
@Suite struct FixtureTreeTests {
    static let outputFolder = ProcessInfo.processInfo.environment["PLAINSPEAK_EXPORT_FIXTURE_OUT"]
    static let sampleRate = 22050

    @Test(.enabled(if: outputFolder != nil)) func writeFixtureTree() throws {
        let root = URL(fileURLWithPath: try #require(Self.outputFolder))
        var clips: [String: [Int16]] = [:]
        let article = try FixtureArticle.article { text in
            let samples = try clips[text] ?? Self.speak(text)
            clips[text] = samples
            return Double(samples.count) / Double(Self.sampleRate)
        }
        let folder = root.appendingPathComponent(FixtureArticle.id)
        for (level, indexLevel) in zip(article.levels, article.index.levels) {
            for (section, entry) in zip(level.sections, indexLevel.sections) {
                var samples: [Int16] = []
                for cue in section.cues {
                    let start = Int((cue.startSeconds * Double(Self.sampleRate)).rounded())
                    samples += [Int16](repeating: 0, count: max(0, start - samples.count))
                    samples += clips[cue.text] ?? []
                }
                samples += [Int16](repeating: 0, count: max(0, entry.sampleCount - samples.count))
                try write(Self.wav(samples), to: folder.appendingPathComponent(entry.audio))
                let captions = WebVTT.document(
                    section.cues.map {
                        WebVTT.Entry(startSeconds: $0.startSeconds, endSeconds: $0.endSeconds, text: $0.text)
                    })
                try write(Data(captions.utf8), to: folder.appendingPathComponent(entry.captions))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try write(try encoder.encode(article.index), to: folder.appendingPathComponent("index.json"))
        for file in Exporter.articleFiles(article) {
            try write(Data(file.contents.utf8), to: folder.appendingPathComponent(file.path))
        }
        try write(Data(Exporter.libraryPage([article.index]).utf8), to: root.appendingPathComponent("index.html"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))
    }

    private func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// `text` spoken by the `espeak-ng` command (text on stdin, never as SSML), as 22050 Hz samples.
    static func speak(_ text: String) throws -> [Int16] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("export-fixture-\(UUID()).wav")
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/espeak-ng")
        process.arguments = ["-v", "en-us", "-s", "160", "-w", file.path, "--stdin"]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "espeak-ng failed for \(text)")
        return try pcm(of: Data(contentsOf: file))
    }

    /// The 16-bit samples of a WAV file's `data` chunk.
    static func pcm(of wav: Data) throws -> [Int16] {
        let bytes = [UInt8](wav)
        var offset = 12
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size =
                Int(bytes[offset + 4]) | Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6]) << 16
                | Int(bytes[offset + 7]) << 24
            let body = offset + 8
            // espeak-ng writes 0x7FFFFFFF sizes when it streams; the data then runs to the end.
            let end = min(bytes.count, body + size)
            if id == "data" {
                return stride(from: body, to: end - 1, by: 2).map {
                    Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8)
                }
            }
            offset = body + size + size % 2
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    /// A mono 16-bit PCM WAV file.
    static func wav(_ samples: [Int16]) -> Data {
        func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        func le16(_ value: Int) -> [UInt8] { (0..<2).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        let dataSize = samples.count * 2
        var bytes = Array("RIFF".utf8) + le32(36 + dataSize) + Array("WAVEfmt ".utf8) + le32(16) + le16(1) + le16(1)
        bytes += le32(sampleRate) + le32(sampleRate * 2) + le16(2) + le16(16) + Array("data".utf8) + le32(dataSize)
        bytes.reserveCapacity(bytes.count + dataSize)
        for sample in samples { bytes += le16(Int(sample)) }
        return Data(bytes)
    }
}
