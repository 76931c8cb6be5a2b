/// Word counting shared by every stage, so that `wordCount` means the same in the index, the
/// exports and the simplifier.
public enum Words {
    /// Words of `text`: maximal runs of letters, digits, apostrophes and inner hyphens that contain
    /// at least one letter or digit.
    public static func tokens(in text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "—" || $0 == "–" || $0 == "/" })
            .compactMap { raw -> Substring? in
                var word = raw
                while let first = word.first, !(first.isLetter || first.isNumber) { word.removeFirst() }
                while let last = word.last, !(last.isLetter || last.isNumber) { word.removeLast() }
                return word.isEmpty ? nil : word
            }
    }

    /// The number of ``tokens(in:)``.
    public static func count(in text: String) -> Int { tokens(in: text).count }
}
