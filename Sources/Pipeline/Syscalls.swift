#if canImport(Glibc)
    import Glibc
#endif

/// The raw process and file-descriptor calls of the worker helper (fork server), in one place.
///
/// Nothing here allocates on the Swift heap: the helper calls these between forks, and every
/// child must start from the same memory state.
enum Syscalls {
    /// How a waited-for process ended.
    enum Status: Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    static func fork() -> pid_t { Glibc.fork() }

    /// Ends this process at once: no atexit handlers, no flushing (for forked children).
    static func exitImmediately(_ code: Int32) -> Never { _exit(code) }

    static func kill(_ pid: pid_t, _ signal: Int32) { _ = Glibc.kill(pid, signal) }

    /// Waits for `pid` to end (retrying on EINTR); nil when it cannot be waited for.
    static func wait(_ pid: pid_t) -> Status? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, 0)
            if result == pid { break }
            if result < 0 && errno == EINTR { continue }
            return nil
        }
        // The W* macros are not imported into Swift: the low 7 bits are the signal, 0 for an exit.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }

    /// A pipe without close-on-exec (the helper forks, it never executes): (read end, write end).
    static func pipe() -> (read: Int32, write: Int32)? {
        var ends: (Int32, Int32) = (-1, -1)
        let result = withUnsafeMutablePointer(to: &ends) {
            $0.withMemoryRebound(to: Int32.self, capacity: 2) { Glibc.pipe($0) }
        }
        return result == 0 ? (ends.0, ends.1) : nil
    }

    /// An anonymous temporary file (a child's standard output or error), in memory where `/dev/shm` exists.
    static func anonymousFile() -> Int32 {
        // O_TMPFILE is a macro Swift does not import: __O_TMPFILE (the same on every Linux
        // architecture) with O_DIRECTORY. memfd_create is not imported either.
        let temporaryFile = Int32(0o20_000_000) | O_DIRECTORY
        let descriptor = open("/dev/shm", temporaryFile | O_RDWR, 0o600)
        return descriptor >= 0 ? descriptor : open("/tmp", temporaryFile | O_RDWR, 0o600)
    }

    static func close(_ descriptor: Int32) { _ = Glibc.close(descriptor) }

    static func duplicate(_ descriptor: Int32, onto target: Int32) -> Bool {
        while true {
            if dup2(descriptor, target) >= 0 { return true }
            if errno != EINTR { return false }
        }
    }

    /// Standard input of a child: the null device, so that it cannot read the helper's request stream.
    static func openNullDevice() -> Int32 { open("/dev/null", O_RDONLY) }

    /// Reads exactly `count` bytes; false at end of file or on an error.
    static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Bool {
        transferFully(count) { done in read(descriptor, buffer + done, count - done) }
    }

    /// Writes all `count` bytes; false on an error (such as a closed pipe).
    static func writeFully(_ descriptor: Int32, _ buffer: UnsafeRawPointer, count: Int) -> Bool {
        transferFully(count) { done in write(descriptor, buffer + done, count - done) }
    }

    /// Repeats `step` (given the bytes done so far, returning what `read`/`write` returned) until
    /// `count` bytes are through; retries on EINTR, false at end of file or on another error.
    private static func transferFully(_ count: Int, _ step: (Int) -> Int) -> Bool {
        var done = 0
        while done < count {
            let result = step(done)
            if result > 0 {
                done += result
            } else if result < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    /// Anonymous memory outside the malloc heap, so that the helper's heap stays the same between forks.
    static func mapMemory(_ count: Int) -> UnsafeMutableRawPointer? {
        let pointer = mmap(nil, max(count, 1), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        return pointer == MAP_FAILED ? nil : pointer
    }

    /// `descriptor`'s whole contents, mapped read-only (nil for an empty or unreadable file).
    static func mapFile(_ descriptor: Int32, count: Int) -> UnsafeMutableRawPointer? {
        guard count > 0 else { return nil }
        let pointer = mmap(nil, count, PROT_READ, MAP_SHARED, descriptor, 0)
        return pointer == MAP_FAILED ? nil : pointer
    }

    static func unmap(_ pointer: UnsafeMutableRawPointer?, count: Int) {
        if let pointer { munmap(pointer, max(count, 1)) }
    }

    static func fileSize(_ descriptor: Int32) -> Int {
        var information = stat()
        return fstat(descriptor, &information) == 0 ? Int(information.st_size) : 0
    }

    /// Waits until `descriptor` is readable or closed, or `milliseconds` pass; false on timeout.
    static func waitReadable(_ descriptor: Int32, milliseconds: Int) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let deadline = now() + Double(milliseconds) / 1000
        while true {
            let left = max(0, Int32(clamping: Int(((deadline - now()) * 1000).rounded(.up))))
            let result = poll(&entry, 1, left)
            if result > 0 { return true }
            if result == 0 { return false }
            if errno != EINTR { return true }
        }
    }

    /// Waits until `first` or `second` is readable or closed, or `milliseconds` pass; the ready
    /// descriptor (`first` when both are), nil on timeout.
    static func waitReadable(_ first: Int32, or second: Int32, milliseconds: Int) -> Int32? {
        var entries = (
            pollfd(fd: first, events: Int16(POLLIN), revents: 0), pollfd(fd: second, events: Int16(POLLIN), revents: 0)
        )
        let deadline = now() + Double(milliseconds) / 1000
        while true {
            let left = max(0, Int32(clamping: Int(((deadline - now()) * 1000).rounded(.up))))
            let result = withUnsafeMutablePointer(to: &entries) {
                $0.withMemoryRebound(to: pollfd.self, capacity: 2) { poll($0, 2, left) }
            }
            if result == 0 { return nil }
            if result < 0 {
                if errno == EINTR { continue }
                return first
            }
            return entries.0.revents != 0 ? first : second
        }
    }

    /// Makes the kernel end this process (SIGIO, whose default action terminates) once every write
    /// end of the pipe whose read end is `descriptor` has closed; returns false if that has
    /// already happened. The check after arming closes the gap: a close before it is seen as end
    /// of file, a close after it raises the signal.
    ///
    /// SIGIO gets its default action and is unblocked first: the helper inherits the mask of the
    /// build's thread that started it, which blocks most signals.
    static func endWhenClosed(_ descriptor: Int32) -> Bool {
        signal(SIGIO, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGIO)
        guard sigprocmask(SIG_UNBLOCK, &set, nil) == 0, fcntl(descriptor, F_SETOWN, getpid()) == 0 else { return false }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags | O_ASYNC) == 0 else { return false }
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) == 0
    }

    /// Whether `bytes` contain `marker` (without allocating).
    static func contains(_ bytes: UnsafeRawBufferPointer, _ marker: StaticString) -> Bool {
        let needle = UnsafeRawBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)
        guard needle.count > 0, bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count)
        where memcmp(bytes.baseAddress! + start, needle.baseAddress!, needle.count) == 0 {
            return true
        }
        return false
    }

    /// Ends this process at once with SIGKILL (a test of a helper that dies).
    static func killSelf() -> Never {
        _ = Glibc.kill(getpid(), SIGKILL)
        _exit(137)
    }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Threads of this process: `/proc/self/task` has one link per thread plus two.
    static func threadCount() -> Int {
        var information = stat()
        guard stat("/proc/self/task", &information) == 0 else { return -1 }
        return Int(information.st_nlink) - 2
    }

    /// Whether every thread but the calling one is asleep (state `S` in `/proc/self/task/*/stat`).
    static func otherThreadsAsleep() -> Bool {
        guard let directory = opendir("/proc/self/task") else { return false }
        defer { closedir(directory) }
        // The helper runs on the main thread, whose thread ID is the process ID.
        let me = String(getpid())
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.first?.isNumber == true, name != me else { continue }
            let descriptor = open("/proc/self/task/\(name)/stat", O_RDONLY)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: 512)
            let count = read(descriptor, &buffer, buffer.count)
            // "tid (name) S ...": the state follows the last parenthesis.
            guard count > 0, let close = buffer[..<count].lastIndex(of: UInt8(ascii: ")")),
                close + 2 < count, buffer[close + 2] == UInt8(ascii: "S")
            else { return false }
        }
        return true
    }

    /// Ignores SIGPIPE, so that writing to a helper that died fails with EPIPE instead of killing us.
    static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }
}
