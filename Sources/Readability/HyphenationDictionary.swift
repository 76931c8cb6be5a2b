import CHyphen
import Foundation

/// A libhyphen pattern dictionary loaded from a `hyph_*.dic` file. This is the only file that calls libhyphen.
///
/// libhyphen only reads the dictionary after loading (every call allocates its own buffers), so one
/// instance is shared by all copies of a ``ReadabilityMeter`` and used from any thread.
final class HyphenationDictionary: @unchecked Sendable {
    let path: String
    private let dictionary: UnsafeMutablePointer<HyphenDict>

    init(path: String) throws(ReadabilityError) {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ReadabilityError(kind: .dictionaryNotFound, path: path, detail: "no such file")
        }
        errno = 0
        guard let loaded = hnj_hyphen_load(path) else {
            // libhyphen only fails when fopen fails, so errno holds the reason.
            throw ReadabilityError(kind: .dictionaryUnreadable, path: path, detail: String(cString: strerror(errno)))
        }
        guard loaded.pointee.utf8 != 0 else {
            let charset = Self.charset(of: loaded)
            hnj_hyphen_free(loaded)
            throw ReadabilityError(
                kind: .dictionaryInvalid, path: path,
                detail: "its first line names the character set \"\(charset)\"; only UTF-8 dictionaries are supported")
        }
        // Without a NEXTLEVEL line libhyphen returns its built-in compound level (hyphens, apostrophes)
        // whose next level holds the file's patterns; a file without patterns would count 1 syllable per word.
        let patterns = loaded.pointee.nextlevel ?? loaded
        guard patterns.pointee.num_states > 1 else {
            hnj_hyphen_free(loaded)
            throw ReadabilityError(kind: .dictionaryInvalid, path: path, detail: "it contains no hyphenation patterns")
        }
        // textstat's pyphen ignores the file's LEFTHYPHENMIN/RIGHTHYPHENMIN (Debian's en_US says 2 and 3) and
        // keeps points 2 code points from either end. libhyphen can only raise the file's minimums and counts
        // digits and ligatures specially, so ask it for every point and apply pyphen's rule in Swift.
        var level: UnsafeMutablePointer<HyphenDict>? = loaded
        var seen = 0
        while let current = level, seen < 2 {
            current.pointee.lhmin = 1
            current.pointee.rhmin = 1
            current.pointee.clhmin = 1
            current.pointee.crhmin = 1
            level = current.pointee.nextlevel
            seen += 1  // the two levels point at each other, so stop after both
        }
        self.dictionary = loaded
    }

    deinit {
        hnj_hyphen_free(dictionary)
    }

    /// Every hyphenation point the patterns allow in `word` (expected lower case), as pyphen reports them:
    /// position `p` is a break before the `p`-th Unicode scalar (0-based), so `1...count-1`.
    func points(in word: String) -> [Int] {
        // libhyphen turns ASCII digits into word boundaries ("."), so patterns anchored at a word's start or
        // end would match next to a digit; pyphen treats a digit as a letter no pattern contains. 0x1F can
        // never occur in a pattern (libhyphen's parser stops at bytes <= space), so it behaves like pyphen.
        var bytes = word.utf8.map { $0 >= 0x30 && $0 <= 0x39 ? 0x1F : CChar(bitPattern: $0) }
        let size = bytes.count
        guard size > 0 else { return [] }
        bytes.append(0)  // libhyphen runs strstr on the word
        var hyphens = [CChar](repeating: 0, count: size + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        var positions: UnsafeMutablePointer<Int32>? = nil
        var cuts: UnsafeMutablePointer<Int32>? = nil
        hnj_hyphen_hyphenate3(
            dictionary, bytes, Int32(size), &hyphens, nil, &replacements, &positions, &cuts, 1, 1, 1, 1)
        if let replacements {
            for index in 0..<size { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        // For UTF-8 dictionaries libhyphen re-indexes `hyphens` by character: odd at i means a break after i.
        let scalarCount = word.unicodeScalars.count
        return (0..<max(scalarCount - 1, 0)).filter { hyphens[$0] & 1 == 1 }.map { $0 + 1 }
    }

    private static func charset(of dictionary: UnsafeMutablePointer<HyphenDict>) -> String {
        withUnsafeBytes(of: dictionary.pointee.cset) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
