/// A tiny HTML tree that makes injection impossible by construction: element and attribute names
/// are `StaticString` (written in this module's source, never taken from content), text and
/// attribute values are always escaped, and the only raw markup is `StaticString` CSS/JS.
struct HTMLNode: Sendable, Hashable {
    fileprivate enum Kind: Sendable, Hashable {
        case element(name: String, attributes: [HTMLAttribute], children: [HTMLNode])
        case text(String)
        case staticMarkup(String)
        case scriptData(String)
    }

    fileprivate let kind: Kind

    /// An element; void elements (`meta`, `source`, …) ignore `children`.
    static func element(
        _ name: StaticString, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode] = []
    ) -> HTMLNode {
        HTMLNode(kind: .element(name: name.description, attributes: attributes, children: children))
    }

    /// Text, escaped so that it always shows as characters.
    static func text(_ text: String) -> HTMLNode { HTMLNode(kind: .text(text)) }

    /// Markup written in this module's source (style sheets and scripts); content can never reach it.
    static func staticMarkup(_ markup: StaticString) -> HTMLNode { HTMLNode(kind: .staticMarkup(markup.description)) }

    /// The body of a `<script type="application/json">`: `json` with every `<`, `>`, `&` and
    /// non-ASCII character written as a `\u` escape, so `</script>` or `<!--` in content can never
    /// end the element, and no invisible or forbidden code point reaches the document.
    static func scriptData(json: String) -> HTMLNode { HTMLNode(kind: .scriptData(json)) }

    /// This node as HTML text.
    func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch kind {
        case .text(let text): out += HTMLEscaping.text(text)
        case .staticMarkup(let markup): out += markup
        case .scriptData(let json): out += HTMLEscaping.scriptData(json)
        case .element(let name, let attributes, let children):
            out += "<" + name
            for attribute in attributes {
                out += " " + attribute.name
                if let value = attribute.value { out += "=\"" + HTMLEscaping.attribute(value) + "\"" }
            }
            out += ">"
            if HTMLNode.voidElements.contains(name) {
                if HTMLNode.lineAfterClose.contains(name) { out += "\n" }
                return
            }
            if HTMLNode.lineAfterOpen.contains(name) { out += "\n" }
            for child in children { child.render(into: &out) }
            out += "</" + name + ">"
            if HTMLNode.lineAfterClose.contains(name) { out += "\n" }
        }
    }

    private static let voidElements: Set<String> = ["meta", "link", "br", "input", "source", "track", "img", "hr"]
    /// Line breaks only where white space is insignificant, so that the output is readable in
    /// golden files and diffs without changing how the page renders.
    private static let lineAfterOpen: Set<String> = [
        "html", "head", "body", "main", "section", "nav", "ul", "ol", "header", "footer", "div", "fieldset",
        "article", "audio",
    ]
    private static let lineAfterClose: Set<String> =
        lineAfterOpen.union([
            "meta", "title", "style", "script", "h1", "h2", "h3", "p", "li", "link", "source", "track", "legend",
            "label", "noscript", "dl",
        ])
}

/// One attribute; a `nil` value writes a boolean attribute (`hidden`).
struct HTMLAttribute: Sendable, Hashable {
    let name: String
    let value: String?

    init(_ name: StaticString, _ value: String?) {
        self.name = name.description
        self.value = value
    }

    /// A boolean attribute that is present only when `isOn`.
    static func flag(_ name: StaticString, _ isOn: Bool = true) -> [HTMLAttribute] {
        isOn ? [HTMLAttribute(name, nil)] : []
    }
}

/// Escaping rules for the three places content goes in a document.
enum HTMLEscaping {
    /// Text content: `&`, `<`, `>` as references; code points HTML forbids removed.
    static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A double-quoted attribute value: also `"` and `'` as references.
    static func attribute(_ value: String) -> String {
        text(value).replacingAll("\"", with: "&quot;").replacingAll("'", with: "&#39;")
    }

    /// JSON inside `<script type="application/json">`: pure ASCII with no `<`, `>` or `&`.
    static func scriptData(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            if scalar.value < 0x7F, scalar != "<", scalar != ">", scalar != "&" {
                out.unicodeScalars.append(scalar)
            } else {
                for unit in String(scalar).utf16 { out += "\\u" + hex4(unit) }
            }
        }
        return out
    }

    /// Whether HTML allows `scalar` in a document: no controls except tab and line breaks, no
    /// noncharacters (the Nu HTML Checker rejects them, and a screen reader may read them out).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
        if (0x7F...0x9F).contains(value) { return false }
        if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return false }
        return true
    }

    private static func hex4(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
