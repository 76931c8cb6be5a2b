import ContentModel
import Foundation
import Readability
import Testing

@Suite struct ReadabilityMeterTests {
    @Test func missingDictionaryNamesThePath() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID()).dic").path
        let error = #expect(throws: ReadabilityError.self) { try ReadabilityMeter(dictionaryPath: path) }
        #expect(error?.kind == .dictionaryNotFound)
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains(ReadabilityMeter.defaultDictionaryPath) == true)
    }

    @Test func directoryIsNotADictionary() {
        let path = FileManager.default.temporaryDirectory.path
        let error = #expect(throws: ReadabilityError.self) { try ReadabilityMeter(dictionaryPath: path) }
        #expect(error?.kind == .dictionaryNotFound)
    }

    @Test func fileWithoutPatternsIsRejected() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID()).dic")
        try "UTF-8\nLEFTHYPHENMIN 2\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: ReadabilityError.self) { try ReadabilityMeter(dictionaryPath: url.path) }
        #expect(error?.kind == .dictionaryInvalid)
        #expect(error?.description.contains("no hyphenation patterns") == true)
    }

    @Test func nonUTF8DictionaryIsRejected() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID()).dic")
        try "ISO8859-1\n1ba\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: ReadabilityError.self) { try ReadabilityMeter(dictionaryPath: url.path) }
        #expect(error?.kind == .dictionaryInvalid)
        #expect(error?.description.contains("ISO8859-1") == true)
    }

    /// A tiny custom dictionary shows the path is really used and pyphen's 2/2 margins are applied
    /// (expected counts are pyphen 0.18.1's positions for the same file): "1b" allows a break before every
    /// "b", but not within two code points of either end, whatever the file's LEFT/RIGHTHYPHENMIN say.
    @Test func customDictionaryAndPyphenMargins() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("b-\(UUID()).dic")
        try "UTF-8\nLEFTHYPHENMIN 5\nRIGHTHYPHENMIN 5\n1b\n1cd.\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let meter = try ReadabilityMeter(dictionaryPath: url.path)
        #expect(meter.dictionaryPath == url.path)
        #expect(meter.syllables(in: "abababab") == 3)  // breaks at 3 and 5; 1 is too close to the start, 7 to the end
        #expect(meter.syllables(in: "bab") == 1)
        #expect(meter.syllables(in: "aab1b2bbaa") == 5)  // digits are ordinary code points, as in pyphen
        #expect(meter.syllables(in: "ABABABAB") == 3)  // lower-cased first
        #expect(meter.syllables(in: "aacd") == 2)
        // libhyphen alone treats a digit as a word end, so "cd." would match in "aacd9"; pyphen does not.
        #expect(meter.syllables(in: "aacd9") == 1)
    }

    @Test func punctuationIsRemovedBeforeCounting() throws {
        let meter = try ReadabilityMeter()
        #expect(meter.syllables(in: "well-known") == meter.syllables(in: "wellknown"))
        #expect(meter.syllables(in: "Don’t!") == meter.syllables(in: "dont"))
        #expect(meter.syllables(in: "—") == 0)
        #expect(meter.syllables(in: "") == 0)
        #expect(meter.lexiconCount("A well-known, long-term — follow-up.") == 4)
    }

    @Test func shortSentencesAreNotCounted() throws {
        let meter = try ReadabilityMeter()
        #expect(meter.sentenceCount("") == 1)
        #expect(meter.sentenceCount("Yes. No. Maybe so.") == 1)
        #expect(meter.sentenceCount("The baby sleeps well. The baby eats well. The baby cries less.") == 3)
    }

    @Test func concurrentUseMatchesSerialUse() async throws {
        let meter = try ReadabilityMeter()
        let goldens = try Goldens.load()
        let texts = goldens.cases.map(\.text)
        let serial = texts.map { try! ReadabilityMeter().measure($0) }
        let parallel = await withTaskGroup(of: (Int, ReadabilityScores).self) { group in
            for (index, text) in texts.enumerated() { group.addTask { (index, meter.measure(text)) } }
            var results = [ReadabilityScores?](repeating: nil, count: texts.count)
            for await (index, scores) in group { results[index] = scores }
            return results
        }
        #expect(parallel == serial)
    }
}
