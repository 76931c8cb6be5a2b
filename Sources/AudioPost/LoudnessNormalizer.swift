/// Brings one section of speech to a target integrated loudness under a true-peak ceiling.
///
/// Gain first, then a look-ahead true-peak limiter (eSpeak NG's speech has a crest factor near
/// 20 dB, so −16 LUFS under −1 dBTP is out of reach without one). Limiting takes some loudness
/// away, so the gain is searched (secant steps on libebur128's integrated loudness) until the
/// result is within ``loudnessToleranceLU`` of the target; then the true peak is measured and,
/// if over the ceiling, the limiter threshold is lowered and the search repeated.
/// Deterministic: no dither, no randomness, same input → same output.
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
    /// Largest gain ever applied before limiting, in dB.
    public var maximumGainDB: Double
    /// How close to the target the search stops, in LU.
    public var loudnessToleranceLU: Double
    /// Limit on gain-search passes (each renders and measures the section once).
    public var maximumPasses: Int

    /// Headroom the limiter first aims below the ceiling, for the difference between its block-wise
    /// peak estimate and the final true-peak measurement (and other meters such as ffmpeg's).
    private let initialHeadroomDB = 0.2
    /// Samples per true-peak block fed to the limiter: 1.5 ms at 22050 Hz.
    private let peakBlockLength = 32
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
        let input = try Loudness.analyze(samples, sampleRate: sampleRate, peakBlockLength: peakBlockLength)
        // Loudness to aim for; `nil` means "keep the level, only enforce the ceiling".
        let aimLUFS = input.measurement.integratedLUFS.map { min(targetLUFS, $0 + maximumGainDB) }
        var gainDB = zip(aimLUFS, input.measurement.integratedLUFS).map { $0 - $1 } ?? 0
        var thresholdDB = truePeakCeilingDBTP - initialHeadroomDB

        for _ in 0..<4 {
            let found = try searchGain(
                samples, sampleRate: sampleRate, blockPeaks: input.blockPeaks, startDB: gainDB,
                thresholdDB: thresholdDB, aimLUFS: aimLUFS)
            let measurement = try Loudness.measure(found.samples, sampleRate: sampleRate)
            let peakExcess = (measurement.truePeakDBTP ?? -.infinity) - truePeakCeilingDBTP
            if peakExcess <= 0 {
                return NormalizedAudio(
                    samples: found.samples, measurement: measurement, inputMeasurement: input.measurement,
                    gainDB: found.gainDB)
            }
            thresholdDB -= peakExcess + 0.05
            gainDB = found.gainDB
        }
        // The limiter never got under the ceiling (pathological input): scale the whole section down.
        return try uniformlyAttenuated(samples, sampleRate: sampleRate, input: input.measurement)
    }

    /// Renders with increasing accuracy of gain until the limited result is within tolerance of
    /// `aimLUFS` (or passes run out); returns the closest rendering.
    private func searchGain(
        _ samples: [Int16], sampleRate: Int, blockPeaks: [Double], startDB: Double, thresholdDB: Double,
        aimLUFS: Double?
    ) throws(AudioPostError) -> (samples: [Int16], gainDB: Double) {
        var gainDB = startDB
        var previous: (gainDB: Double, lufs: Double)?
        var best: (samples: [Int16], gainDB: Double, error: Double)?
        for _ in 0..<max(1, maximumPasses) {
            let output = limiter.process(
                samples, sampleRate: sampleRate, gain: linearGain(decibels: gainDB),
                threshold: linearGain(decibels: thresholdDB), blockPeaks: blockPeaks, blockLength: peakBlockLength)
            guard let aimLUFS, let lufs = try Loudness.integratedLoudness(output, sampleRate: sampleRate) else {
                return (output, gainDB)
            }
            let error = aimLUFS - lufs
            if abs(error) < abs(best?.error ?? .infinity) { best = (output, gainDB, error) }
            if abs(error) <= loudnessToleranceLU { break }

            // Loudness rises more slowly than gain once the limiter works; estimate how much slower.
            var slope = 1.0
            if let previous, previous.gainDB != gainDB {
                slope = min(1, max(0.05, (lufs - previous.lufs) / (gainDB - previous.gainDB)))
            }
            previous = (gainDB, lufs)
            let step = min(10, max(-10, error / slope))
            let next = min(gainDB + step, maximumGainDB)
            if next == gainDB { break }
            gainDB = next
        }
        guard let best else { return (samples, 0) }
        return (best.samples, best.gainDB)
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
                return NormalizedAudio(
                    samples: output, measurement: measurement, inputMeasurement: input, gainDB: gainDB)
            }
            gainDB -= 0.1
        }
    }
}

/// Both values, when both are present.
private func zip<A, B>(_ first: A?, _ second: B?) -> (A, B)? {
    guard let first, let second else { return nil }
    return (first, second)
}
