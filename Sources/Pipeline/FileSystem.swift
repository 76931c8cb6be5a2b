import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every raw POSIX file-system call of the pipeline, so that atomicity and error reporting are
/// decided in one place (the way swift-system keeps its raw calls in `Syscalls.swift`).
enum FileSystem {
    /// Name prefix of every temporary file; files with it are never final outputs.
    static let temporaryPrefix = ".plainspeak-tmp-"

    /// Writes `bytes` to `path` atomically: a temporary file in the same folder is written, flushed
    /// to disk and renamed over `path`, so readers (and a crash at any moment) see the old or the
    /// new file, never a truncated one.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(PipelineError) {
        // `withUnsafeBytes` rethrows untyped errors: carry ours out in a Result.
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(PipelineError) in try writeAtomically([buffer], to: path) }
        }
        try result.get()
    }

    /// Writes `parts` one after the other to `path`, atomically (a WAV header and its samples
    /// without copying megabytes of audio into one buffer first).
    static func writeAtomically(_ parts: [UnsafeRawBufferPointer], to path: String) throws(PipelineError) {
        let directory = parent(of: path)
        try createDirectories(directory)
        let temporary = directory + "/" + temporaryName()
        try writeNew(parts, to: temporary, reportedAs: path)
        try moveAtomically(temporary, to: path)
    }

    /// Creates `path`, which must not exist yet, writes `parts` to it and flushes it to disk; on
    /// failure nothing is left at `path`.
    ///
    /// For a temporary name that only a later ``moveAtomically(_:to:)`` makes final: the data is
    /// on disk before that rename can be, so the final name never shows a truncated file, and the
    /// temporary name itself needs neither a rename of its own nor a flush of its folder.
    /// Creating exclusively means no other process can have this file open for writing.
    static func writeNew(_ parts: [UnsafeRawBufferPointer], to path: String, reportedAs shownPath: String? = nil)
        throws(PipelineError)
    {
        let shown = shownPath ?? path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(shown, "cannot create a file here") }
        func abandon(_ what: String) -> PipelineError {
            let error = failure(shown, what)
            close(descriptor)
            unlink(path)
            return error
        }
        for buffer in parts {
            var written = 0
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw abandon("cannot write")
                }
                written += result
            }
        }
        if fsync(descriptor) != 0 { throw abandon("cannot flush to disk") }
        close(descriptor)
    }

    /// ``writeNew(_:to:reportedAs:)`` for one buffer.
    static func writeNew(_ bytes: [UInt8], to path: String) throws(PipelineError) {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(PipelineError) in try writeNew([buffer], to: path) }
        }
        try result.get()
    }

    /// Writes `bytes` atomically unless `path` already holds exactly these bytes.
    /// - Returns: whether the file was written.
    @discardableResult
    static func writeIfChanged(_ bytes: [UInt8], to path: String) throws(PipelineError) -> Bool {
        if let existing = try? readFile(path), existing == bytes { return false }
        try writeAtomically(bytes, to: path)
        return true
    }

    /// Renames `source` over `destination` (same file system) and flushes the folder entry.
    static func moveAtomically(_ source: String, to destination: String) throws(PipelineError) {
        try createDirectories(parent(of: destination))
        guard rename(source, destination) == 0 else {
            let error = failure(destination, "cannot move \(source) into place")
            unlink(source)
            throw error
        }
        syncDirectory(parent(of: destination))
    }

    /// Copies `source` to `destination` atomically (used for the cross-run cache, which may sit on
    /// another file system).
    static func copyAtomically(_ source: String, to destination: String) throws(PipelineError) {
        try writeAtomically(try readFile(source), to: destination)
    }

    /// Makes `destination` (a new name) another link to `source` when both are on one file system,
    /// else a copy. Outputs are only ever replaced by rename, never changed in place, so files that
    /// share an inode never affect each other.
    static func linkOrCopy(_ source: String, to destination: String) throws(PipelineError) {
        if link(source, destination) == 0 { return }
        try writeAtomically(try readFile(source), to: destination)
    }

    static func readFile(_ path: String) throws(PipelineError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "cannot read") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    static func fileExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    static func directoryExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// `mkdir -p`.
    static func createDirectories(_ path: String) throws(PipelineError) {
        if path.isEmpty || directoryExists(path) { return }
        try createDirectories(parent(of: path))
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw failure(path, "cannot create folder")
        }
    }

    /// Names of the entries of a folder (not `.` and `..`), sorted by bytes.
    static func entries(of directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Every regular file below `directory`, as paths relative to it, sorted.
    static func filesRecursively(in directory: String, prefix: String = "") -> [String] {
        var result: [String] = []
        for name in entries(of: directory) {
            let full = directory + "/" + name
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: result += filesRecursively(in: full, prefix: relative)
            case S_IFREG: result.append(relative)
            default: continue
            }
        }
        return result
    }

    static func removeFile(_ path: String) {
        unlink(path)
    }

    /// Removes empty folders below and including `directory`, bottom-up; stops at non-empty ones.
    static func removeEmptyDirectories(_ directory: String) {
        for name in entries(of: directory) where directoryExists(directory + "/" + name) {
            removeEmptyDirectories(directory + "/" + name)
        }
        rmdir(directory)
    }

    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in entries(of: path) { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    static func syncDirectory(_ path: String) {
        let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// The canonical absolute path, following symbolic links; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Path of the running executable (used to start worker processes).
    static func executablePath() -> String {
        realPath("/proc/self/exe") ?? CommandLine.arguments[0]
    }

    static func processIdentifier() -> Int32 { getpid() }

    private static let counter = Mutex(0)

    /// A file name no other writer in any process uses, marked as temporary.
    static func temporaryName() -> String {
        temporaryPrefix + uniqueSuffix()
    }

    private static func uniqueSuffix() -> String {
        let serial = counter.withLock { value in
            value += 1
            return value
        }
        return "\(getpid())-\(serial)"
    }

    static func failure(_ path: String, _ what: String) -> PipelineError {
        let code = errno
        let reason = String(cString: strerror(code))
        switch code {
        case ENOSPC: return PipelineError(path: path, "\(what): the disk is full (\(reason))")
        case EROFS: return PipelineError(path: path, "\(what): the output folder is read-only (\(reason))")
        case EACCES, EPERM: return PipelineError(path: path, "\(what): permission denied (\(reason))")
        default: return PipelineError(path: path, "\(what): \(reason)")
        }
    }
}

extension FileSystem {
    /// Takes an exclusive advisory lock on `path` (created if needed) for the life of the process or
    /// until ``releaseLock(_:)``. Returns nil when another process holds it and `wait` is false.
    static func acquireLock(_ path: String, wait: Bool) throws(PipelineError) -> Int32? {
        try createDirectories(parent(of: path))
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, "cannot create the lock file") }
        while flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            close(descriptor)
            if errno == EWOULDBLOCK { return nil }
            throw failure(path, "cannot lock")
        }
        return descriptor
    }

    static func releaseLock(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Whether a symbolic link (or anything but a plain file or folder) sits at `path`.
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
