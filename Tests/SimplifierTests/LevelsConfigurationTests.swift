import Foundation
import Testing

@testable import Simplifier

@Suite struct LevelsConfigurationTests {
    @Test func loadsTheShippedLevels() throws {
        let levels = try LevelsConfiguration.load(path: Support.content + "/levels.yml")
        #expect(levels.levels.map(\.id) == ["original", "plain", "easy"])
        let easy = try #require(levels.level("easy"))
        let plain = try #require(levels.level("plain"))
        let original = try #require(levels.level("original"))
        #expect(easy.targetGrade == 6.0)
        #expect(plain.targetGrade == 8.0)
        #expect(original.rules.isEmpty)
        #expect(easy.rateWordsPerMinute < plain.rateWordsPerMinute)
        #expect(plain.rateWordsPerMinute < original.rateWordsPerMinute)
        #expect((easy.rules.first { $0.name == "SplitLongSentences" }?.maxSentenceWords ?? 99) <= 15)
    }

    @Test func namesFileAndLineOfAnUnknownRule() throws {
        let path = NSTemporaryDirectory() + "levels-\(UUID().uuidString).yml"
        try """
        levels:
          - id: easy
            title: Easy
            rateWordsPerMinute: 145
            rules:
              - DropFiller
              - MakeItShorter
        """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try LevelsConfiguration.load(path: path)
        } throws: { error in
            let error = error as? SimplifierError
            return error?.file == path && error?.line == 7 && error?.message.contains("MakeItShorter") == true
        }
    }

    @Test func namesTheLineOfAYAMLSyntaxError() throws {
        let path = NSTemporaryDirectory() + "levels-\(UUID().uuidString).yml"
        try "levels:\n  - id: easy\n    title: [unclosed\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try LevelsConfiguration.load(path: path)
        } throws: { error in
            (error as? SimplifierError)?.line != nil && (error as? SimplifierError)?.file == path
        }
    }

    @Test func namesADuplicatedKeyAndTheLineOfItsSecondEntry() throws {
        let path = NSTemporaryDirectory() + "levels-\(UUID().uuidString).yml"
        try "levels:\n  - id: easy\n    title: Easy\n    title: Easier\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try LevelsConfiguration.load(path: path)
        } throws: { error in
            guard let error = error as? SimplifierError else { return false }
            return error.file == path && error.line == 4 && error.message.contains("“title” given twice")
                && error.message.count < 200
        }
    }
}
