/// Web addresses: "NYBirthInjury.com" → "N Y Birth Injury dot com", "www.cdc.gov/ncbddd" →
/// "W W W dot C D C dot gov slash ncbddd" (CamelCase and letter/digit changes split words,
/// capitals runs are spelled, the scheme is not said). Only names ending in a listed top-level
/// domain count, so "e.g." or "3.5" never match.
struct NormalizeWebAddresses: NormalizeRule {
    let domains: [String: String]
    let dotWord: String
    let sayAsWords: Set<String>

    static let leading: Set<Unicode.Scalar> = ["(", "[", "<", "\"", "'", "\u{201C}", "\u{2018}"]
    static let trailing: Set<Unicode.Scalar> = [
        ".", ",", ";", ":", "!", "?", ")", "]", ">", "\"", "'", "\u{201D}", "\u{2019}",
    ]

    func rewrites(in text: ScalarText) -> [SpeechRewrite] {
        guard !domains.isEmpty else { return [] }
        var result: [SpeechRewrite] = []
        var index = 0
        while index < text.count {
            guard !ScalarText.isSpace(text[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < text.count, !ScalarText.isSpace(text[end]) { end += 1 }
            var start = index
            var stop = end
            while start < stop, Self.leading.contains(text.scalars[start]) { start += 1 }
            while stop > start, Self.trailing.contains(text.scalars[stop - 1]) { stop -= 1 }
            if start < stop, let spoken = say(text.string(start..<stop)) {
                result.append(SpeechRewrite(range: start..<stop, spoken: spoken, rule: .normalization("web address")))
            }
            index = end
        }
        return result
    }

    /// The spoken form of `token`, or `nil` when it is not a web address.
    func say(_ token: String) -> String? {
        var rest = Substring(token)
        for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
        }
        let host = rest.prefix(while: { $0 != "/" })
        let path = rest.dropFirst(host.count)
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, let tldWord = domains[tld.lowercased()],
            labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
            labels.dropLast().contains(where: { $0.contains(where: \.isLetter) })
        else { return nil }
        var parts = labels.dropLast().map { words(String($0)) }
        parts.append(tldWord)
        var spoken = parts.joined(separator: " \(dotWord) ")
        for segment in path.split(separator: "/") {
            spoken += " slash " + words(String(segment))
        }
        return spoken
    }

    /// "NYBirthInjury" → "N Y Birth Injury"; "birth-injury" → "birth injury"; "www" → "W W W".
    func words(_ label: String) -> String {
        var pieces: [String] = []
        var current = ""
        let characters = Array(label)
        for (offset, character) in characters.enumerated() {
            if character == "-" || character == "_" {
                if !current.isEmpty { pieces.append(current) }
                current = ""
                continue
            }
            if let previous = current.last {
                let next = offset + 1 < characters.count ? characters[offset + 1] : nil
                let lowerToUpper = previous.isLowercase && character.isUppercase
                let acronymEnd = previous.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                let digitChange = previous.isNumber != character.isNumber
                if lowerToUpper || acronymEnd || digitChange {
                    pieces.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces.map { piece in
            let spell =
                (piece.count >= 2 && piece.allSatisfy(\.isUppercase) && !sayAsWords.contains(piece))
                || piece.lowercased() == "www"
            return spell ? piece.uppercased().map(String.init).joined(separator: " ") : piece
        }.joined(separator: " ")
    }
}
