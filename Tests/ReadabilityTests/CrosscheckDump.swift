import ContentModel
import Foundation
import Readability
import Testing

/// Input and output of the Python cross-check (`Tests/crosscheck/test_readability.py`), which compares
/// these numbers with textstat on texts and words it picks at random.
private struct CrosscheckRequest: Decodable {
    var texts: [String]
    var words: [String]
    /// Short strings whose `lexiconCount` is compared (single code points probe Python's `\w` and `\s`).
    var tokens: [String]
}

private struct CrosscheckResponse: Encodable {
    var scores: [ReadabilityScores]
    var syllables: [Int]
    var lexiconCounts: [Int]
}

/// Runs only when the cross-check sets `PLAINSPEAK_READABILITY_CROSSCHECK_IN` (a JSON request) and
/// `PLAINSPEAK_READABILITY_CROSSCHECK_OUT` (where the answer is written).
@Test(.enabled(if: ProcessInfo.processInfo.environment["PLAINSPEAK_READABILITY_CROSSCHECK_IN"] != nil))
func crosscheckDump() throws {
    let environment = ProcessInfo.processInfo.environment
    let input = try #require(environment["PLAINSPEAK_READABILITY_CROSSCHECK_IN"])
    let output = try #require(environment["PLAINSPEAK_READABILITY_CROSSCHECK_OUT"])
    let request = try JSONDecoder().decode(CrosscheckRequest.self, from: Data(contentsOf: URL(fileURLWithPath: input)))
    let meter = try ReadabilityMeter()
    let response = CrosscheckResponse(
        scores: request.texts.map(meter.measure), syllables: request.words.map(meter.syllables(in:)),
        lexiconCounts: request.tokens.map(meter.lexiconCount))
    try JSONEncoder().encode(response).write(to: URL(fileURLWithPath: output))
    #expect(response.scores.count == request.texts.count)
}
