import Foundation

/// File-name-safe identifiers for sections (and the check for article ids), so that no output path
/// is ever built from unchecked text.
///
/// A slug is 1–60 characters of `a`–`z`, `0`–`9` and single inner hyphens, and never a name that
/// Windows reserves for devices. Dots are impossible, so `.` and `..` can never result.
public enum Slug {
    /// Longest slug, in characters.
    public static let maxLength = 60
    /// The slug used when a title has no Latin letters or digits at all (Greek, Chinese, emoji).
    public static let fallback = "section"

    /// The slug of `title`: accents folded to ASCII (NFKD), lowercased, every run of other
    /// characters made one `-`, trimmed, cut to ``maxLength`` (at a hyphen when possible),
    /// ``fallback`` when empty, and `-section` appended to Windows device names.
    public static func make(_ title: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in title.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory.isCombiningMark { continue }  // accents after NFKD
            let folded = asciiFolding[scalar] ?? (scalar.isASCII ? String(scalar).lowercased() : "")
            for character in folded {
                if character.isASCII, character.isLetter || character.isNumber {
                    if pendingHyphen, !slug.isEmpty { slug.append("-") }
                    pendingHyphen = false
                    slug.append(character)
                } else {
                    pendingHyphen = true
                }
            }
            if folded.isEmpty { pendingHyphen = true }
        }
        slug = shortened(slug, to: maxLength)
        if slug.isEmpty { return fallback }
        return isReserved(slug) ? slug + "-section" : slug
    }

    /// `slugs` made unique in order: a later duplicate gets `-2`, `-3`… (shortening the base so
    /// the result still fits ``maxLength``).
    public static func uniqued(_ slugs: [String]) -> [String] {
        var used = Set<String>()
        return slugs.map { slug in
            var candidate = slug
            var number = 2
            while used.contains(candidate) {
                let suffix = "-\(number)"
                candidate = shortened(slug, to: maxLength - suffix.count) + suffix
                number += 1
            }
            used.insert(candidate)
            return candidate
        }
    }

    /// Whether `text` is already a slug, i.e. `make(text) == text`.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }

    /// Letters that NFKD does not decompose but that have a usual ASCII spelling.
    private static let asciiFolding: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    ]

    /// Device names Windows refuses as file names, whatever the extension.
    private static let reservedNames: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for digit in 1...9 {
            names.insert("com\(digit)")
            names.insert("lpt\(digit)")
        }
        return names
    }()

    private static func isReserved(_ slug: String) -> Bool { reservedNames.contains(slug) }

    /// `slug` cut to at most `length` characters, at the last hyphen when that keeps at least half.
    private static func shortened(_ slug: String, to length: Int) -> String {
        guard slug.count > length else { return slug }
        let cut = slug.prefix(length)
        if slug.dropFirst(length).first == "-" { return String(cut) }
        if let hyphen = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: hyphen) >= length / 2 {
            return String(cut[..<hyphen])
        }
        var trimmed = cut
        while trimmed.last == "-" { trimmed.removeLast() }
        return String(trimmed)
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isCombiningMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
