import Yams

/// One reading level from `Content/levels.yml`: what it is called, how fast it is spoken and which
/// rewrite rules produce it, in order.
public struct Level: Sendable, Hashable {
    /// Stable identifier used in file names and the index (`original`, `plain`, `easy`).
    public var id: String
    /// Human title, for example "Easy to read".
    public var title: String
    /// Speaking rate for this level's audio.
    public var rateWordsPerMinute: Int
    /// The Flesch–Kincaid grade each section should reach (`nil`: no target, as for `original`).
    public var targetGrade: Double?
    /// The rules to run, in order, with their limits.
    public var rules: [RuleSetting]

    public init(
        id: String, title: String, rateWordsPerMinute: Int, targetGrade: Double? = nil, rules: [RuleSetting] = []
    ) {
        self.id = id
        self.title = title
        self.rateWordsPerMinute = rateWordsPerMinute
        self.targetGrade = targetGrade
        self.rules = rules
    }
}

/// A rule named in a level, with the limits the level gives it.
public struct RuleSetting: Sendable, Hashable {
    /// The rule's name, for example `SplitLongSentences`.
    public var name: String
    /// Sentences with more words than this are split (rules that split long sentences only).
    public var maxSentenceWords: Int?

    public init(name: String, maxSentenceWords: Int? = nil) {
        self.name = name
        self.maxSentenceWords = maxSentenceWords
    }
}

/// The reading levels of `Content/levels.yml`, in the order they are produced.
public struct LevelsConfiguration: Sendable, Hashable {
    public var levels: [Level]

    public init(levels: [Level]) {
        self.levels = levels
    }

    /// The level with identifier `id`, if configured.
    public func level(_ id: String) -> Level? {
        levels.first { $0.id == id }
    }

    /// Reads `levels.yml`. Errors name the file and line of the first problem, such as an unknown
    /// rule or a missing title.
    public static func load(path: String) throws(SimplifierError) -> LevelsConfiguration {
        let file = try YAMLFile(path: path)
        let top = try file.mapping(file.root, "the top level")
        guard let list = top["levels"] else { throw file.error(file.root, "missing `levels:` list") }
        var levels: [Level] = []
        for node in try file.sequence(list, "`levels`") {
            let level = try parseLevel(node, file)
            if levels.contains(where: { $0.id == level.id }) {
                throw file.error(node, "level `\(level.id)` is defined twice")
            }
            levels.append(level)
        }
        if levels.isEmpty { throw file.error(list, "`levels` is empty") }
        return LevelsConfiguration(levels: levels)
    }

    private static func parseLevel(_ node: Node, _ file: YAMLFile) throws(SimplifierError) -> Level {
        let map = try file.mapping(node, "a level")
        func required(_ key: String) throws(SimplifierError) -> Node {
            guard let value = map[key] else { throw file.error(node, "level is missing `\(key)`") }
            return value
        }
        let id = try file.string(try required("id"), "`id`")
        var level = Level(
            id: id, title: try file.string(try required("title"), "`title`"),
            rateWordsPerMinute: try file.int(try required("rateWordsPerMinute"), "`rateWordsPerMinute`"))
        if let grade = map["targetGrade"] { level.targetGrade = try file.double(grade, "`targetGrade`") }
        if let rules = map["rules"] {
            for item in try file.sequence(rules, "`rules` of level `\(id)`") {
                level.rules.append(try parseRule(item, file, level: id))
            }
        }
        return level
    }

    private static func parseRule(_ node: Node, _ file: YAMLFile, level: String) throws(SimplifierError) -> RuleSetting
    {
        var setting: RuleSetting
        if node.scalar != nil {
            setting = RuleSetting(name: try file.string(node, "a rule name"))
        } else {
            let map = try file.mapping(node, "a rule")
            guard let name = map["name"] else { throw file.error(node, "rule is missing `name`") }
            setting = RuleSetting(name: try file.string(name, "`name`"))
            if let limit = map["maxSentenceWords"] {
                setting.maxSentenceWords = try file.int(limit, "`maxSentenceWords`")
            }
        }
        guard RuleCatalog.names.contains(setting.name) else {
            let known = RuleCatalog.names.sorted().joined(separator: ", ")
            throw file.error(node, "unknown rule `\(setting.name)` in level `\(level)` (known rules: \(known))")
        }
        return setting
    }
}
