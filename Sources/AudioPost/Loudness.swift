import CEbur128
import Foundation

/// Loudness measurement with libebur128. This file holds every libebur128 call of the package.
///
/// Mono input is measured as a single front channel (weight 1), as ffmpeg's `ebur128` filter and
/// pyloudnorm do, so numbers agree with those tools.
public enum Loudness {
    /// Measures integrated loudness, true peak and loudness range of 16-bit mono samples.
    ///
    /// - Throws: ``AudioPostError`` when the sample rate is unusable or libebur128 fails.
    public static func measure(_ samples: [Int16], sampleRate: Int) throws(AudioPostError) -> LoudnessMeasurement {
        try analyze(samples, sampleRate: sampleRate, peakBlockLength: samples.count).measurement
    }

    /// Measures like ``measure(_:sampleRate:)`` and also returns the linear true peak (1.0 = full
    /// scale) of each consecutive block of `peakBlockLength` samples, using the same oversampling
    /// filter as the final measurement so the limiter and the check agree.
    ///
    /// libebur128's interpolator delays its output by a few samples, so a block's peak can belong
    /// to the end of the previous block; callers look at neighbouring blocks too.
    static func analyze(
        _ samples: [Int16], sampleRate: Int, peakBlockLength: Int
    ) throws(AudioPostError) -> (measurement: LoudnessMeasurement, blockPeaks: [Double]) {
        let mode = EBUR128_MODE_I.rawValue | EBUR128_MODE_LRA.rawValue | EBUR128_MODE_TRUE_PEAK.rawValue
        return try withMeter(sampleRate: sampleRate, mode: mode) { (state) throws(AudioPostError) in
            var blockPeaks: [Double] = []
            try add(samples, to: state, inBlocksOf: max(1, peakBlockLength)) { blockPeaks.append($0) }
            let integratedLUFS = try integratedLoudness(state)
            var range = 0.0
            try check(ebur128_loudness_range(state, &range), "ebur128_loudness_range")
            var truePeak = 0.0
            try check(ebur128_true_peak(state, 0, &truePeak), "ebur128_true_peak")
            let measurement = LoudnessMeasurement(
                integratedLUFS: integratedLUFS,
                truePeakDBTP: truePeak > 0 && truePeak.isFinite ? decibels(truePeak) : nil,
                loudnessRangeLU: integratedLUFS != nil && range.isFinite ? range : nil)
            return (measurement, blockPeaks)
        }
    }

    /// Integrated loudness only: no oversampling, several times cheaper than ``measure(_:sampleRate:)``,
    /// for the normaliser's intermediate passes.
    static func integratedLoudness(_ samples: [Int16], sampleRate: Int) throws(AudioPostError) -> Double? {
        try withMeter(sampleRate: sampleRate, mode: EBUR128_MODE_I.rawValue) { (state) throws(AudioPostError) in
            try add(samples, to: state, inBlocksOf: samples.count, blockPeak: nil)
            return try integratedLoudness(state)
        }
    }

    /// Runs `body` with a fresh mono meter and frees it afterwards.
    private static func withMeter<Result>(
        sampleRate: Int, mode: UInt32, _ body: (UnsafeMutablePointer<ebur128_state>) throws(AudioPostError) -> Result
    ) throws(AudioPostError) -> Result {
        // libebur128 accepts 16 Hz … 2.8224 MHz; checking here also keeps a negative Int away from `UInt`.
        guard sampleRate >= 16, sampleRate <= 2_822_400 else {
            throw AudioPostError(operation: "measure loudness", reason: "unsupported sample rate \(sampleRate) Hz")
        }
        guard let state = ebur128_init(1, UInt(sampleRate), Int32(bitPattern: mode)) else {
            throw AudioPostError(operation: "measure loudness", reason: "libebur128 ebur128_init returned NULL")
        }
        defer {
            var owned: UnsafeMutablePointer<ebur128_state>? = state
            ebur128_destroy(&owned)
        }
        return try body(state)
    }

    /// Feeds samples in blocks and reports each block's true peak to `blockPeak` (which needs a
    /// meter in `EBUR128_MODE_TRUE_PEAK`).
    private static func add(
        _ samples: [Int16], to state: UnsafeMutablePointer<ebur128_state>, inBlocksOf blockLength: Int,
        blockPeak: ((Double) -> Void)?
    ) throws(AudioPostError) {
        try samples.withUnsafeBufferPointer { (buffer) throws(AudioPostError) in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while start < buffer.count {
                let count = min(max(1, blockLength), buffer.count - start)
                try check(ebur128_add_frames_short(state, base + start, count), "ebur128_add_frames_short")
                if let blockPeak {
                    var peak = 0.0
                    try check(ebur128_prev_true_peak(state, 0, &peak), "ebur128_prev_true_peak")
                    blockPeak(peak)
                }
                start += count
            }
        }
    }

    private static func integratedLoudness(_ state: UnsafeMutablePointer<ebur128_state>) throws(AudioPostError)
        -> Double?
    {
        var integrated = 0.0
        try check(ebur128_loudness_global(state, &integrated), "ebur128_loudness_global")
        // libebur128 reports "nothing above the gates" as -HUGE_VAL; that must never reach JSON or a gain.
        return integrated.isFinite ? integrated : nil
    }

    private static func check(_ status: Int32, _ function: String) throws(AudioPostError) {
        guard status != Int32(bitPattern: EBUR128_SUCCESS.rawValue) else { return }
        throw AudioPostError(
            operation: "measure loudness",
            reason: "libebur128 \(function) failed with \(statusName(status))", status: Int(status))
    }

    /// libebur128 has no strerror; these are the names of its `enum error`.
    private static func statusName(_ status: Int32) -> String {
        switch UInt32(bitPattern: status) {
        case EBUR128_ERROR_NOMEM.rawValue: "EBUR128_ERROR_NOMEM (out of memory)"
        case EBUR128_ERROR_INVALID_MODE.rawValue: "EBUR128_ERROR_INVALID_MODE"
        case EBUR128_ERROR_INVALID_CHANNEL_INDEX.rawValue: "EBUR128_ERROR_INVALID_CHANNEL_INDEX"
        case EBUR128_ERROR_NO_CHANGE.rawValue: "EBUR128_ERROR_NO_CHANGE"
        default: "unknown status"
        }
    }
}

/// 20·log10 of a linear amplitude.
func decibels(_ linear: Double) -> Double {
    20 * log10(linear)
}

/// The linear amplitude of a level in decibels.
func linearGain(decibels: Double) -> Double {
    pow(10, decibels / 20)
}
