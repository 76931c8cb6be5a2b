/// The shell every exported page shares: doctype, language, character set, viewport and title.
enum Page {
    static func document(
        language: String, title: String, styles: [StaticString], body: [HTMLNode], scripts: [HTMLNode] = []
    ) -> String {
        let head = HTMLNode.element(
            "head", [],
            [
                .element("meta", [HTMLAttribute("charset", "utf-8")]),
                .element(
                    "meta",
                    [
                        HTMLAttribute("name", "viewport"),
                        HTMLAttribute("content", "width=device-width, initial-scale=1"),
                    ]),
                // Native controls (the audio player, scroll bars) follow the reader's light or dark theme.
                .element("meta", [HTMLAttribute("name", "color-scheme"), HTMLAttribute("content", "light dark")]),
                .element("title", [], [.text(ReaderText.line(title))]),
                .element("style", [], styles.map(HTMLNode.staticMarkup)),
            ])
        let html = HTMLNode.element(
            "html", [HTMLAttribute("lang", language)], [head, .element("body", [], body + scripts)])
        return "<!DOCTYPE html>\n" + html.render()
    }

    /// A skip link to the element with id `target`: the first thing a keyboard user reaches.
    static func skipLink(to target: String, _ label: String) -> HTMLNode {
        .element("a", [HTMLAttribute("class", "skip"), HTMLAttribute("href", "#" + target)], [.text(label)])
    }

    static func link(_ href: String, _ label: String, _ attributes: [HTMLAttribute] = []) -> HTMLNode {
        .element("a", [HTMLAttribute("href", href)] + attributes, [.text(label)])
    }

    /// "4:05" that screen readers read as "4 minutes 5 seconds".
    static func duration(_ seconds: Double) -> HTMLNode {
        .element(
            "time",
            [HTMLAttribute("datetime", Formatting.isoDuration(seconds))],
            [
                .element("span", [HTMLAttribute("aria-hidden", "true")], [.text(Formatting.clock(seconds))]),
                .element("span", [HTMLAttribute("class", "vh")], [.text(Formatting.spokenDuration(seconds))]),
            ])
    }
}
