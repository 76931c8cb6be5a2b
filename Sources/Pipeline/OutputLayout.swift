/// Where every output file lives. Paths in the index are relative to the article folder.
struct OutputLayout: Sendable {
    var root: String

    static let lockFileName = ".plainspeak.lock"
    static let planFileName = ".plainspeak-plan.json"
    static let indexFileName = "index.json"
    static let libraryPageName = "index.html"

    func articleFolder(_ articleID: String) -> String { root + "/" + articleID }

    func path(_ articleID: String, _ relative: String) -> String { articleFolder(articleID) + "/" + relative }

    /// Paths relative to the article folder.
    static func sectionFile(level: String, stem: String, extension ext: String) -> String {
        level + "/" + stem + "." + ext
    }

    static func stem(number: Int, slug: String) -> String {
        (number < 10 ? "0" : "") + String(number) + "-" + slug
    }
}
