import Foundation
import Sectioning
import Testing

/// Listing a content folder and checking article ids from file names.
@Suite struct ContentFolderTests {
    let manager = FileManager.default
    let article = Fixture.file("Text.\n")

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func listsMarkdownArticlesInByteOrder() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? manager.removeItem(atPath: folder) }
        for name in ["b.md", "a-2.md", "a.md", "README.md", ".draft.md", "._a.md", "notes.txt", "c.md.bak", "0.md"] {
            try write(article, to: "\(folder)/\(name)")
        }
        try manager.createDirectory(atPath: "\(folder)/sub", withIntermediateDirectories: false)
        try write(article, to: "\(folder)/sub/d.md")
        let paths = try ContentFolder.articlePaths(in: folder)
        #expect(paths == ["0.md", "a-2.md", "a.md", "b.md"].map { "\(folder)/\($0)" })
        #expect(try ContentFolder.articlePaths(in: folder + "/") == paths)
        for path in paths { #expect(try ArticleReader().read(path: path).sections.count == 1) }
    }

    @Test func symlinksInsideAreAllowedOutsideRefused() throws {
        let folder = try Fixture.temporaryDirectory()
        let outside = try Fixture.temporaryDirectory()
        defer {
            try? manager.removeItem(atPath: folder)
            try? manager.removeItem(atPath: outside)
        }
        try write(article, to: "\(folder)/real.md")
        try manager.createSymbolicLink(atPath: "\(folder)/alias.md", withDestinationPath: "real.md")
        #expect(try ContentFolder.articlePaths(in: folder) == ["\(folder)/alias.md", "\(folder)/real.md"])
        #expect(try ArticleReader().read(path: "\(folder)/alias.md").id == "alias")

        try write(article, to: "\(outside)/secret.md")
        try manager.createSymbolicLink(atPath: "\(folder)/escape.md", withDestinationPath: "\(outside)/secret.md")
        let error = try #require(failure { () throws(SectioningError) in try ContentFolder.articlePaths(in: folder) })
        #expect(error.file == "\(folder)/escape.md")
        #expect(error.message.hasPrefix("symbolic link points outside the content folder"))
        try manager.removeItem(atPath: "\(folder)/escape.md")

        try manager.createSymbolicLink(
            atPath: "\(folder)/dots.md",
            withDestinationPath: "../\(URL(fileURLWithPath: outside).lastPathComponent)/secret.md")
        #expect(
            failure { () throws(SectioningError) in try ContentFolder.articlePaths(in: folder) }?.file
                == "\(folder)/dots.md")
        try manager.removeItem(atPath: "\(folder)/dots.md")

        try manager.createSymbolicLink(atPath: "\(folder)/gone.md", withDestinationPath: "missing.md")
        let dangling = try #require(
            failure { () throws(SectioningError) in try ContentFolder.articlePaths(in: folder) })
        #expect(dangling.file == "\(folder)/gone.md")
    }

    @Test func folderErrors() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? manager.removeItem(atPath: folder) }
        let missing = try #require(
            failure { () throws(SectioningError) in try ContentFolder.articlePaths(in: folder + "/nope") })
        #expect(missing.description == "\(folder)/nope: content folder not found (or not a folder)")
        try write("# Readme\n", to: "\(folder)/README.md")
        let empty = try #require(failure { () throws(SectioningError) in try ContentFolder.articlePaths(in: folder) })
        #expect(empty.description == "\(folder): content folder has no articles (`*.md` files)")
        try write(article, to: "\(folder)/Causes.md")
        try write(article, to: "\(folder)/causes.md")
        let clash = try #require(failure { () throws(SectioningError) in try ContentFolder.articlePaths(in: folder) })
        #expect(clash.file == "\(folder)/causes.md")
        #expect(clash.message.contains("only in case"))
        try manager.removeItem(atPath: "\(folder)/causes.md")
        try manager.createDirectory(atPath: "\(folder)/dir.md", withIntermediateDirectories: false)
        #expect(
            failure { () throws(SectioningError) in try ContentFolder.articlePaths(in: folder) }?.message
                == "not a regular file")
    }

    @Test func articleIDMustBeASlug() throws {
        #expect(
            try ArticleReader.articleID(forPath: "Content/cervical-dystonia-in-infants.md")
                == "cervical-dystonia-in-infants")
        for name in ["Causes.md", "two words.md", "con.md", "..md", "a_b.md", "x.txt", ".md"] {
            let error = try #require(
                failure { () throws(SectioningError) in try ArticleReader.articleID(forPath: "Content/\(name)") })
            #expect(error.file == "Content/\(name)")
            #expect(error.message.contains("lowercase letters, digits and single hyphens"))
        }
        // Only the base name counts, so directories in the path never reach the id.
        let parsed = try ArticleReader().parse(markdown: Array(article.utf8), path: "Content/../../etc.md")
        #expect(parsed.id == "etc")
        #expect(parsed.sourcePath == "Content/../../etc.md")
    }

    @Test func readErrorsNameTheFile() throws {
        let missing = try #require(
            failure { () throws(SectioningError) in try ArticleReader().read(path: "/nonexistent/x.md") })
        #expect(missing.file == "/nonexistent/x.md")
        #expect(missing.message.hasPrefix("cannot read the file"))
        let folder = try Fixture.temporaryDirectory()
        defer { try? manager.removeItem(atPath: folder) }
        try manager.createDirectory(atPath: "\(folder)/dir.md", withIntermediateDirectories: false)
        #expect(
            failure { () throws(SectioningError) in try ArticleReader().read(path: "\(folder)/dir.md") }?.message
                == "not a regular file")
        let big = "\(folder)/big.md"
        try write(String(repeating: "a\n", count: ContentLimits.standard.fileBytes / 2 + 1), to: big)
        #expect(
            failure { () throws(SectioningError) in try ArticleReader().read(path: big) }?.message.hasPrefix(
                "file is 2097154 bytes") == true)
    }
}
