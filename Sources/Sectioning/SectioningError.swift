/// The one error type of the Sectioning stage: something in a content file (or folder) that an
/// editor has to fix, located as precisely as we know.
public struct SectioningError: Error, CustomStringConvertible, Sendable, Hashable {
    /// Path of the file or folder, as given by the caller.
    public var file: String
    /// 1-based line in the file, when known.
    public var line: Int?
    /// 1-based column (counted in Unicode scalars) on ``line``, when known.
    public var column: Int?
    /// 0-based byte offset in the file, for problems found before the bytes are text (invalid UTF-8).
    public var byteOffset: Int?
    /// Title of the section the problem is in, when known.
    public var section: String?
    /// What is wrong and, where possible, how to fix it.
    public var message: String

    /// An error at `file`, located by whichever of line, column, byte offset and section are known.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil, section: String? = nil,
        message: String
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.section = section
        self.message = message
    }

    /// `file:line:column: section "Title": message`, the form editors and CI logs can jump to.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = location + ": "
        if let byteOffset { text += "byte \(byteOffset): " }
        if let section { text += "section \"\(section)\": " }
        return text + message
    }
}
