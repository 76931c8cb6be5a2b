/// Decades: eSpeak NG 1.51 reads "1990s" as "nineteen hundred ninety s". "1990s"/"1990's" →
/// "19 nineties", "1900s" → "19 hundreds", "2000s" → "2 thousands", "'90s" → "nineties".
struct NormalizeDecades: NormalizeRule {
    /// tens … nineties, then hundreds, thousands.
    let words: [String]

    func rewrites(in text: ScalarText) -> [SpeechRewrite] {
        var result: [SpeechRewrite] = []
        for start in 0..<text.count {
            let apostrophe = text[start] == "'" || text[start] == "\u{2019}"
            let digitsStart = apostrophe ? start + 1 : start
            guard ScalarText.isDigit(text[digitsStart]), !ScalarText.isWord(text[start - 1]) else { continue }
            var end = digitsStart
            while ScalarText.isDigit(text[end]) { end += 1 }
            let digits = text.string(digitsStart..<end).unicodeScalars.map { Int($0.value) - 48 }
            guard digits.count == (apostrophe ? 2 : 4), digits.last == 0 else { continue }
            var suffixEnd = end
            if text[suffixEnd] == "'" || text[suffixEnd] == "\u{2019}" { suffixEnd += 1 }
            guard text[suffixEnd] == "s", !ScalarText.isWord(text[suffixEnd + 1]) else { continue }
            let tens = digits[digits.count - 2]
            let spoken: String
            if apostrophe {
                guard tens > 0 else { continue }
                spoken = words[tens - 1]
            } else {
                let century = digits[0] * 10 + digits[1]
                if tens > 0 {
                    spoken = "\(century) \(words[tens - 1])"
                } else if century % 10 == 0 {
                    spoken = "\(century / 10) \(words[10])"
                } else {
                    spoken = "\(century) \(words[9])"
                }
            }
            result.append(SpeechRewrite(range: start..<suffixEnd + 1, spoken: spoken, rule: .normalization("decade")))
        }
        return result
    }
}
