/// Unit symbols after a number: "5 mg" → "5 milligrams", "1 kg" → "1 kilogram", "50%" → "50
/// percent", "37 °C" → "37 degrees Celsius", "2 mg/kg" → "2 milligrams per kilogram".
/// A symbol is only a unit right after a number, so "mg" elsewhere and words like "min" in
/// "minimum" are left alone.
struct NormalizeUnits: NormalizeRule {
    let units: [(symbol: [Unicode.Scalar], words: SpeechNormalization.UnitWords)]
    let perWord: String?

    init(units: [String: SpeechNormalization.UnitWords], perWord: String?) {
        self.units = units.map { (Array($0.key.unicodeScalars), $0.value) }
            .sorted {
                $0.symbol.count != $1.symbol.count
                    ? $0.symbol.count > $1.symbol.count : $0.words.plural < $1.words.plural
            }
        self.perWord = perWord
    }

    /// The unit starting at `index`, ending at a word boundary.
    private func unit(in text: ScalarText, at index: Int) -> (end: Int, words: SpeechNormalization.UnitWords)? {
        for (symbol, words) in units where index + symbol.count <= text.count {
            guard text.scalars[index..<index + symbol.count].elementsEqual(symbol) else { continue }
            let end = index + symbol.count
            if ScalarText.isWord(symbol.last), ScalarText.isWord(text[end]) { continue }
            return (end, words)
        }
        return nil
    }

    func rewrites(in text: ScalarText) -> [SpeechRewrite] {
        var result: [SpeechRewrite] = []
        for start in text.numberStarts() {
            guard let numberEnd = text.numberEnd(from: start) else { continue }
            var unitStart = numberEnd
            if text[unitStart] == " " || text[unitStart] == "\u{00A0}" { unitStart += 1 }
            guard let (end, words) = unit(in: text, at: unitStart) else { continue }
            let one = text.value(start..<numberEnd) == 1
            var spoken = one ? words.singular : words.plural
            var last = end
            if let perWord, text[end] == "/", let (perEnd, perUnit) = unit(in: text, at: end + 1) {
                spoken += " \(perWord) \(perUnit.singular)"
                last = perEnd
            }
            result.append(SpeechRewrite(range: unitStart..<last, spoken: spoken, rule: .normalization("unit")))
        }
        return result
    }
}
