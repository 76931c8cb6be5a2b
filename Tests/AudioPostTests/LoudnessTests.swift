import AudioPost
import Foundation
import Testing

@Suite struct LoudnessTests {
    /// BS.1770 calibration: a 997 Hz sine at −20 dBFS peak in one channel reads −23.01 LUFS
    /// (−20 − 3.01 for the sine's RMS + the K-filter's ~0 dB at 1 kHz); true peak −20 dBTP.
    @Test func sineReadsItsTheoreticalLoudness() throws {
        let sampleRate = 22050
        let amplitude = 32768 * pow(10, -20.0 / 20)
        let sine = (0..<sampleRate * 5).map { index in
            Int16((amplitude * sin(2 * Double.pi * 997 * Double(index) / Double(sampleRate))).rounded())
        }
        let measurement = try Loudness.measure(sine, sampleRate: sampleRate)
        let lufs = try #require(measurement.integratedLUFS)
        #expect(abs(lufs - -23.01) < 0.1, "integrated \(lufs) LUFS")
        let peak = try #require(measurement.truePeakDBTP)
        #expect(abs(peak - -20) < 0.1, "true peak \(peak) dBTP")
        #expect(try #require(measurement.loudnessRangeLU) < 0.5)
    }

    @Test func espeakSpeechHasFiniteLoudnessBelowFullScale() throws {
        let speech = try SpokenFixture.speak(SpokenFixture.paragraph)
        let measurement = try Loudness.measure(speech.samples, sampleRate: speech.sampleRate)
        let lufs = try #require(measurement.integratedLUFS)
        #expect((-40.0 ... -10.0).contains(lufs), "eSpeak NG speech at \(lufs) LUFS")
        // True peak is never below the largest sample.
        let samplePeakDB = 20 * log10(Double(speech.samples.map { abs(Int($0)) }.max()!) / 32768)
        #expect(try #require(measurement.truePeakDBTP) >= samplePeakDB - 0.01)
    }

    @Test func silenceAndShortInputHaveNoLoudnessInsteadOfInfinity() throws {
        let silence = try Loudness.measure([Int16](repeating: 0, count: 22050 * 2), sampleRate: 22050)
        #expect(silence == LoudnessMeasurement(integratedLUFS: nil, truePeakDBTP: nil, loudnessRangeLU: nil))
        #expect(try Loudness.measure([], sampleRate: 22050).integratedLUFS == nil)

        // 0.3 s of speech: shorter than one 400 ms gating block, but it has a peak.
        let speech = try SpokenFixture.speak(SpokenFixture.paragraph)
        let short = try Loudness.measure(Array(speech.samples.prefix(6615)), sampleRate: speech.sampleRate)
        #expect(short.integratedLUFS == nil)
        #expect(try #require(short.truePeakDBTP).isFinite)
        // Encodes to JSON without the non-finite numbers JSONEncoder rejects.
        _ = try JSONEncoder().encode(short)
    }

    @Test func unusableSampleRateIsAnAudioPostError() {
        #expect(throws: AudioPostError.self) { try Loudness.measure([1, 2, 3], sampleRate: 0) }
        do {
            _ = try Loudness.measure([1, 2, 3], sampleRate: -8000)
            Issue.record("a negative sample rate was accepted")
        } catch {
            #expect(error.description.contains("-8000 Hz"))
            #expect(
                error.located("Audio/plain/01-intro.wav (section 1)").description.contains("01-intro.wav (section 1)"))
        }
    }
}
