import ContentModel
import Export
import Testing

@Suite struct HTMLStructureTests {
    let files = FixtureArticle.files()

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test(arguments: ["original/fixture-article.html", "easy/fixture-article.html", "index.html"])
    func documentShell(path: String) throws {
        let html = try #require(files[path])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-US\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("<title>Head tilt in babies"))
        #expect(count("<h1>", in: html) == 1)
        #expect(count("<main", in: html) == 1)
        // The skip link is the first focusable element and its target exists.
        let skip = try #require(html.firstMatch(of: /<body>\n<a class="skip" href="#([a-z]+)">/))
        #expect(html.contains("id=\"\(skip.1)\""))
    }

    @Test func levelDocumentHasOneH2PerSectionAndRealLists() throws {
        let html = try #require(files["original/fixture-article.html"])
        #expect(count("<h2", in: html) == 3)
        #expect(count("<section aria-labelledby=", in: html) == 3)
        #expect(html.contains("<ul>\n<li>Head turned to one side</li>\n<li>Stiff neck muscles:</li>\n</ul>"))
        #expect(html.contains("<h3>Exercises at home</h3>"))
        #expect(!html.contains("* * *") && !html.contains("•"))
        #expect(html.contains("href=\"../easy/fixture-article.html\""))
        #expect(html.contains("href=\"fixture-article.txt\""))
        #expect(!html.contains("<script"))
    }

    @Test func listeningPageHasPlayerLevelsChaptersAndMarkedSentences() throws {
        let html = try #require(files["index.html"])
        #expect(count("<input type=\"radio\" name=\"level\"", in: html) == 2)
        #expect(count("class=\"chapter\"", in: html) == 6)
        #expect(html.contains("<source src=\"original/01-introduction.wav\" type=\"audio/wav\">"))
        #expect(
            html.contains(
                "<track kind=\"captions\" src=\"original/01-introduction.vtt\" srclang=\"en-US\" label=\"Captions\" default>"
            ))
        #expect(html.contains("role=\"status\" aria-live=\"polite\""))
        #expect(html.contains("@media (forced-colors: active)") && html.contains("prefers-reduced-motion"))
        // Every sentence cue of every level is marked exactly once, except the "* * *" rule, which
        // has nothing to show.
        let sentences = FixtureArticle.fixed.levels.flatMap(\.sections).flatMap(\.cues)
            .filter { $0.kind == .sentence && $0.text.contains(where: \.isLetter) }
        #expect(count("<span class=\"s\" data-s=", in: html) == sentences.count)
        #expect(html.contains("<span class=\"s\" data-s=\"0\">Head tilt in babies has many causes.</span> "))
        #expect(html.contains("<li><span class=\"s\" data-s=\"4\">Stiff neck muscles.</span></li>"))
        // Only the first level is shown before the script runs.
        #expect(count("class=\"level-text\" data-level=\"1\" hidden", in: html) == 1)
    }

    @Test func opusSourceComesFirstWhenTheIndexHasOne() throws {
        var article = FixtureArticle.fixed
        article.index.levels[0].sections[0].opus = "original/01-introduction.opus"
        let html = try #require(FixtureArticle.files(article)["index.html"])
        let opus = try #require(
            html.range(of: "<source src=\"original/01-introduction.opus\" type=\"audio/ogg; codecs=opus\">"))
        let wav = try #require(html.range(of: "<source src=\"original/01-introduction.wav\""))
        #expect(opus.lowerBound < wav.lowerBound)
        #expect(html.contains("\"opus\":\"original/01-introduction.opus\""))
    }

    @Test func libraryListsEveryLevelWithDurationAndLinks() {
        var second = FixtureArticle.fixed.index
        second.article.id = "second one"
        second.article.title = "Second"
        let html = Exporter.libraryPage([FixtureArticle.fixed.index, second])
        #expect(count("<section class=\"article\"", in: html) == 2)
        #expect(html.contains("href=\"fixture-article/index.html#level=easy\""))
        #expect(html.contains("href=\"fixture-article/easy/fixture-article.txt\""))
        #expect(html.contains("href=\"second%20one/index.html\""))
        let duration = FixtureArticle.fixed.index.levels[0].durationSeconds
        let clock = "\(Int(duration.rounded()) / 60):" + String(format2: Int(duration.rounded()) % 60)
        #expect(html.contains("<span aria-hidden=\"true\">\(clock)</span>"))
    }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
