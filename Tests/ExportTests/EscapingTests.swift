import ContentModel
import Export
import Foundation
import Testing

/// Content can never become markup: the hostile fixture section shows as text everywhere.
@Suite struct EscapingTests {
    let files = FixtureArticle.files()

    @Test(arguments: ["original/fixture-article.html", "easy/fixture-article.html", "index.html"])
    func hostileContentIsEscaped(path: String) throws {
        let html = try #require(files[path])
        #expect(!html.contains("<img"))
        #expect(!html.contains("<audio src"))
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<!--"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("Risks &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\""))
        #expect(html.contains("Never run &lt;img src=x onerror=alert(1)&gt; as code."))
        #expect(html.contains("Speech markup &lt;audio src=\"x\"/&gt; is only text."))
    }

    @Test func listeningPageHasOnlyItsOwnTwoScripts() throws {
        let html = try #require(files["index.html"])
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
    }

    @Test func embeddedDataIsInertAndDecodesToTheContent() throws {
        let html = try #require(files["index.html"])
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"player-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(json.unicodeScalars.allSatisfy { $0.isASCII })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let levels = try #require(object["levels"] as? [[String: Any]])
        let sections = try #require(levels.first?["sections"] as? [[String: Any]])
        #expect(sections.map { $0["title"] as? String } == ["Introduction", FixtureArticle.hostileTitle, "Treatment"])
        let sentences = try #require(sections[1]["sentences"] as? [[Double]])
        #expect(sentences.count == FixtureArticle.hostileText.count)
    }

    @Test func pathsFromTheIndexCannotBecomeSchemes() throws {
        var article = FixtureArticle.fixed
        article.index.levels[0].sections[0].audio = "javascript:alert(1)"
        article.index.levels[0].sections[0].captions = "x\" onload=\"alert(1)"
        let html = try #require(FixtureArticle.files(article)["index.html"])
        #expect(html.contains("<source src=\"javascript%3Aalert%281%29\" type=\"audio/wav\">"))
        #expect(html.contains("src=\"x%22%20onload%3D%22alert%281%29\""))
        #expect(html.contains("\"audio\":\"javascript%3Aalert%281%29\""))
    }
}
