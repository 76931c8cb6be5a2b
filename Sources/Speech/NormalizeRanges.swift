/// Number ranges with a hyphen or en dash: "3-4", "3–4 months", "10-15%", "3 – 4" → "3 to 4".
///
/// Not a range: chains such as dates or phone numbers ("2020-01-05", "1-800-555-0100"), numbers
/// longer than four digits, and descending pairs ("5-3" is more likely a score or a code).
struct NormalizeRanges: NormalizeRule {
    let word: String

    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2010}", "\u{2011}"]

    func rewrites(in text: ScalarText) -> [SpeechRewrite] {
        var result: [SpeechRewrite] = []
        for start in text.numberStarts() {
            guard let leftEnd = text.numberEnd(from: start) else { continue }
            // A dash before the first number means it is the middle of a chain.
            if let before = text[start - 1], Self.dashes.contains(before) { continue }
            var dash = leftEnd
            let spaced = ScalarText.isSpace(text[dash])
            if spaced { dash += 1 }
            guard let mark = text[dash], Self.dashes.contains(mark) else { continue }
            // Spaces around a hyphen ("3 - 4") read as a minus; only the en dash may be spaced.
            if spaced && mark != "\u{2013}" { continue }
            var rightStart = dash + 1
            if spaced, ScalarText.isSpace(text[rightStart]) { rightStart += 1 }
            guard let rightEnd = text.numberEnd(from: rightStart) else { continue }
            if ScalarText.isDigit(text[rightEnd]) || ScalarText.isLetter(text[rightEnd]) { continue }
            // "3-4-year-olds" is a range followed by a compound; "1-2-3" is a chain.
            if let after = text[rightEnd], Self.dashes.contains(after), !ScalarText.isLetter(text[rightEnd + 1]) {
                continue
            }
            guard rightEnd - rightStart <= 5, leftEnd - start <= 5,
                let low = text.value(start..<leftEnd), let high = text.value(rightStart..<rightEnd), low < high
            else { continue }
            let spoken = text.string(start..<leftEnd) + " \(word) " + text.string(rightStart..<rightEnd)
            result.append(SpeechRewrite(range: start..<rightEnd, spoken: spoken, rule: .normalization("range")))
        }
        return result
    }
}
