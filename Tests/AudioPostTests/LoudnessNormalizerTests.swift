import AudioPost
import Foundation
import Testing

@Suite struct LoudnessNormalizerTests {
    /// The default and the two broadcast/streaming targets a content team may choose.
    @Test(arguments: [-16.0, -23.0, -14.0])
    func speechReachesTargetUnderTheCeiling(target: Double) throws {
        let speech = try SpokenFixture.speak(SpokenFixture.paragraph)
        let normalizer = LoudnessNormalizer(targetLUFS: target, truePeakCeilingDBTP: -1)
        let result = try normalizer.normalize(speech.samples, sampleRate: speech.sampleRate)

        #expect(result.samples.count == speech.samples.count)
        // Measure the returned samples afresh rather than trusting the reported measurement.
        let measured = try Loudness.measure(result.samples, sampleRate: speech.sampleRate)
        #expect(measured == result.measurement)
        let lufs = try #require(measured.integratedLUFS)
        #expect(abs(lufs - target) <= 0.5, "target \(target) LUFS, got \(lufs) LUFS")
        let peak = try #require(measured.truePeakDBTP)
        #expect(peak <= -1, "true peak \(peak) dBTP over the −1 dBTP ceiling")
        #expect(result.inputMeasurement == (try Loudness.measure(speech.samples, sampleRate: speech.sampleRate)))
    }

    @Test func loudTargetNeedsTheLimiterAndStillHoldsTheCeiling() throws {
        // −14 LUFS with a −2 dBTP ceiling is far beyond eSpeak's crest factor without limiting.
        let speech = try SpokenFixture.speak(SpokenFixture.paragraph)
        let input = try Loudness.measure(speech.samples, sampleRate: speech.sampleRate)
        let normalizer = LoudnessNormalizer(targetLUFS: -14, truePeakCeilingDBTP: -2)
        let result = try normalizer.normalize(speech.samples, sampleRate: speech.sampleRate)
        let gain = try #require(input.integratedLUFS).distance(to: -14)
        #expect(try #require(input.truePeakDBTP) + gain > -2, "fixture too quiet to exercise the limiter")
        #expect(try #require(result.measurement.truePeakDBTP) <= -2)
        #expect(abs(try #require(result.measurement.integratedLUFS) - -14) <= 0.5)
    }

    /// Square-wave bursts at a quarter of the sample rate over a quiet tone: huge crest factor, and
    /// the bursts' true peaks lie between samples (about 3 dB above the samples), which only an
    /// oversampled peak estimate catches.
    @Test func interSamplePeaksStayUnderTheCeiling() throws {
        let sampleRate = 22050
        let signal = (0..<sampleRate * 4).map { index -> Int16 in
            let inBurst = index % (sampleRate / 2) < sampleRate / 20
            let square: Double = (index / 2) % 2 == 0 ? 6000 : -6000
            let tone = 800 * sin(2 * Double.pi * 220 * Double(index) / Double(sampleRate))
            return Int16(((inBurst ? square : 0) + tone).rounded())
        }
        let input = try Loudness.measure(signal, sampleRate: sampleRate)
        let samplePeakDB = 20 * log10(6800.0 / 32768)
        #expect(try #require(input.truePeakDBTP) > samplePeakDB + 1, "fixture has no inter-sample overs")

        let result = try LoudnessNormalizer().normalize(signal, sampleRate: sampleRate)
        #expect(try #require(result.measurement.truePeakDBTP) <= -1)
        #expect(abs(try #require(result.measurement.integratedLUFS) - -16) <= 0.5)
    }

    @Test func sameInputGivesIdenticalOutput() throws {
        let speech = try SpokenFixture.speak(SpokenFixture.paragraph)
        let first = try LoudnessNormalizer().normalize(speech.samples, sampleRate: speech.sampleRate)
        let second = try LoudnessNormalizer().normalize(speech.samples, sampleRate: speech.sampleRate)
        #expect(first == second)
        #expect(first.samples != speech.samples)
    }

    @Test func silenceIsLeftUntouched() throws {
        let silence = [Int16](repeating: 0, count: 22050)
        let result = try LoudnessNormalizer().normalize(silence, sampleRate: 22050)
        #expect(result.samples == silence)
        #expect(result.gainDB == 0)
        #expect(result.measurement.integratedLUFS == nil)
        #expect(result.measurement.truePeakDBTP == nil)
        #expect(try LoudnessNormalizer().normalize([], sampleRate: 22050).samples.isEmpty)
    }

    @Test func shortInputGetsNoGainButKeepsTheCeiling() throws {
        let speech = try SpokenFixture.speak("Yes.")
        let clip = Array(speech.samples.prefix(speech.sampleRate * 3 / 10))  // 300 ms, below one gating block
        let clipPeak = clip.map { abs(Int($0)) }.max() ?? 0
        let result = try LoudnessNormalizer(truePeakCeilingDBTP: -6).normalize(clip, sampleRate: speech.sampleRate)
        #expect(result.gainDB == 0)
        #expect(result.measurement.integratedLUFS == nil)
        #expect(result.samples.count == clip.count)
        #expect((result.samples.map { abs(Int($0)) }.max() ?? 0) <= clipPeak, "a short clip was amplified")
        #expect(try #require(result.measurement.truePeakDBTP) <= -6)
    }

    @Test func quietInputIsRaisedAtMostByTheMaximumGain() throws {
        let speech = try SpokenFixture.speak(SpokenFixture.paragraph)
        // −40 dB: still above the −70 LUFS gate, but reaching −16 LUFS would need more than 20 dB.
        let quiet = speech.samples.map { Int16((Double($0) / 100).rounded()) }
        let inputLUFS = try #require(try Loudness.measure(quiet, sampleRate: speech.sampleRate).integratedLUFS)
        let result = try LoudnessNormalizer(maximumGainDB: 20).normalize(quiet, sampleRate: speech.sampleRate)
        #expect(result.gainDB <= 20)
        let outputLUFS = try #require(result.measurement.integratedLUFS)
        #expect(abs(outputLUFS - (inputLUFS + 20)) <= 0.5, "in \(inputLUFS), out \(outputLUFS)")
        #expect(result.measurement.integratedLUFS!.isFinite)
    }

    @Test func nonsenseSettingsAreRejected() {
        #expect(throws: AudioPostError.self) {
            try LoudnessNormalizer(truePeakCeilingDBTP: 3).normalize([0, 1], sampleRate: 22050)
        }
        #expect(throws: AudioPostError.self) {
            try LoudnessNormalizer(targetLUFS: .nan).normalize([0, 1], sampleRate: 22050)
        }
    }
}
