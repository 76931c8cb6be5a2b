/// Writes WebVTT files (W3C WebVTT, https://www.w3.org/TR/webvtt1/).
public enum WebVTT {
    /// A cue to write: identifier, times and payload text.
    public struct Entry: Sendable, Hashable {
        public var identifier: String?
        public var startSeconds: Double
        public var endSeconds: Double
        public var text: String

        public init(identifier: String? = nil, startSeconds: Double, endSeconds: Double, text: String) {
            self.identifier = identifier
            self.startSeconds = startSeconds
            self.endSeconds = endSeconds
            self.text = text
        }
    }

    /// The file text for `entries`, in the order given.
    public static func document(_ entries: [Entry]) -> String {
        var out = "WEBVTT\n"
        for entry in entries {
            out += "\n"
            if let identifier = entry.identifier {
                out += sanitizedLine(identifier) + "\n"
            }
            out += timestamp(entry.startSeconds) + " --> " + timestamp(entry.endSeconds) + "\n"
            out += escapedPayload(entry.text) + "\n"
        }
        return out
    }

    /// `hh:mm:ss.ttt`, rounded to the millisecond.
    public static func timestamp(_ seconds: Double) -> String {
        let totalMilliseconds = Int((max(0, seconds) * 1000).rounded())
        let hours = totalMilliseconds / 3_600_000
        let minutes = totalMilliseconds / 60_000 % 60
        let secs = totalMilliseconds / 1000 % 60
        let millis = totalMilliseconds % 1000
        return pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(secs, 2) + "." + pad(millis, 3)
    }

    /// Cue text escaped so that `<`, `&` and `>` show as characters, on one line: a blank line or
    /// `-->` inside a payload would end or corrupt the cue.
    public static func escapedPayload(_ text: String) -> String {
        var out = ""
        for character in sanitizedLine(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func sanitizedLine(_ text: String) -> String {
        let flattened = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        return flattened.replacingAll("-->", with: "->")
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement` (no Foundation needed).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
