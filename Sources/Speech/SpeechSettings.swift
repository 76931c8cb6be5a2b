import Foundation
import Yams

/// How sections are spoken: voice, rate, announcement templates and pause lengths.
///
/// Read from `Content/speech.yml` so that a content editor can change them; every field is optional
/// there and falls back to the defaults below.
public struct SpeechSettings: Sendable, Hashable, Codable {
    /// eSpeak NG voice name, for example `en-us`.
    public var voice: String = "en-us"
    /// Words per minute (eSpeak accepts 80…450).
    public var rateWordsPerMinute: Int = 160
    /// Whether each section starts with a spoken announcement ("Section 3 of 9. Causes.").
    public var announce: Bool = true
    /// Sentences of the first section's announcement. Placeholders: `{articleTitle}`, `{number}`,
    /// `{count}`, `{title}`. Each filled sentence is ended with a full stop unless it ends with `.`, `!` or `?`;
    /// sentences that come out empty are left out.
    public var firstSectionAnnouncement: [String] = ["{articleTitle}", "Section {number} of {count}", "{title}"]
    /// Sentences of every other section's announcement, with the same placeholders.
    public var sectionAnnouncement: [String] = ["Section {number} of {count}", "{title}"]
    /// Silence at the very start of each section's audio, in milliseconds.
    public var sectionStartMilliseconds: Int = 0
    /// Silence after the announcement, before the first sentence.
    public var afterAnnouncementMilliseconds: Int = 800
    /// Silence between paragraphs (and around subheadings and lists).
    public var betweenParagraphsMilliseconds: Int = 700
    /// Silence between the items of a list.
    public var betweenListItemsMilliseconds: Int = 450
    /// Silence between sentences of one paragraph or list item (eSpeak adds none at the end of a text).
    public var betweenSentencesMilliseconds: Int = 300
    /// Silence at the end of each section's audio.
    public var sectionEndMilliseconds: Int = 500
    /// Whether to cut the digital silence (samples exactly 0) eSpeak leaves before and after each sentence,
    /// so that pauses are exactly the lengths above.
    public var trimSilence: Bool = true

    /// The defaults.
    public init() {}

    /// Settings from `path`, or the defaults when the file does not exist.
    public static func load(path: String) throws(SpeechError) -> SpeechSettings {
        guard FileManager.default.fileExists(atPath: path) else { return SpeechSettings() }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SpeechError(.settings, "cannot read speech settings: \(error)", file: path)
        }
        return try parse(yaml: text, file: path)
    }

    /// Settings from YAML text; `file` names it in errors.
    public static func parse(yaml: String, file: String = "speech.yml") throws(SpeechError) -> SpeechSettings {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw SpeechSettingsReader.syntaxError(error, file: file)
        } catch {
            throw SpeechError(.settings, "invalid YAML: \(error)", file: file)
        }
        return try SpeechSettingsReader(file: file).read(root)
    }
}

/// Reads a composed YAML tree field by field, so that every wrong value is reported with its line.
private struct SpeechSettingsReader {
    let file: String

    static func syntaxError(_ error: YamlError, file: String) -> SpeechError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // libyaml often notices an unclosed bracket or quote only at the end of the file; the
            // line where that construct starts is the one an editor needs.
            guard let context else {
                return SpeechError(.settings, "invalid YAML: \(problem)", file: file, line: mark.line)
            }
            return SpeechError(
                .settings, "invalid YAML \(context.text) that starts here: \(problem) on line \(mark.line)", file: file,
                line: context.mark.line)
        default:
            return SpeechError(.settings, "invalid YAML: \(error)", file: file)
        }
    }

    func read(_ root: Node?) throws(SpeechError) -> SpeechSettings {
        var settings = SpeechSettings()
        guard let root else { return settings }  // an empty file means the defaults
        guard let mapping = root.mapping else { throw fail(root, "the top level must be a mapping of settings") }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "voice": settings.voice = try string(value, key)
            case "rateWordsPerMinute": settings.rateWordsPerMinute = try int(value, key, in: 80...450)
            case "announce": settings.announce = try bool(value, key)
            case "firstSectionAnnouncement": settings.firstSectionAnnouncement = try strings(value, key)
            case "sectionAnnouncement": settings.sectionAnnouncement = try strings(value, key)
            case "pauses": try readPauses(value, into: &settings)
            case "trimSilence": settings.trimSilence = try bool(value, key)
            default: throw fail(keyNode, "unknown setting \"\(key)\"")
            }
        }
        return settings
    }

    private func readPauses(_ node: Node, into settings: inout SpeechSettings) throws(SpeechError) {
        guard let mapping = node.mapping else { throw fail(node, "\"pauses\" must be a mapping of milliseconds") }
        let milliseconds = 0...60_000
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "sectionStart": settings.sectionStartMilliseconds = try int(value, key, in: milliseconds)
            case "afterAnnouncement": settings.afterAnnouncementMilliseconds = try int(value, key, in: milliseconds)
            case "betweenParagraphs": settings.betweenParagraphsMilliseconds = try int(value, key, in: milliseconds)
            case "betweenListItems": settings.betweenListItemsMilliseconds = try int(value, key, in: milliseconds)
            case "betweenSentences": settings.betweenSentencesMilliseconds = try int(value, key, in: milliseconds)
            case "sectionEnd": settings.sectionEndMilliseconds = try int(value, key, in: milliseconds)
            default: throw fail(keyNode, "unknown pause \"\(key)\"")
            }
        }
    }

    private func string(_ node: Node, _ key: String) throws(SpeechError) -> String {
        guard let scalar = node.scalar, !scalar.string.isEmpty else { throw fail(node, "\"\(key)\" must be text") }
        return scalar.string
    }

    private func strings(_ node: Node, _ key: String) throws(SpeechError) -> [String] {
        guard let sequence = node.sequence else { throw fail(node, "\"\(key)\" must be a list of sentence templates") }
        var out: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else { throw fail(item, "each item of \"\(key)\" must be text") }
            out.append(scalar.string)
        }
        return out
    }

    private func int(_ node: Node, _ key: String, in range: ClosedRange<Int>) throws(SpeechError) -> Int {
        guard let value = node.int else {
            throw fail(node, "\"\(key)\" must be a whole number, not \"\(node.string ?? "")\"")
        }
        guard range.contains(value) else {
            throw fail(node, "\"\(key)\" is \(value), expected \(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }

    private func bool(_ node: Node, _ key: String) throws(SpeechError) -> Bool {
        guard let value = node.bool else { throw fail(node, "\"\(key)\" must be true or false") }
        return value
    }

    private func fail(_ node: Node, _ message: String) -> SpeechError {
        SpeechError(.settings, message, file: file, line: node.mark?.line)
    }
}
