/// Why a ``ReadabilityMeter`` could not be created.
public struct ReadabilityError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// No file at the dictionary path.
        case dictionaryNotFound
        /// The file exists but libhyphen could not open it.
        case dictionaryUnreadable
        /// libhyphen read the file but it holds no usable UTF-8 hyphenation patterns.
        case dictionaryInvalid
    }

    public var kind: Kind
    /// Path of the hyphenation dictionary involved.
    public var path: String
    /// Detail from the C library or the operating system (for example `No such file or directory`).
    public var detail: String

    public init(kind: Kind, path: String, detail: String) {
        self.kind = kind
        self.path = path
        self.detail = detail
    }

    public var description: String {
        let hint =
            "set the dictionary path, or install Debian's hyphen-en-us (\(ReadabilityMeter.defaultDictionaryPath))"
        switch kind {
        case .dictionaryNotFound:
            return "Readability: hyphenation dictionary not found at \(path): \(detail); \(hint)"
        case .dictionaryUnreadable:
            return "Readability: libhyphen could not open the hyphenation dictionary \(path): \(detail)"
        case .dictionaryInvalid:
            return "Readability: \(path) is not a usable hyphenation dictionary: \(detail)"
        }
    }
}
