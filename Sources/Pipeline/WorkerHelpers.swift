import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One running worker helper (``WorkerServer``), lent to one section at a time by ``WorkerHelperPool``.
final class WorkerHelper: @unchecked Sendable {
    // Unchecked: the pool lends a helper to one task at a time, and its fields never change.
    let voice: String
    private let process: Process
    private let input: FileHandle
    private let output: FileHandle

    /// Starts `executable worker-server voice rate`; nil if it cannot start.
    init?(executable: String, voice: String, rate: Int, environment: [String: String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [WorkerServer.commandName, voice, String(rate)]
        process.environment = environment
        let inputPipe = Pipe()
        let outputPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        do {
            try process.run()
        } catch {
            return nil
        }
        self.voice = voice
        self.process = process
        self.input = inputPipe.fileHandleForWriting
        self.output = outputPipe.fileHandleForReading
    }

    /// Has the helper fork a child for `request`; nil when the helper itself failed (it is then
    /// killed, and the caller runs the section another way).
    ///
    /// The exchange blocks, so it runs on a Dispatch thread, never on Swift's cooperative pool.
    func render(request: [UInt8], timeLimit: Double) async -> ChildOutcome? {
        await withCheckedContinuation { (continuation: CheckedContinuation<ChildOutcome?, Never>) in
            DispatchQueue.global().async {
                continuation.resume(returning: self.exchange(request, timeLimit: timeLimit))
            }
        }
    }

    private func exchange(_ request: [UInt8], timeLimit: Double) -> ChildOutcome? {
        // The helper kills a child that runs too long; this only catches a helper that stopped answering.
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { Syscalls.kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit + 30, execute: watchdog)
        defer { watchdog.cancel() }

        var header: WorkerServer.RequestHeader = (UInt64(request.count), timeLimit.bitPattern)
        var answer: WorkerServer.AnswerHeader = (0, 0, 0, 0)
        let to = input.fileDescriptor
        let from = output.fileDescriptor
        guard withUnsafeBytes(of: &header, { Syscalls.writeFully(to, $0.baseAddress!, count: $0.count) }),
            request.withUnsafeBytes({ Syscalls.writeFully(to, $0.baseAddress!, count: $0.count) }),
            withUnsafeMutableBytes(of: &answer, { Syscalls.readFully(from, into: $0.baseAddress!, count: $0.count) }),
            let kind = WorkerServer.Kind(rawValue: answer.kind),
            let standardOutput = read(from, count: answer.outputCount),
            let standardError = read(from, count: answer.errorCount)
        else {
            stop()
            return nil
        }
        let code = Int32(bitPattern: UInt32(truncatingIfNeeded: answer.code))
        let termination: ChildTermination
        switch kind {
        case .exited: termination = .exited(code)
        case .signaled: termination = .signaled(code)
        case .timedOut: termination = .timedOut(seconds: timeLimit)
        }
        return ChildOutcome(termination: termination, standardOutput: standardOutput, standardError: standardError)
    }

    private func read(_ descriptor: Int32, count: UInt64) -> [UInt8]? {
        guard count < 1 << 32 else { return nil }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            failed = Int(count) > 0 && !Syscalls.readFully(descriptor, into: buffer.baseAddress!, count: Int(count))
            initialized = failed ? 0 : Int(count)
        }
        return failed ? nil : bytes
    }

    /// Asks the helper to end (end of its input) and waits for it, so that its and its children's
    /// peak memory count in this process's figures.
    func finish() {
        try? input.close()
        process.waitUntilExit()
    }

    /// Kills a helper that failed.
    func stop() {
        Syscalls.kill(process.processIdentifier, SIGKILL)
        finish()
    }
}

/// The worker helpers of one batch of sections, at most one per running job, by voice.
///
/// A helper that fails is discarded and its section rendered by a fresh `plainspeak worker`
/// process instead; after a few failures the pool stops starting helpers.
final class WorkerHelperPool: Sendable {
    private struct State {
        var idle: [WorkerHelper] = []
        var started: [WorkerHelper] = []
        var failures = 0
    }

    private let state = Mutex(State())
    private let executable: String
    private let environment: [String: String]

    /// Helpers are on unless `PLAINSPEAK_WORKER_HELPER=0` (which starts one process per section).
    static var enabled: Bool { Environment.value("PLAINSPEAK_WORKER_HELPER") != "0" }
    static let maximumFailures = 3

    init(executable: String, environment: [String: String]) {
        self.executable = executable
        self.environment = environment
        Syscalls.ignoreBrokenPipes()
    }

    /// An idle helper with `voice`, or a new one; nil when helpers failed too often or cannot start.
    func borrow(voice: String, rate: Int) -> WorkerHelper? {
        let (found, disabled) = state.withLock { state -> (WorkerHelper?, Bool) in
            if let index = state.idle.firstIndex(where: { $0.voice == voice }) {
                return (state.idle.remove(at: index), false)
            }
            return (nil, state.failures >= Self.maximumFailures)
        }
        if let found { return found }
        guard !disabled else { return nil }
        guard let helper = WorkerHelper(executable: executable, voice: voice, rate: rate, environment: environment)
        else {
            state.withLock { $0.failures += 1 }
            return nil
        }
        state.withLock { $0.started.append(helper) }
        return helper
    }

    func giveBack(_ helper: WorkerHelper) {
        state.withLock { $0.idle.append(helper) }
    }

    /// Records that `helper` failed (it was already stopped).
    func failed(_ helper: WorkerHelper) {
        state.withLock { $0.failures += 1 }
    }

    /// Ends every helper and waits for them.
    func finish() {
        let helpers = state.withLock { state in
            defer { state = State(failures: state.failures) }
            return state.started
        }
        for helper in helpers { helper.finish() }
    }
}
