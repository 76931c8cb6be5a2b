/// Durations and links as pages show them.
enum Formatting {
    /// `m:ss` (or `h:mm:ss` from one hour), rounded to the second: "4:05".
    static func clock(_ seconds: Double) -> String {
        let total = Int(max(0, seconds).rounded())
        let hours = total / 3600
        let minutes = total / 60 % 60
        let secs = total % 60
        let tail = pad(secs)
        return hours > 0 ? "\(hours):\(pad(minutes)):\(tail)" : "\(minutes):\(tail)"
    }

    /// A duration for screen readers and `<time datetime>`: "4 minutes 5 seconds", "PT4M5S".
    static func spokenDuration(_ seconds: Double) -> String {
        let total = Int(max(0, seconds).rounded())
        let parts = [(total / 3600, "hour"), (total / 60 % 60, "minute"), (total % 60, "second")]
            .filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        return parts.isEmpty ? "0 seconds" : parts.joined(separator: " ")
    }

    static func isoDuration(_ seconds: Double) -> String {
        let total = Int(max(0, seconds).rounded())
        var out = "PT"
        if total >= 3600 { out += "\(total / 3600)H" }
        if total >= 60 { out += "\(total / 60 % 60)M" }
        return out + "\(total % 60)S"
    }

    /// A relative URL for a path built from index fields or ids: every segment percent-encoded,
    /// so no value can turn into a scheme (`javascript:`), a query or a fragment.
    static func url(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            if segment == "." || segment == ".." { return String(segment) }
            var out = ""
            for byte in segment.utf8 {
                if unreserved.contains(byte) {
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
                }
            }
            return out
        }.joined(separator: "/")
    }

    /// Seconds rounded to the millisecond, to keep embedded timing data short and stable.
    static func milliseconds(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }

    private static let unreserved: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8))

    private static func pad(_ value: Int) -> String { String(value).leftPadded(2) }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
