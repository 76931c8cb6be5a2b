/// Syllables and stress of an eSpeak NG phoneme string (`espeak-ng -x` mnemonics such as
/// `t'O@t#I2k,0liz`), for comparison with the reference dictionary.
///
/// A syllable is a run of vowel symbols (`a e i o u A E I O U V @ 3 0` with their modifiers
/// `: # 2–9`, and `@L`), or a syllabic consonant written `n-`, `m-`, `l-`. `'` marks the next
/// syllable as primary stress, `,` as secondary; `;` separates syllables. Diphthongs and
/// triphthongs count as one syllable, which can make the count differ from the reference's;
/// the audit then does not compare stress.
enum PronunciationAuditSyllables {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "A", "E", "I", "O", "U", "V", "@", "3", "0"]
    private static let modifiers: Set<Character> = [":", "#", "2", "3", "4", "5", "6", "7", "8", "9"]

    /// Stress per syllable: 1 primary, 2 secondary, 0 none (the reference dictionary's digits).
    static func stresses(_ phonemes: String) -> [Int] {
        var result: [Int] = []
        var pending = 0
        var inVowel = false
        var previous: Character?
        let characters = Array(phonemes)
        for (offset, character) in characters.enumerated() {
            defer { previous = character }
            switch character {
            case "'":
                pending = 1
                inVowel = false
            case ",":
                if pending == 0 { pending = 2 }
                inVowel = false
            case ";", " ", "_":
                inVowel = false
            case _ where vowels.contains(character):
                // "I2", "@2", "3:" are one vowel with a modifier; "3" after a vowel is a modifier too.
                if inVowel { continue }
                result.append(pending)
                pending = 0
                inVowel = true
            case _ where modifiers.contains(character) && inVowel:
                continue
            case "L" where inVowel && previous == "@":
                continue
            case "-":
                // Syllabic consonant: "s'3:?n-" (certain).
                if let previous, "nml".contains(previous), offset >= 2, !vowels.contains(characters[offset - 2]) {
                    result.append(pending)
                    pending = 0
                }
                inVowel = false
            default:
                inVowel = false
            }
        }
        return result
    }
}
