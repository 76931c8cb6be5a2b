import ContentModel

/// Rules for the output folder as a whole: whose it is, who may write it, what is stale or orphaned.
enum OutputFolder {
    /// Marks a folder as PlainSpeak's. A build refuses a non-empty folder without the mark, so a
    /// mistaken `--out` (say, the project itself) is never cleaned of "orphans".
    static let markerName = ".plainspeak-output"

    static func claim(_ root: String) throws(PipelineError) {
        let marker = root + "/" + markerName
        if FileSystem.fileExists(marker) { return }
        if FileSystem.directoryExists(root) {
            let foreign = FileSystem.entries(of: root).filter { $0 != OutputLayout.lockFileName && $0 != "README.md" }
            if !foreign.isEmpty {
                throw PipelineError(
                    path: root,
                    "is not empty and was not made by plainspeak (no \(markerName) file); choose an empty or new folder"
                )
            }
        }
        try FileSystem.writeAtomically(Array("This folder is written by plainspeak build.\n".utf8), to: marker)
    }

    static func lock(_ root: String, wait: Bool) throws(PipelineError) -> Int32 {
        let path = root + "/" + OutputLayout.lockFileName
        guard let descriptor = try FileSystem.acquireLock(path, wait: wait) else {
            throw PipelineError(
                path: root, "another plainspeak build is writing this folder; try again when it ends, or pass --wait")
        }
        return descriptor
    }

    /// Deletes temporary files left by a build that was killed.
    static func removeTemporaryFiles(_ root: String) {
        for relative in FileSystem.filesRecursively(in: root) {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(FileSystem.temporaryPrefix) { FileSystem.removeFile(root + "/" + relative) }
        }
    }

    /// Lines for assembled files whose content on disk differs from what a build would write.
    static func staleFiles(_ files: [AssembledFile], in folder: String) -> [String] {
        files.compactMap { file in
            let path = folder + "/" + file.path
            return (try? FileSystem.readFile(path)) == Array(file.contents.utf8) ? nil : "\(path): stale or missing"
        }
    }

    /// Files and folders the build no longer makes: files in article folders that are not expected,
    /// and folders of articles that no longer exist. Articles in `keepArticles` (unreadable now, or
    /// with failed sections) keep everything, so an error never deletes earlier good output.
    static func orphans(in layout: OutputLayout, expected: [String: Set<String>], keepArticles: Set<String>)
        -> [String]
    {
        var result: [String] = []
        for name in FileSystem.entries(of: layout.root) {
            let folder = layout.root + "/" + name
            guard FileSystem.directoryExists(folder), !keepArticles.contains(name) else { continue }
            guard let wanted = expected[name] else {
                if FileSystem.fileExists(folder + "/" + OutputLayout.planFileName)
                    || FileSystem.fileExists(folder + "/" + OutputLayout.indexFileName)
                {
                    result.append(folder)
                }
                continue
            }
            for relative in FileSystem.filesRecursively(in: folder) where !wanted.contains(relative) {
                result.append(folder + "/" + relative)
            }
        }
        return result
    }
}
