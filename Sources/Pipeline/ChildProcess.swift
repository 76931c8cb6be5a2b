import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// How a child process ended.
enum ChildTermination: Sendable, Equatable {
    case exited(Int32)
    case signaled(Int32)
    /// Killed by us after running longer than its time limit.
    case timedOut(seconds: Double)
}

/// Output of a finished child process.
struct ChildOutcome: Sendable {
    var termination: ChildTermination
    var standardOutput: [UInt8]
    var standardError: [UInt8]
}

/// Runs one child process with input on stdin, collecting stdout and stderr, with a time limit.
///
/// Workers run in their own processes because eSpeak NG is global and can abort the process on
/// some inputs: a crash, hang or memory blow-up then costs one section, not the run.
///
/// Pipe reads and the watchdog run on Dispatch threads, never on Swift's cooperative pool: a
/// blocking read there could take every pool thread and starve the watchdog that must kill a hung child.
enum ChildProcess {
    static func run(
        executable: String, arguments: [String], input: [UInt8], timeLimit: Double,
        environment: [String: String]? = nil
    ) async throws(PipelineError) -> ChildOutcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let stdinPipe = Pipe()
        let stdoutPipe = Pipe()
        let stderrPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe

        let collected = Collected()
        let group = DispatchGroup()
        group.enter()
        process.terminationHandler = { _ in group.leave() }
        do {
            try process.run()
        } catch {
            throw PipelineError(path: executable, "cannot start a worker process: \(error)")
        }
        let pid = process.processIdentifier
        let queue = DispatchQueue.global()

        group.enter()
        queue.async {
            // A worker that dies early closes its end; ignore the broken pipe, the exit status tells.
            try? stdinPipe.fileHandleForWriting.write(contentsOf: Data(input))
            try? stdinPipe.fileHandleForWriting.close()
            group.leave()
        }
        group.enter()
        queue.async {
            let bytes = Array(stdoutPipe.fileHandleForReading.readDataToEndOfFile())
            collected.state.withLock { $0.output = bytes }
            group.leave()
        }
        group.enter()
        queue.async {
            let bytes = Array(stderrPipe.fileHandleForReading.readDataToEndOfFile())
            collected.state.withLock { $0.errors = bytes }
            group.leave()
        }
        let watchdog = DispatchWorkItem {
            collected.state.withLock { $0.killedForTime = true }
            kill(pid, SIGKILL)
        }
        queue.asyncAfter(deadline: .now() + timeLimit, execute: watchdog)

        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            group.notify(queue: queue) { continuation.resume() }
        }
        watchdog.cancel()

        let state = collected.state.withLock { $0 }
        let termination: ChildTermination
        if state.killedForTime {
            termination = .timedOut(seconds: timeLimit)
        } else if process.terminationReason == .uncaughtSignal {
            termination = .signaled(process.terminationStatus)
        } else {
            termination = .exited(process.terminationStatus)
        }
        return ChildOutcome(termination: termination, standardOutput: state.output, standardError: state.errors)
    }

    /// The name of a signal, for messages such as "killed by SIGABRT".
    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGABRT: return "SIGABRT (eSpeak aborted)"
        case SIGSEGV: return "SIGSEGV (crash)"
        case SIGKILL: return "SIGKILL (killed, possibly out of memory)"
        case SIGBUS: return "SIGBUS (crash)"
        case SIGFPE: return "SIGFPE (crash)"
        case SIGILL: return "SIGILL (crash)"
        case SIGTRAP: return "SIGTRAP (crash, e.g. out of memory)"
        case SIGTERM: return "SIGTERM"
        default: return "signal \(signal)"
        }
    }
}

/// What the Dispatch threads collect for one child.
private final class Collected: Sendable {
    struct State: Sendable {
        var output: [UInt8] = []
        var errors: [UInt8] = []
        var killedForTime = false
    }

    let state = Mutex(State())
}
