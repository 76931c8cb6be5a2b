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

        let finished = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in finished.continuation.yield(); finished.continuation.finish() }
        do {
            try process.run()
        } catch {
            throw PipelineError(path: executable, "cannot start a worker process: \(error)")
        }

        let writer = Task.detached {
            let handle = stdinPipe.fileHandleForWriting
            // A worker that dies early closes its end; ignore the broken pipe, the exit status tells.
            try? handle.write(contentsOf: Data(input))
            try? handle.close()
        }
        let stdoutReader = Task.detached { Array(stdoutPipe.fileHandleForReading.readDataToEndOfFile()) }
        let stderrReader = Task.detached { Array(stderrPipe.fileHandleForReading.readDataToEndOfFile()) }

        let pid = process.processIdentifier
        let killedForTime = KillFlag()
        let watchdog = Task.detached {
            try await Task.sleep(for: .milliseconds(Int(timeLimit * 1000)))
            killedForTime.flag.store(true, ordering: .sequentiallyConsistent)
            kill(pid, SIGKILL)
        }
        for await _ in finished.stream {}
        watchdog.cancel()
        let timedOut = killedForTime.flag.load(ordering: .sequentiallyConsistent)
        await writer.value
        let output = await stdoutReader.value
        let errors = await stderrReader.value

        let termination: ChildTermination
        if timedOut {
            termination = .timedOut(seconds: timeLimit)
        } else if process.terminationReason == .uncaughtSignal {
            termination = .signaled(process.terminationStatus)
        } else {
            termination = .exited(process.terminationStatus)
        }
        return ChildOutcome(termination: termination, standardOutput: output, standardError: errors)
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
        case SIGTERM: return "SIGTERM"
        default: return "signal \(signal)"
        }
    }
}

/// Set by the watchdog just before it kills a child for running too long.
private final class KillFlag: Sendable {
    let flag = Atomic<Bool>(false)
}
