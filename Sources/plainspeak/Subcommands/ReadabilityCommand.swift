import ArgumentParser
import ContentModel
import Foundation
import Readability

/// `plainspeak readability [FILE] [--json]`: the readability of a text, as textstat 0.7.3 computes it.
struct ReadabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readability",
        abstract: "Print readability scores of a plain-text file (or standard input), computed as textstat 0.7.3 does."
    )

    @Argument(help: "Plain-text file to measure; standard input when omitted.")
    var file: String?

    @Flag(help: "Print the scores as JSON (the index.json `readability` object).")
    var json = false

    @Option(help: "libhyphen hyphenation dictionary used to count syllables.")
    var dictionary = ReadabilityMeter.defaultDictionaryPath

    func run() throws {
        let text: String
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw UnreadableInput(path: file)
            }
            text = String(decoding: data, as: UTF8.self)
        } else {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        let scores = try ReadabilityMeter(dictionaryPath: dictionary).measure(text)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(scores), as: UTF8.self))
        } else {
            print(
                """
                words: \(scores.words)
                sentences: \(scores.sentences)
                syllables: \(scores.syllables)
                Flesch-Kincaid grade: \(scores.fleschKincaidGrade)
                Flesch reading ease: \(scores.fleschReadingEase)
                SMOG: \(scores.smog)
                words of 3+ syllables: \(String(format: "%.1f", scores.polysyllableShare * 100))%
                """)
        }
    }
}

/// The text file given to `plainspeak readability` could not be read (reported without the usage text).
private struct UnreadableInput: Error, CustomStringConvertible {
    var path: String
    var description: String { "plainspeak readability: cannot read \(path)" }
}
