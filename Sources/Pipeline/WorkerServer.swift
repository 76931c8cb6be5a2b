import Speech

#if canImport(Glibc)
    import Glibc
#endif

/// The worker helper (a fork server): `plainspeak worker-server VOICE RATE`.
///
/// Starting a worker process costs about 20 ms before it speaks a word (loading the Swift runtime
/// and Foundation, eSpeak NG reading its data and scanning its voices). The helper pays that once:
/// it starts eSpeak with its voice, then forks one child per section. Each child begins from the
/// same engine state (the helper never synthesises), so the same text gives the same audio whatever
/// ran before it, and a crash, hang or memory blow-up still costs only that child's section.
///
/// The helper runs synchronous code only and never starts a thread: a child of a multi-threaded
/// process could inherit locks held by threads it does not have, and libdispatch refuses to run in
/// the child of a process that used it. The child is the first to start Swift concurrency's
/// threads, as a fresh process would. The one exception is the thread eSpeak NG 1.51 starts in
/// `espeak_ng_Initialize` for its asynchronous mode: in synchronous mode it only waits on its own
/// condition variable, and synchronous synthesis never takes its mutex (glibc's `fork` itself
/// makes malloc and stdio safe in the child). So the helper waits until that thread sleeps, and
/// refuses to fork whenever the number of threads differs from what eSpeak started.
///
/// Protocol on stdin/stdout (native byte order, the two ends are one machine): a request is
/// ``RequestHeader`` then the worker request's JSON; the answer is ``AnswerHeader``, then the
/// child's standard output, then its standard error.
public enum WorkerServer {
    /// The hidden subcommand that runs the helper.
    public static let commandName = "worker-server"

    /// Byte count of the request, and the time limit's bit pattern (a `Double`, seconds).
    typealias RequestHeader = (count: UInt64, timeLimit: UInt64)
    /// How the child ended (``Kind``), its exit status or signal, and the byte counts that follow.
    typealias AnswerHeader = (kind: UInt64, code: UInt64, outputCount: UInt64, errorCount: UInt64)

    enum Kind: UInt64 {
        case exited, signaled, timedOut
    }

    /// Runs the helper until its standard input closes. Arguments: voice, rate (words per minute).
    public static func serve(arguments: [String]) -> Never {
        guard arguments.count == 2, let rate = Int(arguments[1]) else {
            fail("usage: plainspeak \(commandName) VOICE RATE")
        }
        let engine: SpeechEngine
        do {
            engine = try SpeechEngine(voice: arguments[0], rateWordsPerMinute: rate)
        } catch {
            fail("cannot start eSpeak NG: \(error)")
        }
        let threads = Syscalls.threadCount()
        guard threads <= 1 + espeakThreads, waitUntilOtherThreadsSleep() else {
            fail("the helper has \(threads) threads, not all asleep; forking it would not be safe")
        }
        startThreads = threads
        guard let life = Syscalls.pipe() else { fail("cannot create the helper's life pipe") }
        lifeline = life
        killedByMarker = Environment.value("PLAINSPEAK_TEST_FAULTS") == "1"
        while true {
            var header: RequestHeader = (0, 0)
            guard withUnsafeMutableBytes(of: &header, { Syscalls.readFully(0, into: $0.baseAddress!, count: $0.count) })
            else { Syscalls.exitImmediately(0) }
            serveOne(count: Int(header.count), timeLimit: Double(bitPattern: header.timeLimit), engine: engine)
        }
    }

    /// Threads eSpeak NG may start when it initialises (its asynchronous command thread).
    private static let espeakThreads = 1
    /// Threads of the helper once eSpeak has started; checked before every fork.
    nonisolated(unsafe) private static var startThreads = 1

    /// A pipe whose write end only the helper holds: its children end when it closes, so that a
    /// helper that dies (killed, out of memory) leaves no child writing files behind it.
    nonisolated(unsafe) private static var lifeline: (read: Int32, write: Int32) = (-1, -1)

    /// Tests only (`PLAINSPEAK_TEST_FAULTS=1`): a request containing ``killMarker`` kills the helper
    /// itself while its child renders, so that the build's fallback to fresh workers is tested.
    nonisolated(unsafe) private static var killedByMarker = false
    static let killMarker: StaticString = "PLAINSPEAK-TEST-KILL-HELPER"

    /// Waits up to a second for eSpeak's thread to reach its wait.
    private static func waitUntilOtherThreadsSleep() -> Bool {
        for _ in 0..<1000 {
            if Syscalls.otherThreadsAsleep() { return true }
            usleep(1000)
        }
        return false
    }

    private static func serveOne(count: Int, timeLimit: Double, engine: SpeechEngine) {
        // The request goes to memory outside the heap: the heap is the same before every fork.
        guard let request = Syscalls.mapMemory(count),
            Syscalls.readFully(0, into: request, count: count)
        else { fail("cannot read a request") }
        defer { Syscalls.unmap(request, count: count) }
        let output = Syscalls.anonymousFile()
        let errors = Syscalls.anonymousFile()
        guard output >= 0, errors >= 0, let death = Syscalls.pipe() else { fail("cannot create the child's files") }
        defer {
            Syscalls.close(output)
            Syscalls.close(errors)
            Syscalls.close(death.read)
        }
        let threads = Syscalls.threadCount()
        guard threads == startThreads else {
            fail("the helper has \(threads) threads, not \(startThreads); forking it would not be safe")
        }

        let pid = Syscalls.fork()
        if pid == 0 {
            runChild(
                request: UnsafeRawBufferPointer(start: request, count: count), output: output, errors: errors,
                death: death, engine: engine)
        }
        Syscalls.close(death.write)
        guard pid > 0 else { fail("cannot fork") }
        if killedByMarker, Syscalls.contains(UnsafeRawBufferPointer(start: request, count: count), killMarker) {
            usleep(50_000)  // the child is under way
            Syscalls.killSelf()
        }

        // The child holds the write end of `death` until it ends, however it ends. Standard input
        // stays silent while a child runs; if it becomes readable, the build closed it (it ended
        // or was killed): the child's work is no longer wanted, and the helper ends with it.
        var kind = Kind.exited
        switch Syscalls.waitReadable(death.read, or: 0, milliseconds: Int((timeLimit * 1000).rounded(.up))) {
        case nil:
            Syscalls.kill(pid, SIGKILL)
            kind = .timedOut
        case 0:
            Syscalls.kill(pid, SIGKILL)
            _ = Syscalls.wait(pid)
            Syscalls.exitImmediately(0)
        default:
            break
        }
        let status = Syscalls.wait(pid) ?? .signaled(SIGKILL)
        var code: Int32 = 0
        switch status {
        case .exited(let value):
            code = value
        case .signaled(let signal):
            code = signal
            if kind != .timedOut { kind = .signaled }
        }
        let outputCount = Syscalls.fileSize(output)
        let errorCount = Syscalls.fileSize(errors)
        var answer: AnswerHeader = (
            kind.rawValue, UInt64(UInt32(bitPattern: code)), UInt64(outputCount), UInt64(errorCount)
        )
        guard withUnsafeBytes(of: &answer, { Syscalls.writeFully(1, $0.baseAddress!, count: $0.count) }),
            send(output, count: outputCount), send(errors, count: errorCount)
        else { Syscalls.exitImmediately(0) }  // The build went away.
    }

    /// Copies a child's output file to standard output.
    private static func send(_ descriptor: Int32, count: Int) -> Bool {
        guard count > 0 else { return true }
        guard let mapped = Syscalls.mapFile(descriptor, count: count) else { return false }
        defer { Syscalls.unmap(mapped, count: count) }
        return Syscalls.writeFully(1, mapped, count: count)
    }

    /// The child: renders the section exactly as `plainspeak worker` does, then exits.
    private static func runChild(
        request: UnsafeRawBufferPointer, output: Int32, errors: Int32, death: (read: Int32, write: Int32),
        engine: SpeechEngine
    ) -> Never {
        Syscalls.close(lifeline.write)
        guard Syscalls.endWhenClosed(lifeline.read) else { Syscalls.exitImmediately(4) }  // the helper is gone
        let null = Syscalls.openNullDevice()
        guard null >= 0, Syscalls.duplicate(null, onto: 0), Syscalls.duplicate(output, onto: 1),
            Syscalls.duplicate(errors, onto: 2)
        else { Syscalls.exitImmediately(3) }
        for descriptor in [null, output, errors, death.read] { Syscalls.close(descriptor) }
        let bytes = Array(request)
        // Swift concurrency starts its threads here, in the child; the helper never does.
        Task.detached {
            do {
                let answer = try await Worker.run(request: bytes, engine: engine)
                _ = answer.withUnsafeBytes { Syscalls.writeFully(1, $0.baseAddress!, count: $0.count) }
                Syscalls.exitImmediately(0)
            } catch {
                let message = Array("\(error)\n".utf8)
                _ = message.withUnsafeBytes { Syscalls.writeFully(2, $0.baseAddress!, count: $0.count) }
                Syscalls.exitImmediately(2)
            }
        }
        while true { pause() }
    }

    private static func fail(_ message: String) -> Never {
        let line = Array("plainspeak \(commandName): \(message)\n".utf8)
        _ = line.withUnsafeBytes { Syscalls.writeFully(2, $0.baseAddress!, count: $0.count) }
        Syscalls.exitImmediately(1)
    }
}
