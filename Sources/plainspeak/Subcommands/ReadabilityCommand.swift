import ArgumentParser
import ContentModel
import Foundation
import Readability

/// `plainspeak readability`: the standard readability measures of a text, as textstat 0.7.3 computes them.
struct ReadabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readability",
        abstract: "Measure a text: words, sentences, syllables, Flesch–Kincaid grade, Flesch reading ease, SMOG.")

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Argument(help: "Text file to read; standard input when omitted.")
    var file: String?

    func run() throws {
        let data: Data
        if let file {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let scores = try ReadabilityMeter().measure(String(decoding: data, as: UTF8.self))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(scores), as: UTF8.self))
            return
        }
        print(
            """
            words: \(scores.words)
            sentences: \(scores.sentences)
            syllables: \(scores.syllables)
            Flesch-Kincaid grade: \(scores.fleschKincaidGrade)
            Flesch reading ease: \(scores.fleschReadingEase)
            SMOG: \(scores.smog)
            words of 3+ syllables: \(Int((scores.polysyllableShare * 100).rounded())) %
            """)
    }
}
