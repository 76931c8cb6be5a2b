/// The one error type of the speech stage.
///
/// ``description`` names the file, section and line when they are known and ends with eSpeak NG's
/// own message when the error came from the library.
public struct SpeechError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for callers that react differently (for example retry in a fresh worker).
    public enum Kind: String, Sendable, Hashable {
        /// eSpeak NG failed to start or to synthesise.
        case engine
        /// A second ``SpeechEngine`` was created while one is alive in this process.
        case engineInUse
        /// eSpeak NG does not know the requested voice.
        case unknownVoice
        /// A value out of range, such as a speaking rate eSpeak does not support.
        case invalidArgument
        /// `speech.yml` could not be read or has a wrong value.
        case settings
        /// A WAV file is truncated or not 16-bit PCM.
        case wav
    }

    public var kind: Kind
    /// What we were doing, in words.
    public var message: String
    /// eSpeak NG's own message (`espeak_ng_GetStatusCodeMessage`) when the library reported the error.
    public var engineMessage: String?
    /// eSpeak NG's raw `espeak_ng_STATUS` value, when it reported the error.
    public var engineStatus: Int?
    public var file: String?
    /// Section id or title.
    public var section: String?
    /// 1-based line in ``file``.
    public var line: Int?

    public init(
        _ kind: Kind, _ message: String, engineMessage: String? = nil, engineStatus: Int? = nil,
        file: String? = nil, section: String? = nil, line: Int? = nil
    ) {
        self.kind = kind
        self.message = message
        self.engineMessage = engineMessage
        self.engineStatus = engineStatus
        self.file = file
        self.section = section
        self.line = line
    }

    /// The same error with a location added by a caller that knows it (fields already set are kept).
    public func located(file: String? = nil, section: String? = nil, line: Int? = nil) -> SpeechError {
        var copy = self
        copy.file = self.file ?? file
        copy.section = self.section ?? section
        copy.line = self.line ?? line
        return copy
    }

    /// `file:line: section "id": message: eSpeak message`.
    public var description: String {
        var out = ""
        if let file {
            out += file
            if let line { out += ":\(line)" }
            out += ": "
        } else if let line {
            out += "line \(line): "
        }
        if let section { out += "section \"\(section)\": " }
        out += message
        if let engineMessage, !engineMessage.isEmpty { out += ": eSpeak NG: " + engineMessage }
        return out
    }
}
