/// Everything that can go wrong while loading the simplifier's levels and data files.
///
/// Messages name the file and, where known, the 1-based line, so that a content editor can fix
/// the YAML without reading Swift.
public struct SimplifierError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Path of the file at fault, when there is one.
    public var file: String?
    /// 1-based line in ``file``, when known.
    public var line: Int?
    /// What is wrong, including the underlying library's own message where there is one.
    public var message: String

    public init(file: String? = nil, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        var place = file ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
