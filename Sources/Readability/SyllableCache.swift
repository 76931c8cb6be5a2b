import Foundation

/// Syllable counts already computed, per cleaned lower-case word, shared by all copies of a meter.
///
/// Articles repeat their words a lot and each libhyphen call allocates, so a lock-protected dictionary
/// is much cheaper than hyphenating every occurrence.
final class SyllableCache: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    func count(for word: String, compute: (String) -> Int) -> Int {
        if let known = lock.withLock({ counts[word] }) { return known }
        let count = compute(word)
        lock.withLock { counts[word] = count }
        return count
    }
}
