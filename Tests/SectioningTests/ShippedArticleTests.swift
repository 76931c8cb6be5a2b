import ContentModel
import Foundation
import Sectioning
import Testing

/// The article shipped in `Content/` against the seed text it was written from.
@Suite struct ShippedArticleTests {
    static let contentPath = Fixture.repoRoot.appendingPathComponent("Content/cervical-dystonia-in-infants.md").path
    /// The seed lives next to the repository (`../shared/seed`), outside git.
    static let seedPath = Fixture.repoRoot.appendingPathComponent("../shared/seed/cervical-dystonia-in-infants.txt")
        .standardizedFileURL.path
    /// Words of the seed (``Words/tokens(in:)``), recorded for machines without the seed.
    static let recordedSeedWordCount = 2679

    static let headings = [
        "What is Cervical Dystonia in Infants?", "Causes and Risk Factors",
        "The Connection Between Cervical Dystonia and Birth Injury",
        "Symptoms and How Cervical Dystonia is Diagnosed", "Medical Care and Management",
        "Outcomes and Long-Term Outlook", "Prevention", "Support for Families",
    ]

    func article() throws -> Article { try ArticleReader().read(path: Self.contentPath) }

    /// Section titles and texts in reading order, then the authors: the seed's own order.
    static func words(of article: Article) -> [Substring] {
        var words: [Substring] = []
        for section in article.sections {
            if section.number > 1 { words += Words.tokens(in: section.title) }
            words += Words.tokens(in: section.text)
        }
        for author in article.authors { words += Words.tokens(in: author) }
        return words
    }

    @Test func frontMatterIsRight() throws {
        let article = try article()
        #expect(article.id == "cervical-dystonia-in-infants")
        #expect(article.title == "Cervical Dystonia in Infants")
        #expect(article.language == "en-US")
        #expect(article.source == "NYBirthInjury.com")
        #expect(article.authors == ["Michael S. Porter", "Eric C. Nordby"])
    }

    @Test func nineSectionsWithTheHeadingsInOrder() throws {
        let article = try article()
        #expect(article.sections.count == 9)
        #expect(article.sections.map(\.title) == ["Introduction"] + Self.headings)
        #expect(article.sections.map(\.number) == Array(1...9))
        #expect(Set(article.sections.map(\.id)).count == 9)
        #expect(article.sections[0].id == "introduction")
        #expect(article.sections[1].id == "what-is-cervical-dystonia-in-infants")
        #expect(article.sections[0].text.hasPrefix("When a newborn or young infant shows persistent head tilting"))
        #expect(article.sections[0].text.hasSuffix("support your child’s development and quality of life."))
        #expect(article.sections[0].line == 10)
        #expect(article.sections[1].line == 12)
    }

    @Test func theListHasNineItems() throws {
        let section = try article().sections[4]
        let lists = section.blocks.compactMap { block -> [String]? in
            if case .list(let items) = block { return items }
            return nil
        }
        #expect(lists.count == 1)
        let items = try #require(lists.first)
        #expect(items.count == 9)
        #expect(
            items.first == "Head tilted persistently to one side with the chin rotated toward the opposite shoulder")
        #expect(items.last?.hasSuffix("harder to assess in preverbal infants") == true)
    }

    @Test func keepsTheSeedsWordsInOrder() throws {
        let articleWords = Self.words(of: try article())
        guard let seed = FileManager.default.contents(atPath: Self.seedPath) else {
            // Without the seed, the word count recorded from it still has to match.
            #expect(articleWords.count == Self.recordedSeedWordCount)
            return
        }
        let seedWords = Words.tokens(in: String(decoding: seed, as: UTF8.self))
        #expect(seedWords.count == Self.recordedSeedWordCount)
        let kept = longestCommonSubsequence(seedWords, articleWords)
        let share = Double(kept) / Double(seedWords.count)
        #expect(share >= 0.99, "only \(kept) of \(seedWords.count) seed words are in the article in order")
    }

    /// Length of the longest common subsequence (two-row dynamic programming).
    func longestCommonSubsequence(_ a: [Substring], _ b: [Substring]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for wordA in a {
            for (j, wordB) in b.enumerated() {
                current[j + 1] = wordA == wordB ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
