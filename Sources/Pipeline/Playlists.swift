import ContentModel

/// Navigation files for one reading level: extended M3U playlists and a WebVTT chapter track.
enum Playlists {
    /// `#EXTM3U` with one `#EXTINF:<seconds>,<title>` per section; `file` picks the WAV or Opus path.
    static func m3u(level: AudioIndex.Level, articleTitle: String, file: (AudioIndex.SectionEntry) -> String?) -> String
    {
        var out = "#EXTM3U\n#PLAYLIST:\(singleLine(articleTitle)) (\(singleLine(level.title)))\n"
        for section in level.sections {
            guard let path = file(section) else { continue }
            out += "#EXTINF:\(format(section.durationSeconds)),\(singleLine(section.title))\n"
            out += relativeToLevelFolder(path, level: level.id) + "\n"
        }
        return out
    }

    /// Chapter cues over the whole level's timeline, one per section.
    static func chapters(level: AudioIndex.Level) -> String {
        WebVTT.document(
            level.sections.map { section in
                WebVTT.Entry(
                    identifier: "chapter-\(section.number)", startSeconds: section.startSeconds,
                    endSeconds: section.startSeconds + section.durationSeconds, text: section.title)
            })
    }

    /// Seconds with three decimals, as players read `#EXTINF`.
    static func format(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// Playlists live in the level folder, so entries drop the `<level>/` prefix of index paths.
    private static func relativeToLevelFolder(_ path: String, level: String) -> String {
        let prefix = level + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Titles on one line: a line break would start a new playlist entry.
    private static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
    }
}
