/// The one error type of the AudioPost stage (loudness measurement, normalisation, Opus encoding).
///
/// When the failure comes from libebur128 or libopusenc, ``status`` holds the library's status
/// code and ``reason`` its own message. Callers that know which file and section the audio belongs
/// to attach it with ``located(_:)`` so the message says where the problem is.
public struct AudioPostError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What was being done, for example `measure loudness` or `encode Ogg Opus`.
    public var operation: String
    /// Why it failed, including the C library's message when there is one.
    public var reason: String
    /// The C library's status code, when the library reported the failure.
    public var status: Int?
    /// Where the audio comes from (file, section), when the caller supplied it.
    public var location: String?

    public init(operation: String, reason: String, status: Int? = nil, location: String? = nil) {
        self.operation = operation
        self.reason = reason
        self.status = status
        self.location = location
    }

    /// The same error, naming the file and section it happened in, e.g. `Audio/plain/03-causes.wav (section 3)`.
    public func located(_ location: String) -> AudioPostError {
        var copy = self
        copy.location = location
        return copy
    }

    public var description: String {
        var text = "AudioPost: "
        if let location { text += "\(location): " }
        text += "cannot \(operation): \(reason)"
        if let status { text += " (status \(status))" }
        return text
    }
}
