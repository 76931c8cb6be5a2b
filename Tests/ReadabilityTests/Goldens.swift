import Foundation

/// The numbers textstat 0.7.3 gives for fixed texts, recorded by `Scripts/record-readability-goldens.py`.
struct Goldens: Decodable {
    struct Case: Decodable {
        var name: String
        var text: String
        var words: Int
        var sentences: Int
        var syllables: Int
        var polysyllables: Int
        var fleschKincaidGrade: Double
        var fleschReadingEase: Double
        var smog: Double
        var polysyllableShare: Double
    }

    var textstat: String
    var pyphen: String
    var cases: [Case]
    /// textstat's `syllable_count` of every distinct word of the seed article.
    var syllables: [String: Int]

    static func load() throws -> Goldens {
        guard let url = Bundle.module.url(forResource: "Fixtures/goldens", withExtension: "json") else {
            throw CocoaError(
                .fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "Fixtures/goldens.json not bundled"])
        }
        return try JSONDecoder().decode(Goldens.self, from: Data(contentsOf: url))
    }
}
