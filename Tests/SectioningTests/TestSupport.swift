import ContentModel
import Foundation
import Sectioning
import Testing

/// Shared helpers: build small content files in memory and capture the stage's errors.
enum Fixture {
    /// The repository root, found from this file's path so tests run from any working directory.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let defaultFrontMatter = "title: \"Test Article\"\nlanguage: en-US\n"
    static let path = "Content/test-article.md"

    /// A complete content file: front matter (lines 1–4 with the default front matter), then `body`
    /// starting on line 5.
    static func file(_ body: String, frontMatter: String = defaultFrontMatter) -> String {
        "---\n" + frontMatter + "---\n" + body
    }

    static func article(_ body: String, frontMatter: String = defaultFrontMatter) throws(SectioningError) -> Article {
        try ArticleReader().parse(markdown: Array(file(body, frontMatter: frontMatter).utf8), path: path)
    }

    static func blocks(of body: String) throws(SectioningError) -> [Block] {
        try article(body).sections.flatMap(\.blocks)
    }

    /// A temporary directory removed by the caller.
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sectioning-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}

/// The error thrown by `body`, or nil when it succeeds.
func failure<T>(_ body: () throws(SectioningError) -> T) -> SectioningError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// The error of parsing `bytes` as a whole content file.
func parseFailure(_ bytes: [UInt8], path: String = Fixture.path) -> SectioningError? {
    failure { () throws(SectioningError) in try ArticleReader().parse(markdown: bytes, path: path) }
}

/// The error of parsing `body` under the default front matter.
func bodyFailure(_ body: String) -> SectioningError? {
    failure { () throws(SectioningError) in try Fixture.article(body) }
}
