import ContentModel
import Sectioning
import Testing

/// Encoding, control and invisible characters, line endings and size caps.
@Suite struct InputHygieneTests {
    @Test func invalidUTF8NamesByteOffsetAndLine() throws {
        let prefix = Array(Fixture.file("Intro.\n\nCaf").utf8)
        for bad: [UInt8] in [[0xE9], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let error = try #require(parseFailure(prefix + bad + Array(" end\n".utf8)))
            #expect(error.byteOffset == prefix.count)
            #expect(error.line == 7)
            #expect(error.column == nil)
            #expect(error.description.hasPrefix("Content/test-article.md:7: byte \(prefix.count): invalid UTF-8"))
        }
        // CRLF counts as one line ending when locating the byte.
        let crlf = Array("---\r\ntitle: T\r\nlanguage: en\r\n---\r\nx".utf8) + [0xFF]
        #expect(parseFailure(crlf)?.line == 5)
    }

    @Test func controlCharactersNameLineAndColumn() throws {
        let cases: [(String, String)] = [
            ("\u{0}", "U+0000"), ("\u{1}", "U+0001"), ("\u{1B}", "U+001B"), ("\u{7F}", "U+007F"), ("\u{85}", "U+0085"),
            ("\u{9F}", "U+009F"),
        ]
        for (character, name) in cases {
            let error = try #require(bodyFailure("Intro.\n\nab\(character)c\n"))
            #expect(error.line == 7)
            #expect(error.column == 3)
            #expect(
                error.description
                    == "Content/test-article.md:7:3: control character \(name) is not allowed in content; delete it")
        }
        // In the front matter too, and columns count characters, not bytes.
        let front = try #require(
            failure { () throws(SectioningError) in
                try Fixture.article("x\n", frontMatter: "title: \"é\u{1}\"\nlanguage: en\n")
            })
        #expect(front.line == 2)
        #expect(front.column == 10)
        #expect(try Fixture.blocks(of: "tab\there\n") == [.paragraph("tab here")])
    }

    @Test func invisibleCharactersAreRemoved() throws {
        let invisible =
            ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{200E}", "\u{200F}"]
            + [
                "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}",
                "\u{2069}",
            ]
        for character in invisible {
            let article = try Fixture.article("Bo\(character)tox is safe.\n\n## Head\(character)ing\n\nText.\n")
            #expect(article.sections[0].text == "Botox is safe.")
            #expect(article.sections[1].title == "Heading")
            #expect(article.sections[1].id == "heading")
        }
        let title = try Fixture.article("x\n", frontMatter: "title: \"\u{202E}Evil\u{202C}\"\nlanguage: en\n")
        #expect(title.title == "Evil")
    }

    @Test func leadingByteOrderMarkIsSkipped() throws {
        let plain = try ArticleReader().parse(
            markdown: Array(Fixture.file("Intro.\n\n## A\n\nText.\n").utf8), path: Fixture.path)
        let withBOM = try ArticleReader().parse(
            markdown: [0xEF, 0xBB, 0xBF] + Array(Fixture.file("Intro.\n\n## A\n\nText.\n").utf8), path: Fixture.path)
        #expect(withBOM == plain)
        #expect(withBOM.sections[1].line == 7)
    }

    @Test func crlfAndCRGiveTheSameArticleAsLF() throws {
        let lf = Fixture.file("Intro line one\nline two.\n\n## Causes\n\n- a\n- b\n\n### Sub\n\nText  \nbreak.\n")
        let reader = ArticleReader()
        let expected = try reader.parse(markdown: Array(lf.utf8), path: Fixture.path)
        #expect(expected.sections.map(\.line) == [5, 8])
        for ending in ["\r\n", "\r"] {
            let converted = lf.replacingOccurrences(of: "\n", with: ending)
            #expect(try reader.parse(markdown: Array(converted.utf8), path: Fixture.path) == expected)
            // Error lines too.
            let broken = try #require(parseFailure(Array((converted + "\u{1}").utf8)))
            #expect(broken.line == 17)
        }
    }

    @Test func fileSizeCap() throws {
        let limit = ContentLimits.standard.fileBytes
        #expect(limit == 2 * 1024 * 1024)
        let paragraph = String(repeating: "word ", count: 19) + "word.\n\n"  // 101 bytes
        var body = ""
        var section = 0
        while Fixture.file(body).utf8.count + 190_000 < limit {
            section += 1
            body += "## Part \(section)\n\n" + String(repeating: paragraph, count: 1_800)
        }
        body += "## Tail\n\n"
        section += 1
        let missing = limit - Fixture.file(body).utf8.count - 1
        body += String(repeating: "a ", count: missing / 2) + String(repeating: "a", count: missing % 2) + "\n"
        let exact = Array(Fixture.file(body).utf8)
        #expect(exact.count == limit)
        #expect(try ArticleReader().parse(markdown: exact, path: Fixture.path).sections.count == section)
        let error = try #require(parseFailure(exact + [0x0A]))
        #expect(
            error.description
                == "Content/test-article.md: file is \(limit + 1) bytes, more than the limit of \(limit) bytes; split the article"
        )
    }

    @Test func sectionTextCap() throws {
        let limit = ContentLimits.standard.sectionCharacters
        let fits = String(repeating: "abcd ", count: limit / 5 - 1) + "end."
        #expect(fits.count == limit - 1)
        #expect(try Fixture.article("## Long\n\n" + fits + "\n").sections[0].text.count == limit - 1)
        let error = try #require(bodyFailure("## Long\n\n" + fits + "xy\n"))
        #expect(
            error.description
                == "Content/test-article.md:5: section \"Long\": section text is \(limit + 1) characters, more than \(limit); split it"
        )
    }

    @Test func wordLengthCap() throws {
        let word = String(repeating: "x", count: 100)
        #expect(try Fixture.blocks(of: "A \(word) b\n") == [.paragraph("A \(word) b")])
        let error = try #require(bodyFailure("## Words\n\nFine.\n\n- item\n- A \(word)y b\n"))
        #expect(error.line == 9)
        #expect(error.section == "Words")
        #expect(
            error.message.hasSuffix(
                "is 101 characters without a space, more than 100; speech engines misread such tokens"))
        let inHeading = try #require(bodyFailure("## \(word)z\n\nText.\n"))
        #expect(inHeading.line == 5)
        let inTitle = try #require(
            failure { () throws(SectioningError) in
                try Fixture.article("x\n", frontMatter: "title: \(word)z\nlanguage: en\n")
            })
        #expect(inTitle.line == 2)
    }

    @Test func headingLengthCapAndShortenedSlug() throws {
        let heading = (0..<50).map { "word\($0 % 10)" }.joined(separator: " ") + "s"
        #expect(heading.count == 300)
        let section = try Fixture.article("## \(heading)\n\nText.\n").sections[0]
        #expect(section.title == heading)
        #expect(section.id.count <= Slug.maxLength)
        #expect(section.id == "word0-word1-word2-word3-word4-word5-word6-word7-word8-word9")
        let error = try #require(bodyFailure("## \(heading)x\n\nText.\n"))
        #expect(error.line == 5)
        #expect(error.message == "heading is 301 characters, more than 300; shorten it")
    }
}
