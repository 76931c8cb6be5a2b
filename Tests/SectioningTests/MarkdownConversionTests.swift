import ContentModel
import Sectioning
import Testing

/// CommonMark → plain text blocks, and how blocks are grouped into sections.
@Suite struct MarkdownConversionTests {
    @Test func inlineMarkupKeepsOnlyItsText() throws {
        let blocks = try Fixture.blocks(
            of: "Some *emphasis*, __strong__, `code`, [a link](https://example.com \"t\") and ![alt text](x.png).\n")
        #expect(blocks == [.paragraph("Some emphasis, strong, code, a link and alt text.")])
    }

    @Test func softBreaksAndWhiteSpaceRunsBecomeOneSpace() throws {
        let blocks = try Fixture.blocks(of: "One\ttwo   three\nfour  \nfive\\\nsix\n")
        #expect(blocks == [.paragraph("One two three four five six")])
    }

    @Test func listsAreFlattenedInReadingOrder() throws {
        let body = """
            - first
            - second *item*
              1. nested one
              2. nested two
                 - deeper
            - third

              with a second paragraph
            - 

            3. ordered
            """
        let blocks = try Fixture.blocks(of: body + "\n")
        #expect(
            blocks == [
                .list(["first", "second item", "nested one", "nested two", "deeper", "third with a second paragraph"]),
                .list(["ordered"]),
            ])
    }

    @Test func blockQuotesCodeBlocksAndBreaks() throws {
        let body = """
            > Quoted *text*
            > on two lines.
            >
            > ### Quoted heading

            ---

                indented   code
                block

            ```swift
            let x = 1
            ```
            """
        let blocks = try Fixture.blocks(of: body + "\n")
        #expect(
            blocks == [
                .paragraph("Quoted text on two lines."), .subheading("Quoted heading"),
                .paragraph("indented code block"), .paragraph("let x = 1"),
            ])
    }

    @Test func rawHTMLStaysLiteralText() throws {
        let body = "<script>alert(1)</script>\n\nInline <b>bold</b> and <img src=x onerror=alert(1)> &lt;i&gt;\n"
        let blocks = try Fixture.blocks(of: body)
        #expect(
            blocks == [
                .paragraph("<script>alert(1)</script>"),
                .paragraph("Inline <b>bold</b> and <img src=x onerror=alert(1)> <i>"),
            ])
        #expect(Block.plainText(of: blocks).contains("<script>"))
    }

    @Test func deeperHeadingsStayInsideTheirSection() throws {
        let article = try Fixture.article("## Causes\n\n### Genes\n\nText.\n\n#### Finer\n\nMore.\n")
        #expect(article.sections.count == 1)
        #expect(
            article.sections[0].blocks == [
                .subheading("Genes"), .paragraph("Text."), .subheading("Finer"), .paragraph("More."),
            ])
    }

    @Test func introductionOnlyWhenThereIsTextBeforeTheFirstHeading() throws {
        let without = try Fixture.article("## First\n\nBody.\n")
        #expect(without.sections.map(\.title) == ["First"])
        #expect(without.sections[0].number == 1)
        #expect(without.sections[0].line == 5)
        let with = try Fixture.article("\nOpening *words*.\n\n## First\n\nBody.\n")
        #expect(with.sections.map(\.title) == ["Introduction", "First"])
        #expect(with.sections.map(\.id) == ["introduction", "first"])
        #expect(with.sections.map(\.line) == [6, 8])
        #expect(with.sections[0].blocks == [.paragraph("Opening words.")])
    }

    @Test func leadingTitleHeadingIsSkipped() throws {
        let article = try Fixture.article("# Test Article\n\nIntro.\n\n## Next\n\nBody.\n")
        #expect(article.sections.map(\.title) == ["Introduction", "Next"])
        #expect(article.sections[0].blocks == [.paragraph("Intro.")])
    }

    @Test func otherLevelOneHeadingsAreErrors() throws {
        let different = try #require(bodyFailure("# Another Title\n\nText.\n"))
        #expect(different.line == 5)
        #expect(different.description.hasPrefix("Content/test-article.md:5: level-1 heading \"Another Title\""))
        let later = try #require(bodyFailure("Intro.\n\n# Test Article\n\nText.\n"))
        #expect(later.line == 7)
        let setext = try #require(bodyFailure("Intro.\n\nOther\n=====\n"))
        #expect(setext.line == 7)
    }

    @Test func emptySectionNamesFileSectionAndLine() throws {
        let error = try #require(bodyFailure("Intro.\n\n## Causes\n\n## Signs\n\nText.\n"))
        #expect(
            error.description
                == "Content/test-article.md:7: section \"Causes\": empty section (a heading needs body text)")
        let onlySubheading = try #require(bodyFailure("## Causes\n\n### Detail\n"))
        #expect(onlySubheading.section == "Causes")
        #expect(onlySubheading.line == 5)
        let trailing = try #require(bodyFailure("Intro.\n\n## Last\n"))
        #expect(
            trailing.description
                == "Content/test-article.md:7: section \"Last\": empty section (a heading needs body text)")
    }

    @Test func emptyHeadingAndEmptyBodyAreErrors() throws {
        let heading = try #require(bodyFailure("Intro.\n\n##\n\nText.\n"))
        #expect(heading.description == "Content/test-article.md:7: heading has no text")
        let onlyBreak = try #require(bodyFailure("\n\n***\n\n"))
        #expect(
            onlyBreak.description == "Content/test-article.md:5: the article has no body text after the front matter")
        // An HTML comment is raw HTML, so it is text (shown and spoken literally), not nothing.
        #expect(try Fixture.blocks(of: "<!-- note -->\n") == [.paragraph("<!-- note -->")])
        let none = try #require(bodyFailure(""))
        #expect(none.description == "Content/test-article.md:5: the article has no body text after the front matter")
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let body = String(repeating: ">", count: 20_000) + " deep\n"
        let error = try #require(bodyFailure(body))
        #expect(error.line == 5)
        #expect(error.message.contains("nested more than 32 levels"))
        let list = (0..<100).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        #expect(bodyFailure(list)?.line != nil)
    }

    @Test func parseBlocksReadsAnOverrideBody() throws {
        let reader = ArticleReader()
        let blocks = try reader.parseBlocks(
            markdown: Array("Plain *text*.\n\n### Sub\n\n- a\n- b\n".utf8), path: "Overrides/x.plain.md")
        #expect(blocks == [.paragraph("Plain text."), .subheading("Sub"), .list(["a", "b"])])
        let heading = try #require(
            failure { () throws(SectioningError) in
                try reader.parseBlocks(markdown: Array("Text.\n\n## No\n\nMore.\n".utf8), path: "o.md")
            })
        #expect(heading.description.hasPrefix("o.md:3: a level-2 heading is not allowed here"))
        let empty = try #require(
            failure { () throws(SectioningError) in try reader.parseBlocks(markdown: Array("\n\n".utf8), path: "o.md") }
        )
        #expect(empty.file == "o.md")
        #expect(empty.line == 1)
        let control = try #require(
            failure { () throws(SectioningError) in
                try reader.parseBlocks(markdown: Array("ok\nb\u{1}".utf8), path: "o.md")
            })
        #expect(control.description.hasPrefix("o.md:2:2: control character U+0001"))
    }
}
