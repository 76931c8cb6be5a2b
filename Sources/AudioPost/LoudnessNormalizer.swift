/// Brings one section of speech to a target integrated loudness with a true-peak ceiling.
///
/// Gain first, then a look-ahead true-peak limiter (eSpeak NG's speech has a high crest factor,
/// so −16 LUFS is out of reach without one), then re-measure with libebur128 and correct: the gain
/// when loudness is off by more than ``loudnessToleranceLU``, the limiter threshold when the true
/// peak is over the ceiling. Deterministic: no dither, no randomness.
///
/// Input whose loudness cannot be measured (digital silence, below −70 LUFS, or shorter than one
/// 400 ms gating block) gets no gain and reports `integratedLUFS == nil`; it is still limited to
/// the ceiling, so the true-peak guarantee holds for every output. Gain never exceeds
/// ``maximumGainDB``, so a nearly silent section is not blown up to full loudness.
public struct LoudnessNormalizer: Sendable {
    /// Integrated loudness to reach, in LUFS.
    public var targetLUFS: Double
    /// Highest allowed true peak of the output, in dBTP (measured 4× oversampled by libebur128).
    public var truePeakCeilingDBTP: Double
    /// Largest gain ever applied, in dB.
    public var maximumGainDB: Double
    /// How far from the target the result may be before another correction pass, in LU.
    public var loudnessToleranceLU: Double
    /// Correction passes before the best result so far is returned.
    public var maximumPasses: Int

    /// Headroom the limiter aims below the ceiling on its first pass, for the difference between
    /// the block-wise peak estimate and libebur128's (and other meters') true-peak measurement.
    private let initialHeadroomDB = 0.3
    private let limiter = PeakLimiter()

    public init(
        targetLUFS: Double = -16, truePeakCeilingDBTP: Double = -1, maximumGainDB: Double = 30,
        loudnessToleranceLU: Double = 0.2, maximumPasses: Int = 8
    ) {
        self.targetLUFS = targetLUFS
        self.truePeakCeilingDBTP = truePeakCeilingDBTP
        self.maximumGainDB = maximumGainDB
        self.loudnessToleranceLU = loudnessToleranceLU
        self.maximumPasses = maximumPasses
    }

    /// Normalises 16-bit mono samples; the output has the same length and sample rate.
    ///
    /// - Throws: ``AudioPostError`` for settings that make no sense (non-finite target, ceiling above
    ///   0 dBTP) or when libebur128 fails.
    public func normalize(_ samples: [Int16], sampleRate: Int) throws(AudioPostError) -> NormalizedAudio {
        try validateSettings()
        let blockLength = 32
        let input = try Loudness.analyze(samples, sampleRate: sampleRate, peakBlockLength: blockLength)

        // What the first pass aims for; `nil` loudness means "leave the level, only enforce the ceiling".
        var gainDB = 0.0
        var reachableLUFS: Double?
        if let inputLUFS = input.measurement.integratedLUFS {
            gainDB = min(targetLUFS - inputLUFS, maximumGainDB)
            reachableLUFS = inputLUFS + gainDB
        }
        var thresholdDB = truePeakCeilingDBTP - initialHeadroomDB

        var best: (audio: NormalizedAudio, error: Double)?
        for _ in 0..<max(1, maximumPasses) {
            let output = limiter.process(
                samples, sampleRate: sampleRate, gain: linearGain(decibels: gainDB),
                threshold: linearGain(decibels: thresholdDB), blockPeaks: input.blockPeaks, blockLength: blockLength)
            let measurement = try Loudness.measure(output, sampleRate: sampleRate)
            let candidate = NormalizedAudio(
                samples: output, measurement: measurement, inputMeasurement: input.measurement, gainDB: gainDB)

            let peakExcess = (measurement.truePeakDBTP ?? -.infinity) - truePeakCeilingDBTP
            // Loudness still missing (negative when too loud); 0 when there is nothing to aim for.
            var loudnessError = 0.0
            if let reachableLUFS, let outputLUFS = measurement.integratedLUFS {
                loudnessError = reachableLUFS - outputLUFS
            }
            if peakExcess <= 0 {
                if abs(loudnessError) < abs(best?.error ?? .infinity) { best = (candidate, loudnessError) }
                if abs(loudnessError) <= loudnessToleranceLU { break }
            }
            // Tighten the limiter by what was over (plus a little), and push the gain by what is missing;
            // limiting removes loudness, so the gain may rise above the plain target difference.
            if peakExcess > 0 { thresholdDB -= peakExcess + 0.05 }
            gainDB = min(gainDB + loudnessError, maximumGainDB)
        }
        if let best { return best.audio }
        // Never returned anything within the ceiling (pathological input): scale the whole section down.
        return try uniformlyAttenuated(samples, sampleRate: sampleRate, input: input.measurement)
    }

    private func validateSettings() throws(AudioPostError) {
        guard targetLUFS.isFinite, truePeakCeilingDBTP.isFinite, truePeakCeilingDBTP <= 0,
            maximumGainDB.isFinite, loudnessToleranceLU > 0
        else {
            throw AudioPostError(
                operation: "normalise loudness",
                reason: "invalid settings: target \(targetLUFS) LUFS, ceiling \(truePeakCeilingDBTP) dBTP, "
                    + "maximum gain \(maximumGainDB) dB, tolerance \(loudnessToleranceLU) LU")
        }
    }

    /// Fallback that only lowers the level until libebur128 measures the true peak under the ceiling.
    private func uniformlyAttenuated(
        _ samples: [Int16], sampleRate: Int, input: LoudnessMeasurement
    ) throws(AudioPostError) -> NormalizedAudio {
        var gainDB = min(0, truePeakCeilingDBTP - (input.truePeakDBTP ?? truePeakCeilingDBTP)) - 0.1
        while true {
            let gain = linearGain(decibels: gainDB)
            let output = samples.map { Int16(clamping: Int((Double($0) * gain).rounded())) }
            let measurement = try Loudness.measure(output, sampleRate: sampleRate)
            if (measurement.truePeakDBTP ?? -.infinity) <= truePeakCeilingDBTP || gainDB < -120 {
                return NormalizedAudio(samples: output, measurement: measurement, inputMeasurement: input, gainDB: gainDB)
            }
            gainDB -= 0.1
        }
    }
}
