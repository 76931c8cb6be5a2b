import ContentModel
import Foundation

/// Makes every section task current: keeps what already is, copies audio whose key exists in an
/// earlier output or the cache, and renders the rest in worker processes, `jobs` at a time.
struct SectionProducer: Sendable {
    var options: BuildOptions
    var layout: OutputLayout
    var progress: ProgressReporter
    var engine: String

    struct Outcome: Sendable {
        /// Record paths (relative to the output root) of every section now current on disk. Records
        /// themselves are read back per article when assembling, so a library of hundreds of
        /// articles never holds all word timings in memory.
        var available: Set<String> = []
        var built = 0
        var reused = 0
        var failures: [String] = []
        var failedArticles: Set<String> = []
    }

    /// `known`: audio made earlier in this run (key → output path without extension), for
    /// sections that repeat across batches of articles.
    func produce(_ tasks: SectionTasks, known: [String: String] = [:]) async throws(PipelineError) -> Outcome {
        var outcome = Outcome()
        var pending: [SectionTask] = []
        for task in tasks {
            if SectionTasks.currentRecord(task, root: layout.root) != nil {
                outcome.available.insert(task.recordPath)
                outcome.reused += 1
                progress.sectionFinished(task.label, how: "current")
            } else {
                pending.append(task)
            }
        }
        guard !pending.isEmpty else { return outcome }

        // Group by key: identical sections (the same text, voice and settings) are rendered once.
        var order: [String] = []
        var groups: [String: [SectionTask]] = [:]
        for task in pending {
            if groups[task.key] == nil { order.append(task.key) }
            groups[task.key, default: []].append(task)
        }

        // Reuse audio from earlier outputs and the cache. Every source is copied to a temporary file
        // first and only then moved into place, so that sections that swapped places cannot
        // overwrite each other's source.
        let earlier = EarlierOutputs.scan(articles: Set(pending.map(\.articleID)), root: layout.root)
        var staged: [(task: SectionTask, wav: String, opus: String?, record: SectionAudioRecord)] = []
        var toRender: [SectionTask] = []
        for key in order {
            let leader = groups[key]![0]
            if let source = earlier[key] ?? knownSource(key, known) ?? cacheSource(key) {
                for task in groups[key]! {
                    let wav = try stageCopy(source.wav, besides: task.wavPath)
                    let opus = source.record.opusBytes > 0 ? try stageCopy(source.opus, besides: task.opusPath) : nil
                    staged.append((task, wav, opus, source.record))
                }
                groups[key] = nil
            } else {
                toRender.append(leader)
            }
        }
        for item in staged {
            try commit(item.task, wav: item.wav, opus: item.opus, record: item.record)
            outcome.available.insert(item.task.recordPath)
            outcome.reused += 1
            progress.sectionFinished(item.task.label, how: "reused")
        }

        // Render the rest in worker processes.
        let rendered = await renderAll(toRender)
        for (task, result) in zip(toRender, rendered) {
            switch result {
            case .success(let record):
                outcome.available.insert(task.recordPath)
                outcome.built += 1
                progress.sectionFinished(task.label, how: "built")
                try storeInCache(task, record: record)
                for follower in groups[task.key]!.dropFirst() {
                    let wav = try stageCopy(layout.root + "/" + task.wavPath, besides: follower.wavPath)
                    let opus =
                        record.opusBytes > 0
                        ? try stageCopy(layout.root + "/" + task.opusPath, besides: follower.opusPath) : nil
                    try commit(follower, wav: wav, opus: opus, record: record)
                    outcome.available.insert(follower.recordPath)
                    outcome.reused += 1
                    progress.sectionFinished(follower.label, how: "reused")
                }
            case .failure(let error):
                for member in groups[task.key]! {
                    let line = "\(member.label): \(error.message)"
                    outcome.failures.append(line)
                    outcome.failedArticles.insert(member.articleID)
                    progress.failed(line)
                }
            }
        }
        return outcome
    }

    /// Renders `tasks` with at most `options.jobs` workers at once; results in the order of `tasks`.
    private func renderAll(_ tasks: [SectionTask]) async -> [Result<SectionAudioRecord, PipelineError>] {
        var results = [Result<SectionAudioRecord, PipelineError>?](repeating: nil, count: tasks.count)
        let helpers =
            WorkerHelperPool.enabled && !tasks.isEmpty
            ? WorkerHelperPool(executable: workerExecutable, environment: Self.workerEnvironment) : nil
        defer { helpers?.finish() }
        await withTaskGroup(of: (Int, Result<SectionAudioRecord, PipelineError>).self) { group in
            var next = 0
            while next < tasks.count || !group.isEmpty {
                while next < tasks.count && next - results.count(where: { $0 != nil }) < max(1, options.jobs) {
                    let index = next
                    let task = tasks[index]
                    next += 1
                    group.addTask { (index, await renderResult(task, helpers: helpers)) }
                }
                guard let (index, result) = await group.next() else { break }
                results[index] = result
            }
        }
        return results.map { $0! }
    }

    private func renderResult(_ task: SectionTask, helpers: WorkerHelperPool?) async -> Result<
        SectionAudioRecord, PipelineError
    > {
        do {
            return .success(try await render(task, helpers: helpers))
        } catch {
            return .failure(error)
        }
    }

    private func render(_ task: SectionTask, helpers: WorkerHelperPool?) async throws(PipelineError)
        -> SectionAudioRecord
    {
        let wavTemporary = try temporaryPath(besides: task.wavPath)
        let opusTemporary = try temporaryPath(besides: task.opusPath)
        defer {
            FileSystem.removeFile(wavTemporary)
            FileSystem.removeFile(opusTemporary)
        }
        let request = WorkerRequest(
            key: task.key, job: task.section.job, wavPath: wavTemporary, opusPath: opusTemporary,
            title: task.section.title, album: task.articleTitle, fault: WorkerFaults.fault(for: task.section.text))
        let timeLimit = options.workerBaseSeconds + options.workerSecondsPerCharacter * Double(task.characterCount)
        let outcome = try await runWorker(
            try ContentKey.canonicalJSON(request), job: task.section.job, timeLimit: timeLimit, helpers: helpers,
            label: task.label, files: [wavTemporary, opusTemporary])
        switch outcome.termination {
        case .exited(0):
            break
        case .exited(let status):
            throw PipelineError("worker failed (exit \(status)): \(Self.lastLine(outcome.standardError))")
        case .signaled(let signal):
            throw PipelineError(
                "worker killed by \(ChildProcess.signalName(signal)); no audio written for this section")
        case .timedOut(let seconds):
            throw PipelineError("worker hung and was killed after \(Int(seconds)) s; no audio written for this section")
        }
        let record = try ContentKey.decode(
            SectionAudioRecord.self, from: outcome.standardOutput, path: "worker output for \(task.label)")
        guard record.key == task.key, FileSystem.fileSize(wavTemporary) == record.wavBytes,
            record.opusBytes == 0 || FileSystem.fileSize(opusTemporary) == record.opusBytes
        else { throw PipelineError("worker output does not match its report") }
        try commit(task, wav: wavTemporary, opus: record.opusBytes > 0 ? opusTemporary : nil, record: record)
        return record
    }

    /// Runs one worker: a child forked by a helper when one is available, else a fresh
    /// `plainspeak worker` process (also when the helper itself fails).
    ///
    /// `files`: the temporary files the worker creates. A helper's child ends with its helper, but
    /// may have created them first; they are removed before the fresh worker creates them anew.
    private func runWorker(
        _ input: [UInt8], job: SpeechJob, timeLimit: Double, helpers: WorkerHelperPool?, label: String,
        files: [String]
    ) async throws(PipelineError) -> ChildOutcome {
        if let helper = helpers?.borrow(voice: job.voice, rate: job.rateWordsPerMinute) {
            if let outcome = await helper.render(request: input, timeLimit: timeLimit) {
                helpers?.giveBack(helper)
                return outcome
            }
            helpers?.failed(helper)
            progress.warning("\(label): the worker helper stopped; rendering this section in a fresh worker")
            for file in files { FileSystem.removeFile(file) }
        }
        return try await ChildProcess.run(
            executable: workerExecutable, arguments: ["worker"], input: input, timeLimit: timeLimit,
            environment: Self.workerEnvironment)
    }

    private var workerExecutable: String { options.workerExecutable ?? FileSystem.executablePath() }

    /// Moves staged audio into place. The record is removed first and written last: it is what
    /// later builds trust, so it must never describe audio that is not (yet) there.
    private func commit(_ task: SectionTask, wav: String, opus: String?, record: SectionAudioRecord)
        throws(PipelineError)
    {
        let recordPath = layout.root + "/" + task.recordPath
        FileSystem.removeFile(recordPath)
        try FileSystem.moveAtomically(wav, to: layout.root + "/" + task.wavPath)
        if let opus {
            try FileSystem.moveAtomically(opus, to: layout.root + "/" + task.opusPath)
        } else {
            FileSystem.removeFile(layout.root + "/" + task.opusPath)
        }
        try FileSystem.writeAtomically(try ContentKey.prettyJSON(record), to: recordPath)
    }

    private func temporaryPath(besides relative: String) throws(PipelineError) -> String {
        let folder = FileSystem.parent(of: layout.root + "/" + relative)
        try FileSystem.createDirectories(folder)
        return folder + "/" + FileSystem.temporaryName()
    }

    private func stageCopy(_ source: String, besides relative: String) throws(PipelineError) -> String {
        let temporary = try temporaryPath(besides: relative)
        try FileSystem.linkOrCopy(source, to: temporary)
        return temporary
    }

    private func knownSource(_ key: String, _ known: [String: String]) -> EarlierOutputs.Source? {
        known[key].flatMap { EarlierOutputs.source(at: $0, key: key) }
    }

    private func cacheSource(_ key: String) -> EarlierOutputs.Source? {
        options.cacheDirectory.flatMap { EarlierOutputs.source(at: $0 + "/" + key, key: key) }
    }

    private func storeInCache(_ task: SectionTask, record: SectionAudioRecord) throws(PipelineError) {
        guard let cache = options.cacheDirectory else { return }
        let base = cache + "/" + task.key
        try FileSystem.copyAtomically(layout.root + "/" + task.wavPath, to: base + ".wav")
        if record.opusBytes > 0 { try FileSystem.copyAtomically(layout.root + "/" + task.opusPath, to: base + ".opus") }
        try FileSystem.writeAtomically(try ContentKey.prettyJSON(record), to: base + ".json")
    }

    /// The worker's environment: ours, without the runtime's crash backtracer (its report goes
    /// nowhere useful and takes half a second per crashed section).
    private static let workerEnvironment: [String: String] = ProcessInfo.processInfo.environment.merging(
        ["SWIFT_BACKTRACE": "enable=no"], uniquingKeysWith: { $1 })

    private static func lastLine(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).last.map(String.init) ?? "(no message)"
    }
}

/// Section audio already present in the output folder, found by content key.
enum EarlierOutputs {
    struct Source: Sendable {
        var wav: String
        var opus: String
        var record: SectionAudioRecord
    }

    /// Every intact section record in the given articles' folders, by key.
    static func scan(articles: Set<String>, root: String) -> [String: Source] {
        var found: [String: Source] = [:]
        for article in articles.sorted() {
            let folder = root + "/" + article
            for relative in FileSystem.filesRecursively(in: folder) where relative.hasSuffix(".json") {
                guard let source = source(at: folder + "/" + String(relative.dropLast(5))),
                    found[source.record.key] == nil
                else { continue }
                found[source.record.key] = source
            }
        }
        return found
    }

    /// The intact audio at `base` (`.json` record, `.wav`, `.opus`), if its record is readable,
    /// describes these files and (when `key` is given) has that key.
    static func source(at base: String, key: String? = nil) -> Source? {
        guard let record = SectionTasks.readRecord(base + ".json"), key == nil || record.key == key,
            record.matches(wav: base + ".wav", opus: base + ".opus")
        else { return nil }
        return Source(wav: base + ".wav", opus: base + ".opus", record: record)
    }
}
