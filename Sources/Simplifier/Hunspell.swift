import CHunspell
import Foundation

/// The one place that calls the hunspell C library: it stems inflected words ("infants" → "infant",
/// "recommended" → "recommend") so that word lists need only base forms.
///
/// Hunspell handles are not thread-safe, so every call takes a lock; results are cached because
/// the same words recur in every section.
final class Hunspell: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    private var cache: [String: [String]] = [:]

    init(affixPath: String, dictionaryPath: String) throws(SimplifierError) {
        for path in [affixPath, dictionaryPath] where !FileManager.default.fileExists(atPath: path) {
            throw SimplifierError(file: path, message: "hunspell dictionary file not found (install hunspell-en-us)")
        }
        guard let handle = Hunspell_create(affixPath, dictionaryPath) else {
            throw SimplifierError(file: dictionaryPath, message: "hunspell could not load the dictionary")
        }
        self.handle = handle
    }

    deinit { Hunspell_destroy(handle) }

    /// The dictionary stems of `word` (lower-cased), or an empty list for unknown words.
    func stems(of word: String) -> [String] {
        let key = word.lowercased()
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[key] { return cached }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Int(Hunspell_stem(handle, &list, key))
        var out: [String] = []
        if let items = list {
            for index in 0..<count {
                if let item = items[index] { out.append(String(cString: item)) }
            }
            Hunspell_free_list(handle, &list, Int32(count))
        }
        cache[key] = out
        return out
    }

    /// Whether hunspell knows `word`.
    func knows(_ word: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return Hunspell_spell(handle, word) != 0
    }
}
