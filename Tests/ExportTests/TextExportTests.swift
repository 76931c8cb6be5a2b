import ContentModel
import Export
import Testing

@Suite struct TextExportTests {
    let original = FixtureArticle.files()["original/fixture-article.txt"] ?? ""

    @Test func startsWithTitleAndLevelThenBlankLineSeparatedBlocks() {
        let paragraphs = original.components(separatedBy: "\n\n")
        #expect(paragraphs.first == "Head tilt in babies\nOriginal")
        #expect(paragraphs.dropFirst().first == "Introduction")
        #expect(paragraphs.contains("Head tilt in babies has many causes. Most of them are mild."))
        #expect(!original.contains("\n\n\n"))
        #expect(original.hasSuffix("Ask the therapist first!\n"))
    }

    @Test func listItemsOnePerLineWithoutBulletsAsSentences() {
        #expect(original.contains("\n\nHead turned to one side.\nStiff neck muscles.\n\n"))
    }

    @Test func noMarkdownOrDecorativeCharacters() {
        for line in original.split(separator: "\n") {
            #expect(line.contains(where: { $0.isLetter || $0.isNumber }), "decorative line \(line)")
            for marker in ["*", "#", "•", "—", "- "] { #expect(!line.hasPrefix(marker), "\(line)") }
        }
        #expect(!original.contains("* * *"))
    }

    @Test func headingsAreTheirOwnLines() throws {
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for title in ["Introduction", FixtureArticle.hostileTitle, "Treatment", "Exercises at home"] {
            let index = try #require(lines.firstIndex(of: title), "\(title) missing")
            #expect(lines[index - 1].isEmpty && lines[index + 1].isEmpty)
        }
    }

    @Test func hostileTextStaysPlainCharacters() {
        #expect(original.contains(FixtureArticle.hostileTitle))
        for sentence in FixtureArticle.hostileText { #expect(original.contains(sentence)) }
        #expect(!original.contains("&lt;") && !original.contains("&amp;"))
    }

    @Test func controlCharactersAreDropped() {
        let level = ExportLevel(
            id: "plain", title: "Plain",
            sections: [ExportSection(number: 1, id: "a", title: "A\u{1}B", blocks: [.paragraph("x\u{1}y\u{7F} z")])])
        let article = ExportArticle(index: FixtureArticle.fixed.index, levels: [level])
        let text = Exporter.articleFiles(article).first { $0.path == "plain/fixture-article.txt" }?.contents ?? ""
        #expect(text == "Head tilt in babies\nPlain\n\nAB\n\nxy z\n")
    }
}
