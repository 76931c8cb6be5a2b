import Foundation
import Speech

/// Paths of the shipped data files and a scratch directory for the pronunciation tests.
enum PronunciationFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var content: String { root.appendingPathComponent("Content").path }
    static var lexicon: String { content + "/lexicon.yml" }
    static var normalization: String { content + "/speech-normalization.yml" }
    static var reference: String { content + "/pronunciation-reference.txt" }
    static let seedArticle = "/work/shared/seed/cervical-dystonia-in-infants.txt"

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporary(_ text: String, name: String = "data.yml") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plainspeak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func shippedBuilder() throws -> SpokenTextBuilder {
        SpokenTextBuilder(
            lexicon: try Lexicon.load(path: lexicon), normalization: try SpeechNormalization.load(path: normalization))
    }
}
