/// A slash between two words ("and/or", "parent/carer") is read by eSpeak as "slash"; say the
/// configured word instead. Slashes in numbers, units and web addresses belong to other rules.
struct NormalizeSlashes: NormalizeRule {
    let word: String

    func rewrites(in text: ScalarText) -> [SpeechRewrite] {
        var result: [SpeechRewrite] = []
        for index in 0..<text.count where text.scalars[index] == "/" {
            guard ScalarText.isLetter(text[index - 1]), ScalarText.isLetter(text[index + 1]) else { continue }
            result.append(SpeechRewrite(range: index..<index + 1, spoken: " \(word) ", rule: .normalization("slash")))
        }
        return result
    }
}
