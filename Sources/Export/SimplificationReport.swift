/// What the simplification report shows for one article: per level and section, the grade before
/// and after and every change the simplifier made or refused.
public struct SimplificationReportInput: Sendable, Hashable {
    public struct Change: Sendable, Hashable {
        public var rule: String
        public var before: String
        public var after: String
        /// For example `applied`, or `rejected: negation guard`.
        public var status: String
        public var message: String

        public init(rule: String, before: String, after: String, status: String, message: String) {
            self.rule = rule
            self.before = before
            self.after = after
            self.status = status
            self.message = message
        }
    }

    public struct Section: Sendable, Hashable {
        public var number: Int
        public var title: String
        public var gradeBefore: Double
        public var gradeAfter: Double
        public var changes: [Change]

        public init(number: Int, title: String, gradeBefore: Double, gradeAfter: Double, changes: [Change]) {
            self.number = number
            self.title = title
            self.gradeBefore = gradeBefore
            self.gradeAfter = gradeAfter
            self.changes = changes
        }
    }

    public struct Level: Sendable, Hashable {
        public var id: String
        public var title: String
        /// The level's target Flesch–Kincaid grade, when it has one.
        public var targetGrade: Double?
        public var sections: [Section]

        public init(id: String, title: String, targetGrade: Double?, sections: [Section]) {
            self.id = id
            self.title = title
            self.targetGrade = targetGrade
            self.sections = sections
        }
    }

    public var articleTitle: String
    public var language: String
    public var levels: [Level]

    public init(articleTitle: String, language: String, levels: [Level]) {
        self.articleTitle = articleTitle
        self.language = language
        self.levels = levels
    }
}

extension Exporter {
    /// An HTML page for editors: per level, a bar chart of each section's Flesch–Kincaid grade
    /// before and after, then every change grouped by rule.
    public static func simplificationReport(_ input: SimplificationReportInput) -> String {
        let body: [HTMLNode] = [
            Page.skipLink(to: "report", "Skip to the report"),
            .element(
                "main", [HTMLAttribute("id", "report"), HTMLAttribute("tabindex", "-1")],
                [.element("h1", [], [.text("Simplification report: " + input.articleTitle)])]
                    + input.levels.flatMap(levelNodes)),
        ]
        return Page.document(
            language: input.language, title: "Simplification report: " + input.articleTitle,
            styles: [Styles.base, reportStyles], body: body)
    }

    private static func levelNodes(_ level: SimplificationReportInput.Level) -> [HTMLNode] {
        var nodes: [HTMLNode] = [.element("h2", [], [.text(level.title)])]
        if let target = level.targetGrade {
            nodes.append(.element("p", [], [.text("Target: grade \(oneDecimal(target)) or lower.")]))
        }
        nodes.append(chart(level))
        let byRule = Dictionary(grouping: level.sections.flatMap { section in section.changes.map { (section, $0) } }) {
            $0.1.rule
        }
        for rule in byRule.keys.sorted() {
            let changes = byRule[rule]!
            nodes.append(.element("h3", [], [.text("\(rule) (\(changes.count))")]))
            nodes.append(
                .element(
                    "ul", [HTMLAttribute("class", "changes")],
                    changes.map { section, change in
                        .element(
                            "li", [],
                            [
                                .element(
                                    "p", [HTMLAttribute("class", "where")],
                                    [
                                        .text("Section \(section.number), \(section.title): \(change.status)")
                                    ]),
                                .element("p", [], [.element("del", [], [.text(change.before)])]),
                                .element("p", [], [.element("ins", [], [.text(change.after)])]),
                            ] + (change.message.isEmpty ? [] : [.element("p", [], [.text(change.message)])]))
                    }))
        }
        return nodes
    }

    /// A table styled as a bar chart: readable by screen readers as a plain table. Bars are borders,
    /// which forced-colours mode keeps visible (it drops background colours).
    private static func chart(_ level: SimplificationReportInput.Level) -> HTMLNode {
        let maxGrade = max(16, level.sections.map { max($0.gradeBefore, $0.gradeAfter) }.max() ?? 16)
        func bar(_ grade: Double, _ kind: String) -> HTMLNode {
            let width = Int((max(0, grade) / maxGrade * 100).rounded())
            return .element(
                "td", [],
                [
                    .element("span", [HTMLAttribute("class", kind), HTMLAttribute("style", "width: \(width)%")], []),
                    .text(" " + oneDecimal(grade)),
                ])
        }
        return .element(
            "table", [HTMLAttribute("class", "chart")],
            [
                .element("caption", [], [.text("Flesch–Kincaid grade of each section, before and after")]),
                .element(
                    "thead", [],
                    [
                        .element(
                            "tr", [],
                            [
                                .element("th", [HTMLAttribute("scope", "col")], [.text("Section")]),
                                .element("th", [HTMLAttribute("scope", "col")], [.text("Original")]),
                                .element("th", [HTMLAttribute("scope", "col")], [.text(level.title)]),
                            ])
                    ]),
                .element(
                    "tbody", [],
                    level.sections.map { section in
                        .element(
                            "tr", [],
                            [
                                .element(
                                    "th", [HTMLAttribute("scope", "row")],
                                    [.text("\(section.number). \(section.title)")]),
                                bar(section.gradeBefore, "before"),
                                bar(section.gradeAfter, "after"),
                            ])
                    }),
            ])
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    private static let reportStyles: StaticString = """

        .chart { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        .chart th, .chart td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); }
        .chart td { width: 35%; white-space: nowrap; }
        .chart span { display: inline-block; height: 0; vertical-align: middle; border-top: .9rem solid; }
        .chart .before { border-top-color: var(--line); }
        .chart .after { border-top-color: var(--accent); }
        .changes { padding-left: 1.2rem; }
        .changes li { margin-bottom: 1rem; }
        .where { font-weight: 600; margin-bottom: 0; }
        del { text-decoration-color: var(--muted); }
        ins { text-decoration: none; border-bottom: 2px solid var(--accent); }

        """
}
