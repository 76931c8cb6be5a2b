/// Upper-case words of 2–6 letters are spelled out ("EMG" → "E M G", "MRIs" → "M R I's"):
/// eSpeak NG spells some (MRI) but says others as one syllable (EMG → "emg"). Words listed in
/// `sayAsWords` (NASA, NICU) are left to eSpeak; a sentence written in capitals is left alone.
struct NormalizeInitialisms: NormalizeRule {
    let sayAsWords: Set<String>

    /// Letter names spoken one by one, with the plural "s" or possessive kept on the last letter.
    static func spelled(_ letters: String, suffix: String) -> String {
        let names = letters.map(String.init).joined(separator: " ")
        return suffix.isEmpty ? names : names + "'s"
    }

    func rewrites(in text: ScalarText) -> [SpeechRewrite] {
        if isShouting(text) { return [] }
        var result: [SpeechRewrite] = []
        var index = 0
        while index < text.count {
            guard ScalarText.isUpper(text[index]), !ScalarText.isWord(text[index - 1]), text[index - 1] != "." else {
                index += 1
                continue
            }
            var end = index
            while ScalarText.isUpper(text[end]) { end += 1 }
            let letters = text.string(index..<end)
            var suffixEnd = end
            if text[end] == "s" {
                suffixEnd = end + 1
            } else if text[end] == "'" || text[end] == "\u{2019}", text[end + 1] == "s" {
                suffixEnd = end + 2
            }
            defer { index = max(end, index + 1) }
            let count = end - index
            guard count >= 2, count <= 6, !ScalarText.isWord(text[suffixEnd]), !sayAsWords.contains(letters) else {
                continue
            }
            // "U.S.A." style and "NY.com" belong to other rules.
            if text[suffixEnd] == ".", ScalarText.isLetter(text[suffixEnd + 1]) { continue }
            let spoken = Self.spelled(letters, suffix: text.string(end..<suffixEnd))
            result.append(SpeechRewrite(range: index..<suffixEnd, spoken: spoken, rule: .normalization("initialism")))
        }
        return result
    }

    /// Most words in capitals: a heading or a warning, not initialisms.
    private func isShouting(_ text: ScalarText) -> Bool {
        var words = 0
        var capitals = 0
        var index = 0
        while index < text.count {
            guard ScalarText.isLetter(text[index]) else {
                index += 1
                continue
            }
            var end = index
            var allUpper = true
            while ScalarText.isLetter(text[end]) {
                if !ScalarText.isUpper(text[end]) { allUpper = false }
                end += 1
            }
            if end - index >= 2 {
                words += 1
                if allUpper { capitals += 1 }
            }
            index = end
        }
        return words >= 3 && capitals * 2 > words
    }
}
