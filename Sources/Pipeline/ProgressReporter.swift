import Synchronization

/// Reports build progress on standard error: a bar with an ETA on a terminal, one line per
/// finished section otherwise (CI logs).
public final class ProgressReporter: Sendable {
    public enum Style: Sendable {
        case bar
        case lines
        case quiet
    }

    private struct State {
        var total = 0
        var done = 0
        var started = ContinuousClock.now
    }

    private let style: Style
    private let state = Mutex(State())

    public init(style: Style) {
        self.style = style
    }

    /// `.bar` on a terminal, `.lines` otherwise.
    public static func automatic() -> ProgressReporter {
        ProgressReporter(style: Environment.isTerminal(2) && Environment.value("CI") == nil ? .bar : .lines)
    }

    /// Adds `count` sections to the total (builds go batch by batch).
    func add(total count: Int) {
        state.withLock { $0.total += count }
    }

    func sectionFinished(_ label: String, how: String) {
        let (done, total, elapsed) = state.withLock { state in
            state.done += 1
            return (state.done, state.total, (ContinuousClock.now - state.started).seconds)
        }
        switch style {
        case .quiet: return
        case .lines: Environment.writeStandardError("[\(done)/\(total)] \(how): \(label)\n")
        case .bar:
            let width = 30
            let filled = total == 0 ? width : width * done / total
            let remaining = done == 0 ? 0 : elapsed / Double(done) * Double(total - done)
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            Environment.writeStandardError("\r\u{1B}[2K\(bar) \(done)/\(total)  ETA \(Int(remaining.rounded())) s")
            if done == total { Environment.writeStandardError("\n") }
        }
    }

    func failed(_ message: String) {
        guard style != .quiet else { return }
        Environment.writeStandardError((style == .bar ? "\r\u{1B}[2K" : "") + "error: \(message)\n")
    }

    /// Something went wrong and was worked around (the build's result is unaffected).
    func warning(_ message: String) {
        guard style != .quiet else { return }
        Environment.writeStandardError((style == .bar ? "\r\u{1B}[2K" : "") + "warning: \(message)\n")
    }

    func finish(_ summary: BuildSummary) {
        guard style != .quiet else { return }
        Environment.writeStandardError(
            "built \(summary.built), reused \(summary.reused), failed \(summary.failed); "
                + "\(Int(summary.audioSeconds.rounded())) s of audio in \(String(format1: summary.wallSeconds)) s\n")
    }
}

extension String {
    /// A number with one decimal.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
