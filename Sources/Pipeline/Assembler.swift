import ContentModel

/// A text output and its path relative to the article folder.
struct AssembledFile: Sendable {
    var path: String
    var contents: String
}

/// Builds an article's text outputs (index, captions, playlists, chapters, exports) from its plan
/// and the records of its rendered sections. Pure: the caller writes or compares the files.
struct Assembler: Sendable {
    func files(for plan: ArticlePlan, records: [String: SectionAudioRecord], shard: Bool) throws(PipelineError)
        -> [AssembledFile]
    {
        var files = [AssembledFile(path: OutputLayout.planFileName, contents: try json(plan))]
        for level in plan.levels {
            for section in level.sections {
                guard let record = records[recordKey(plan, level, section)] else { continue }
                files.append(
                    AssembledFile(
                        path: OutputLayout.sectionFile(level: level.id, stem: section.fileStem, extension: "vtt"),
                        contents: Captions.document(record.cues)))
            }
        }
        // A shard holds only part of the sections: indexes and navigation are made by `merge`.
        if shard { return files }

        let index = self.index(for: plan, records: records)
        for level in index.levels {
            files.append(
                AssembledFile(
                    path: level.playlist!,
                    contents: Playlists.m3u(level: level, articleTitle: plan.article.title, file: \.audio)))
            if let opusPlaylist = level.opusPlaylist {
                files.append(
                    AssembledFile(
                        path: opusPlaylist,
                        contents: Playlists.m3u(level: level, articleTitle: plan.article.title, file: \.opus)))
            }
            files.append(AssembledFile(path: level.chapters!, contents: Playlists.chapters(level: level)))
        }
        files += try Exports.files(plan: plan, index: index, records: records)
        files.append(AssembledFile(path: OutputLayout.indexFileName, contents: try json(index)))
        return files
    }

    /// The article's index.json content: every section whose audio exists, on one timeline per level.
    func index(for plan: ArticlePlan, records: [String: SectionAudioRecord]) -> AudioIndex {
        var sampleRate = 22_050
        let levels = plan.levels.map { level -> AudioIndex.Level in
            var start = 0.0
            var entries: [AudioIndex.SectionEntry] = []
            for section in level.sections {
                guard let record = records[recordKey(plan, level, section)] else { continue }
                sampleRate = record.sampleRate
                func file(_ ext: String) -> String {
                    OutputLayout.sectionFile(level: level.id, stem: section.fileStem, extension: ext)
                }
                entries.append(
                    AudioIndex.SectionEntry(
                        number: section.number, id: section.id, title: section.title, text: section.text,
                        audio: file("wav"), captions: file("vtt"), startSeconds: start,
                        durationSeconds: record.durationSeconds, sampleCount: record.sampleCount,
                        wordCount: section.wordCount, bodyStartSeconds: record.bodyStartSeconds,
                        opus: record.opusBytes > 0 ? file("opus") : nil,
                        words: file("json"), loudnessLUFS: record.loudnessLUFS, truePeakDBTP: record.truePeakDBTP,
                        readability: section.readability, key: section.key))
                start += record.durationSeconds
            }
            return AudioIndex.Level(
                id: level.id, title: level.title, durationSeconds: start, sections: entries,
                rateWordsPerMinute: level.rateWordsPerMinute, playlist: level.id + "/playlist.m3u8",
                opusPlaylist: entries.contains { $0.opus != nil } ? level.id + "/playlist-opus.m3u8" : nil,
                chapters: level.id + "/chapters.vtt",
                readability: level.readability)
        }
        return AudioIndex(
            article: plan.article,
            voice: AudioIndex.VoiceInfo(
                name: plan.voice, rateWordsPerMinute: plan.rateWordsPerMinute,
                engine: plan.levels.first?.sections.first?.job.engine ?? "eSpeak NG", sampleRate: sampleRate),
            levels: levels)
    }

    private func recordKey(_ plan: ArticlePlan, _ level: LevelPlan, _ section: SectionPlan) -> String {
        plan.article.id + "/" + OutputLayout.sectionFile(level: level.id, stem: section.fileStem, extension: "json")
    }

    private func json<Value: Encodable>(_ value: Value) throws(PipelineError) -> String {
        String(decoding: try ContentKey.prettyJSON(value), as: UTF8.self)
    }
}

/// Section captions: the announcement cue, then one cue per sentence.
enum Captions {
    static func document(_ cues: [Cue]) -> String {
        var sentence = 0
        return WebVTT.document(
            cues.map { cue in
                let identifier: String
                if cue.kind == .announcement {
                    identifier = "announcement"
                } else {
                    sentence += 1
                    identifier = "s\(sentence)"
                }
                return WebVTT.Entry(
                    identifier: identifier, startSeconds: cue.startSeconds, endSeconds: cue.endSeconds, text: cue.text)
            })
    }
}
