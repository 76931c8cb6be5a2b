import Sectioning
import Testing

/// Every problem inside a content file is reported as `file:line:` so editors and CI can jump to it.
@Suite struct ErrorLocationTests {
    static let broken: [(name: String, file: String, line: Int)] = [
        ("missing front matter", "title: T\n", 1),
        ("unclosed front matter", "---\ntitle: T\n", 1),
        ("unknown key", "---\ntitle: T\nlanguage: en\ntitel: x\n---\nText.\n", 4),
        ("wrong type", "---\ntitle: [a]\nlanguage: en\n---\nText.\n", 2),
        ("bad language", "---\ntitle: T\nlanguage: en_US\n---\nText.\n", 3),
        ("alias", "---\ntitle: T\nlanguage: en\nsource: *a\n---\nText.\n", 4),
        ("invalid YAML", "---\ntitle: T\nlanguage: [en\n---\nText.\n", 4),
        ("control character", "---\ntitle: T\nlanguage: en\n---\n\nText \u{7}.\n", 6),
        ("other level-1 heading", "---\ntitle: T\nlanguage: en\n---\nText.\n\n# Other\n", 7),
        ("empty section", "---\ntitle: T\nlanguage: en\n---\n## A\n## B\nText.\n", 5),
        ("no body", "---\ntitle: T\nlanguage: en\n---\n\n", 5),
        ("long word", "---\ntitle: T\nlanguage: en\n---\n## A\n\n" + String(repeating: "x", count: 101) + "\n", 7),
        ("too deep", "---\ntitle: T\nlanguage: en\n---\n\n" + String(repeating: "> ", count: 40) + "x\n", 6),
    ]

    @Test(arguments: broken.indices)
    func errorNamesFileAndLine(index: Int) throws {
        let (name, file, line) = Self.broken[index]
        let error = try #require(parseFailure(Array(file.utf8)), "\(name) was accepted")
        #expect(error.file == Fixture.path, "\(name)")
        #expect(error.line == line, "\(name): \(error)")
        #expect(error.description.hasPrefix("\(Fixture.path):\(line):"), "\(name): \(error)")
    }
}
