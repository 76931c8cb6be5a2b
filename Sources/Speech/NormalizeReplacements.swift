/// Literal replacements from the data file ("i.e." → "that is"), case-insensitive, whole tokens:
/// a literal that starts (ends) with a letter or digit must not continue a word on that side.
struct NormalizeReplacements: NormalizeRule {
    /// Literals lower-cased, longest first so "a.m." wins over "a.".
    let table: [(literal: [Unicode.Scalar], spoken: String, name: String)]

    init(table: [String: String]) {
        self.table = table.map { (Self.folded($0.key.unicodeScalars), $0.value, $0.key) }
            .filter { !$0.0.isEmpty }
            .sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.2 < $1.2 }
    }

    /// Scalars lower-cased one by one (keeping offsets), with curly apostrophes straightened.
    static func folded(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        scalars.map { scalar in
            if scalar == "\u{2019}" { return "'" }
            let lower = String(scalar).lowercased().unicodeScalars
            return lower.count == 1 ? lower.first! : scalar
        }
    }

    func rewrites(in text: ScalarText) -> [SpeechRewrite] {
        let folded = Self.folded(text.scalars)
        var result: [SpeechRewrite] = []
        var index = 0
        while index < folded.count {
            var matched = false
            for (literal, spoken, name) in table where index + literal.count <= folded.count {
                guard folded[index..<index + literal.count].elementsEqual(literal) else { continue }
                let end = index + literal.count
                if ScalarText.isWord(literal.first), ScalarText.isWord(text[index - 1]) { continue }
                if ScalarText.isWord(literal.last), ScalarText.isWord(text[end]) { continue }
                var said = spoken
                // "… and so on." keeps the full stop that "etc." was also carrying.
                if literal.last == ".", text.string(end..<text.count).allSatisfy({ "\"')]”’ ".contains($0) }) {
                    said += "."
                }
                result.append(SpeechRewrite(range: index..<end, spoken: said, rule: .normalization("replace " + name)))
                index = end
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return result
    }
}
