import ContentModel

/// The semantic HTML export of one level: one `<h1>`, an `<h2>` per section, real lists, a skip
/// link, and links to the other levels and to the listening page.
enum DocumentExport {
    static func document(article: ExportArticle, level: ExportLevel) -> String {
        let info = article.index.article
        let title = ReaderText.line(info.title)
        let others = article.levels.filter { $0.id != level.id }
        var navigation: [HTMLNode] = [
            .element("li", [], [Page.link("../index.html", "Listen to this article")]),
            .element("li", [], [Page.link(Formatting.url(info.id + ".txt"), "Plain text version")]),
        ]
        navigation += others.map { other in
            .element(
                "li", [],
                [
                    Page.link(
                        Formatting.url("../" + other.id + "/" + info.id + ".html"),
                        ReaderText.line(other.title) + " version")
                ])
        }
        navigation.append(.element("li", [], [Page.link("../../index.html", "All articles")]))

        var main: [HTMLNode] = [
            .element("h1", [], [.text(title)]),
            .element("p", [HTMLAttribute("class", "level")], [.text("Reading level: " + ReaderText.line(level.title))]),
        ]
        if level.sections.count > 1 {
            main.append(
                .element(
                    "nav", [HTMLAttribute("aria-label", "Sections")],
                    [
                        .element(
                            "ol", [],
                            level.sections.map { section in
                                .element("li", [], [Page.link("#" + anchor(section), ReaderText.line(section.title))])
                            })
                    ]))
        }
        main += level.sections.map(section)

        let body: [HTMLNode] = [
            Page.skipLink(to: "main", "Skip to the text"),
            .element(
                "header", [],
                [.element("nav", [HTMLAttribute("aria-label", "Other versions")], [.element("ul", [], navigation)])]),
            .element("main", [HTMLAttribute("id", "main"), HTMLAttribute("tabindex", "-1")], main),
        ]
        return Page.document(
            language: info.language, title: title + " (" + ReaderText.line(level.title) + ")",
            styles: [Styles.base, Styles.document], body: body)
    }

    static func anchor(_ section: ExportSection) -> String { "section-\(section.number)" }

    private static func section(_ section: ExportSection) -> HTMLNode {
        let id = anchor(section)
        var children: [HTMLNode] = [.element("h2", [HTMLAttribute("id", id)], [.text(ReaderText.line(section.title))])]
        for block in section.blocks {
            switch block {
            case .paragraph(let text):
                let clean = ReaderText.clean(text)
                if !clean.isEmpty { children.append(.element("p", [], [.text(clean)])) }
            case .list(let items):
                let lines = items.map(ReaderText.line).filter { !$0.isEmpty }
                if !lines.isEmpty { children.append(.element("ul", [], lines.map { .element("li", [], [.text($0)]) })) }
            case .subheading(let text):
                let line = ReaderText.line(text)
                if !line.isEmpty { children.append(.element("h3", [], [.text(line)])) }
            }
        }
        return .element("section", [HTMLAttribute("aria-labelledby", id)], children)
    }
}
