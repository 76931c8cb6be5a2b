import ContentModel
import Foundation
import Sectioning
import Testing

/// Front matter: required keys, types, typos, and YAML that tries to blow up.
@Suite struct FrontMatterTests {
    func frontMatterFailure(_ yaml: String) -> SectioningError? {
        bodyFailure(yaml: yaml)
    }

    func bodyFailure(yaml: String) -> SectioningError? {
        failure { () throws(SectioningError) in try Fixture.article("Text.\n", frontMatter: yaml) }
    }

    @Test func readsAllKeys() throws {
        let article = try Fixture.article(
            "Text.\n",
            frontMatter: "title:   Spaced   title\nlanguage: es\nsource: 'A site'\nauthors:\n  - Ana\n  - \"B. Díaz\"\n"
        )
        #expect(article.title == "Spaced title")
        #expect(article.language == "es")
        #expect(article.source == "A site")
        #expect(article.authors == ["Ana", "B. Díaz"])
        let minimal = try Fixture.article("Text.\n")
        #expect(minimal.source == nil)
        #expect(minimal.authors == [])
    }

    @Test func scalarsAreTakenAsWritten() throws {
        // YAML 1.1 would make these a number and a boolean ("the Norway problem").
        let article = try Fixture.article("Text.\n", frontMatter: "title: 1984\nlanguage: no\n")
        #expect(article.title == "1984")
        #expect(article.language == "no")
    }

    @Test func unknownKeyIsNamedWithItsLine() throws {
        let error = try #require(frontMatterFailure("titel: \"T\"\nlanguage: en\n"))
        #expect(error.line == 2)
        #expect(
            error.description.hasPrefix(
                "Content/test-article.md:2: unknown front matter key `titel` (did you mean `title`?)"))
        let other = try #require(frontMatterFailure("title: T\nlanguage: en\ntags: [a]\n"))
        #expect(other.line == 4)
        #expect(other.message.contains("`tags`"))
    }

    @Test func missingAndWrongTypedValues() throws {
        let noTitle = try #require(frontMatterFailure("language: en\n"))
        #expect(noTitle.message == "front matter has no `title:`")
        #expect(noTitle.line == 2)
        let noLanguage = try #require(frontMatterFailure("title: T\n"))
        #expect(noLanguage.message.hasPrefix("front matter has no `language:`"))
        let emptyTitle = try #require(frontMatterFailure("title:\nlanguage: en\n"))
        #expect(emptyTitle.description == "Content/test-article.md:2: `title` is empty")
        let listTitle = try #require(frontMatterFailure("language: en\ntitle:\n  - a\n"))
        #expect(listTitle.line == 4)
        #expect(listTitle.message == "`title` must be text, not a list or a mapping")
        let authorsString = try #require(frontMatterFailure("title: T\nlanguage: en\nauthors: Ana\n"))
        #expect(authorsString.line == 4)
        #expect(authorsString.message.hasPrefix("`authors` must be a list"))
        let authorMapping = try #require(frontMatterFailure("title: T\nlanguage: en\nauthors:\n  - name: Ana\n"))
        #expect(authorMapping.line == 5)
        let notMapping = try #require(frontMatterFailure("- title\n"))
        #expect(notMapping.line == 2)
        let emptyYAML = try #require(frontMatterFailure(""))
        #expect(
            emptyYAML.description
                == "Content/test-article.md:2: front matter is empty; it needs `title:` and `language:`")
    }

    @Test func languageMustLookLikeATag() throws {
        for tag in ["en", "en-US", "zh-Hant-TW", "es-419"] {
            #expect(try Fixture.article("Text.\n", frontMatter: "title: T\nlanguage: \(tag)\n").language == tag)
        }
        for tag in ["en_US", "english language", "e", "en-", "-US", "1en"] {
            let error = try #require(frontMatterFailure("title: T\nlanguage: \(tag)\n"), "\(tag)")
            #expect(error.line == 3)
            #expect(error.message.contains("is not a language tag"))
        }
    }

    @Test func invalidYAMLAndDuplicateKeysNameTheLine() throws {
        let invalid = try #require(frontMatterFailure("title: T\nlanguage: \"en\n"))
        #expect(invalid.message.hasPrefix("front matter is not valid YAML"))
        #expect(invalid.line != nil)
        let duplicate = try #require(frontMatterFailure("title: A\nlanguage: en\ntitle: B\n"))
        #expect(duplicate.message.contains("title"))
        #expect(duplicate.message.contains("more than once"))
        #expect(duplicate.line != nil)
    }

    @Test func missingUnclosedAndOversizedFrontMatter() throws {
        let missing = try #require(parseFailure(Array("# Title\n\nText.\n".utf8)))
        #expect(missing.description.hasPrefix("Content/test-article.md:1: missing front matter"))
        let unclosed = try #require(parseFailure(Array("---\ntitle: T\nlanguage: en\n\nText.\n".utf8)))
        #expect(
            unclosed.description
                == "Content/test-article.md:1: unclosed front matter: the `---` on line 1 has no closing `---` line")
        let huge =
            "---\ntitle: T\nlanguage: en\nsource: \"" + String(repeating: "a ", count: 40_000) + "\"\n---\nText.\n"
        let oversized = try #require(parseFailure(Array(huge.utf8)))
        #expect(oversized.message.hasPrefix("front matter is larger than 65536 bytes"))
        #expect(oversized.line == 4)
    }

    @Test func billionLaughsIsRejectedFast() throws {
        var yaml = "title: T\nlanguage: en\nsource: &a \"lol\"\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ",") + "]\n"
            previous = name
        }
        let start = ContinuousClock.now
        let error = try #require(frontMatterFailure(yaml))
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(error.line == 4)
        #expect(error.column == 9)
        #expect(error.message.hasPrefix("YAML anchors"))
        let alias = try #require(frontMatterFailure("title: T\nlanguage: en\nsource: *x\n"))
        #expect(alias.message.hasPrefix("YAML aliases"))
        #expect(alias.line == 4)
        let inList = try #require(frontMatterFailure("title: T\nlanguage: en\nauthors: [ &x A, *x ]\n"))
        #expect(inList.line == 4)
    }

    @Test func ampersandsAndStarsInTextAreFine() throws {
        let article = try Fixture.article(
            "Text.\n",
            frontMatter:
                "title: Tom & *Jerry*\nlanguage: en\nsource: \"&amp; *x\"\nauthors:\n  - 'A *b*'\n  - >\n    *Folded* name\n"
        )
        #expect(article.title == "Tom & *Jerry*")
        #expect(article.source == "&amp; *x")
        #expect(article.authors == ["A *b*", "*Folded* name"])
    }

    @Test func deepNestingIsRejectedBeforeParsing() throws {
        let flow = try #require(
            frontMatterFailure("title: T\nlanguage: en\nsource: " + String(repeating: "[", count: 50_000) + "\n"))
        #expect(flow.line == 4)
        #expect(flow.message.contains("nested more than 8 levels"))
        let compact = try #require(
            frontMatterFailure("title: T\nlanguage: en\nauthors: " + String(repeating: "- ", count: 20_000) + "x\n"))
        #expect(compact.line == 4)
    }
}
