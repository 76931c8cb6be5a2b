import Foundation
import Speech
import Testing

@Suite struct WAVFileTests {
    @Test func roundTripKeepsEverySampleAndWritesCorrectSizes() throws {
        let samples: [Int16] = [0, 1, -1, .max, .min, 1234, -4321]
        let bytes = WAVFile.encode(samples: samples, sampleRate: 22050)
        #expect(bytes.count == 44 + 14)
        #expect(Array(bytes[0..<4]) == Array("RIFF".utf8))
        #expect(littleEndian32(bytes, 4) == UInt32(bytes.count - 8))
        #expect(Array(bytes[36..<40]) == Array("data".utf8))
        #expect(littleEndian32(bytes, 40) == 14)
        let decoded = try WAVFile.decode(bytes)
        #expect(decoded.sampleRate == 22050 && decoded.channels == 1 && decoded.bitsPerSample == 16)
        #expect(decoded.samples == samples)
    }

    @Test func readsAFileWrittenBySoxWithTheSameSamples() throws {
        // An independent writer and reader: sox converts our file to raw samples and back to WAV.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("speech-wav-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let samples = (0..<2205).map { Int16(truncatingIfNeeded: ($0 * 37) % 20000 - 10000) }
        let ours = directory.appendingPathComponent("ours.wav")
        try Data(WAVFile.encode(samples: samples, sampleRate: 22050)).write(to: ours)
        let info = try runTool("soxi", [ours.path])
        #expect(info.contains("22050") && info.contains("2205 samples"))
        let theirs = directory.appendingPathComponent("theirs.wav")
        // ffmpeg adds a LIST chunk before the data, which the parser must skip.
        _ = try runTool("ffmpeg", ["-loglevel", "error", "-i", ours.path, "-c:a", "pcm_s16le", theirs.path])
        let decoded = try WAVFile.decode(Array(try Data(contentsOf: theirs)))
        #expect(decoded.samples == samples)
        #expect(decoded.sampleRate == 22050)
    }

    @Test func skipsUnknownChunksWithOddSizePadding() throws {
        var bytes = WAVFile.encode(samples: [5, -5, 7], sampleRate: 16000)
        // Insert an odd-sized chunk ("junk", 3 bytes + 1 pad byte) between fmt and data.
        bytes.insert(contentsOf: Array("junk".utf8) + [3, 0, 0, 0, 0xAA, 0xBB, 0xCC, 0x00], at: 36)
        let riffSize = UInt32(bytes.count - 8)
        bytes.replaceSubrange(4..<8, with: (0..<4).map { UInt8((riffSize >> (8 * $0)) & 0xFF) })
        let decoded = try WAVFile.decode(bytes)
        #expect(decoded.samples == [5, -5, 7])
        #expect(decoded.sampleRate == 16000)
    }

    @Test(arguments: [0, 10, 43, 50])
    func truncatedFilesAreErrors(length: Int) {
        let bytes = Array(WAVFile.encode(samples: [1, 2, 3, 4], sampleRate: 22050).prefix(length))
        #expect(throws: SpeechError.self) { try WAVFile.decode(bytes) }
    }

    @Test func garbageAndWrongFormatsAreErrors() {
        #expect(throws: SpeechError.self) { try WAVFile.decode(Array("this is not a wave file at all, really".utf8)) }
        var eightBit = WAVFile.encode(samples: [1, 2], sampleRate: 22050)
        eightBit[34] = 8
        #expect {
            try WAVFile.decode(eightBit)
        } throws: { error in
            (error as? SpeechError)?.kind == .wav && "\(error)".contains("16-bit")
        }
        var oversized = WAVFile.encode(samples: [1, 2], sampleRate: 22050)
        oversized[40] = 200
        #expect {
            try WAVFile.decode(oversized)
        } throws: { error in
            "\(error)".contains("data")
        }
    }

    private func littleEndian32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
}
