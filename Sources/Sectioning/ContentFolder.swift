import Foundation

/// Finds the articles of a content folder, deterministically and without leaving the folder.
///
/// An article is a file directly in the folder whose name ends in `.md`, except:
/// - `README.md` (any case): content folders document their conventions for editors there, and it
///   has no front matter;
/// - names starting with `.`: editor swap files and macOS `._name.md` resource forks, never articles.
/// Subfolders are not searched.
public enum ContentFolder {
    /// Paths (`directory/name.md`) of the folder's articles, sorted by the bytes of their names.
    ///
    /// Errors: the folder is missing or unreadable; it holds no article; an entry is a symbolic
    /// link that resolves outside the folder (or nowhere), or is not a regular file; two names give
    /// ids that differ only in case or Unicode normalisation (they would collide on macOS and
    /// Windows file systems).
    public static func articlePaths(in directory: String) throws(SectioningError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SectioningError(file: directory, message: "content folder not found (or not a folder)")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw SectioningError(
                file: directory, message: "cannot list the content folder: \(error.localizedDescription)")
        }
        let base = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        let folder = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
        let articles = names.filter(isArticleName).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var paths: [String] = []
        var seenIDs: [String: String] = [:]
        for name in articles {
            let path = base + "/" + name
            try checkEntry(path, insideFolder: folder)
            let id = String(name.dropLast(3))
            let key = id.lowercased().decomposedStringWithCanonicalMapping
            if let other = seenIDs[key] {
                throw SectioningError(
                    file: path,
                    message:
                        "article id \"\(id)\" differs from \"\(other)\" only in case or accents; rename one of them")
            }
            seenIDs[key] = id
            paths.append(path)
        }
        guard !paths.isEmpty else {
            throw SectioningError(file: directory, message: "content folder has no articles (`*.md` files)")
        }
        return paths
    }

    private static func isArticleName(_ name: String) -> Bool {
        name.hasSuffix(".md") && name.count > 3 && !name.hasPrefix(".") && name.lowercased() != "readme.md"
    }

    /// The entry must resolve to a regular file inside `folder` (a resolved, absolute path).
    private static func checkEntry(_ path: String, insideFolder folder: String) throws(SectioningError) {
        let manager = FileManager.default
        let linkTarget = try? manager.destinationOfSymbolicLink(atPath: path)
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if linkTarget != nil {
            let parent = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
            guard parent == folder || parent.hasPrefix(folder == "/" ? "/" : folder + "/") else {
                throw SectioningError(
                    file: path, message: "symbolic link points outside the content folder (to \(resolved)); refused")
            }
        }
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            throw SectioningError(file: path, message: "symbolic link points to a missing file")
        }
        guard !isDirectory.boolValue,
            (try? manager.attributesOfItem(atPath: resolved)[.type] as? FileAttributeType) == .typeRegular
        else {
            throw SectioningError(file: path, message: "not a regular file")
        }
    }
}
