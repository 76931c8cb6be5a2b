import ContentModel
import Export
import Testing

@Suite struct GoldenTests {
    @Test(arguments: [
        "original/fixture-article.txt", "easy/fixture-article.txt", "original/fixture-article.html",
        "easy/fixture-article.html", "index.html",
    ])
    func articleFileMatchesGolden(path: String) throws {
        let contents = try #require(FixtureArticle.files()[path])
        try Golden.check(contents, name: path.replacingAll("/", with: "__"))
    }

    @Test func libraryPageMatchesGolden() throws {
        try Golden.check(Exporter.libraryPage([FixtureArticle.fixed.index]), name: "library.html")
    }
}
