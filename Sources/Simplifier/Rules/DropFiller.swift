/// Removes filler phrases that add words but no meaning ("It is important to note that …",
/// "basically"), from the editable list in `Content/simplifier/fillers.yml`.
struct DropFiller: SentenceRule {
    static let name = "DropFiller"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        var text = sentence
        var changed = false
        for filler in context.data.fillers {
            while let range = Text.occurrences(of: filler, in: text).first {
                var upper = range.upperBound
                // Take the comma that closed the filler along with it ("In fact, …").
                while upper < text.endIndex, text[upper] == "," || text[upper] == " " {
                    upper = text.index(after: upper)
                }
                var lower = range.lowerBound
                // A filler in mid-sentence takes its leading comma too (", basically,"), and keeps
                // the closing punctuation only when it ends the sentence.
                if lower > text.startIndex, text[..<lower].hasSuffix(", ") {
                    lower = text.index(lower, offsetBy: -2)
                    if !(range.upperBound < text.endIndex && text[range.upperBound] == ",") { upper = range.upperBound }
                }
                text = String(text[..<lower]) + (lower == text.startIndex ? "" : " ") + text[upper...]
                text = text.replacingAll("  ", with: " ").replacingAll(" ,", with: ",").replacingAll(" .", with: ".")
                changed = true
                // "… understand that A and that B" loses its first "that", so the second goes too.
                if filler.hasSuffix(" that") { text = text.replacingAll(" and that ", with: " and ") }
            }
        }
        guard changed, Text.wordCount(text) >= 3 else { return nil }
        return [Text.sentence(text)]
    }
}
