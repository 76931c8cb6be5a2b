import ContentModel
import Testing

@testable import Pipeline

@Suite struct ShardTests {
    @Test func parsesShardSpecifications() {
        #expect(Shard("2/3") == Shard("2/3"))
        #expect(Shard("2/3")?.index == 2)
        for bad in ["0/3", "4/3", "1/0", "a/b", "1", "1/2/3", ""] { #expect(Shard(bad) == nil, "\(bad)") }
    }

    @Test func everyTaskGoesToExactlyOneShardAndLoadIsBalanced() {
        let tasks = SectionTasks(tasks: (0..<20).map { task(length: 100 + $0 * 37, key: "k\($0)") })
        let parts = (1...3).map { Sharding.assignments(tasks, shard: Shard("\($0)/3")!) }
        #expect(parts.reduce(0) { $0 + $1.count } == 20)
        #expect(parts[0].union(parts[1]).union(parts[2]).count == 20)
        let loads = parts.map { $0.reduce(0) { $0 + tasks.tasks[$1].characterCount } }
        #expect(loads.max()! - loads.min()! <= 100 + 19 * 37)
        #expect(parts == (1...3).map { Sharding.assignments(tasks, shard: Shard("\($0)/3")!) })
    }

    @Test func tasksWithTheSameKeyStayTogether() {
        let tasks = SectionTasks(tasks: [
            task(length: 10, key: "a"), task(length: 500, key: "b"), task(length: 10, key: "a"),
        ])
        let first = Sharding.assignments(tasks, shard: Shard("1/2")!)
        let second = Sharding.assignments(tasks, shard: Shard("2/2")!)
        #expect(first == [1])
        #expect(second == [0, 2])
    }

    private func task(length: Int, key: String) -> SectionTask {
        let text = String(repeating: "a", count: length)
        let job = SpeechJob(
            formatVersion: 1, engine: "test", voice: "en-us", rateWordsPerMinute: 175, announcement: nil,
            blocks: [.paragraph(text)], spoken: [:], settings: .init(), loudnessTargetLUFS: -16,
            truePeakCeilingDBTP: -1, opusBitrate: 24_000, postProcess: true)
        let section = SectionPlan(
            number: 1, id: "s", title: "S", sourceKey: nil, blocks: [.paragraph(text)], text: text, wordCount: 1,
            readability: nil,
            findings: [], fileStem: "01-s", key: key, job: job)
        return SectionTask(
            articleID: "a", articleTitle: "A", sourcePath: "a.md", level: "original", section: section,
            wavPath: "a/original/01-s.wav", opusPath: "a/original/01-s.opus", recordPath: "a/original/01-s.json")
    }
}
