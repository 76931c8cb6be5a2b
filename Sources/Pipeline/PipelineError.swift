/// The one public error type of the Pipeline stage: what failed, where, and why.
public struct PipelineError: Error, CustomStringConvertible, Sendable, Equatable {
    /// File or folder the error is about, when there is one.
    public var path: String?
    public var message: String

    public init(path: String? = nil, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String {
        if let path { return "\(path): \(message)" }
        return message
    }
}
