import Foundation

/// A deterministic look-ahead peak limiter for offline (whole-section) processing.
///
/// The gain curve is built so that it never exceeds the gain each sample needs: per sample the
/// required gain is `threshold / peak`, a forward-looking minimum over the look-ahead window makes
/// the gain drop *before* a peak arrives, a one-pole release lets it recover slowly (so voiced
/// speech is not modulated at pitch rate), and a moving average over the same window smooths the
/// attack. Because every sample in that average window already had its look-ahead minimum cover
/// the current sample, the smoothed gain is still at or below the required gain.
///
/// The peaks are true (oversampled) peaks per block from libebur128, so inter-sample peaks are
/// limited too; the normaliser re-measures the result and tightens the threshold if needed.
struct PeakLimiter: Sendable {
    /// Look-ahead and attack time.
    var lookAheadSeconds = 0.005
    /// Time constant of the gain recovery after a peak.
    var releaseSeconds = 0.080

    /// Applies `gain` (linear), limits the true peak to `threshold` (linear, 1.0 = full scale) and
    /// rounds to 16 bits without dither, so the same input always gives the same bytes.
    ///
    /// - Parameter blockPeaks: linear true peak of each consecutive block of `blockLength` input samples.
    func process(
        _ samples: [Int16], sampleRate: Int, gain: Double, threshold: Double, blockPeaks: [Double], blockLength: Int
    ) -> [Int16] {
        let count = samples.count
        guard count > 0 else { return [] }
        let window = max(1, Int((lookAheadSeconds * Double(sampleRate)).rounded()))

        // Gain each sample may have at most. libebur128's interpolator lags a few samples, so a
        // sample's peak is the largest of its own block and both neighbours.
        var required = [Double](repeating: 1, count: count)
        for index in 0..<count {
            let block = index / blockLength
            var peak = abs(Double(samples[index])) / 32768
            for neighbour in max(0, block - 1)...min(blockPeaks.count - 1, block + 1) {
                peak = max(peak, blockPeaks[neighbour])
            }
            let amplified = peak * gain
            if amplified > threshold { required[index] = threshold / amplified }
        }

        let lookAheadMinimum = Self.forwardMinimum(required, window: window)

        // Instant drop, slow exponential recovery; never above the look-ahead minimum.
        let releaseStep = 1 - exp(-1 / (releaseSeconds * Double(sampleRate)))
        var held = lookAheadMinimum
        for index in 1..<count where held[index] > held[index - 1] {
            held[index] = held[index - 1] + (held[index] - held[index - 1]) * releaseStep
        }

        // Trailing moving average; before the start the curve is taken as its first value,
        // which is a minimum over a window that covers every sample the average reaches there.
        var output = [Int16](repeating: 0, count: count)
        var sum = held[0] * Double(window)
        for index in 0..<count {
            sum += held[index] - held[max(0, index - window)]
            // The `min` only guards against rounding in the running sum; mathematically it is a no-op.
            let smoothed = min(sum / Double(window), required[index])
            let value = (Double(samples[index]) * gain * smoothed).rounded()
            output[index] = Int16(clamping: Int(value))
        }
        return output
    }

    /// `result[i] = min(values[i ..< i + window])`, in linear time with a monotonic queue.
    static func forwardMinimum(_ values: [Double], window: Int) -> [Double] {
        var result = values
        var queue = [Int](repeating: 0, count: values.count)  // indices, values increasing from head
        var head = 0
        var tail = 0
        for index in stride(from: values.count - 1, through: 0, by: -1) {
            while tail > head, values[queue[tail - 1]] >= values[index] { tail -= 1 }
            queue[tail] = index
            tail += 1
            while queue[head] >= index + window { head += 1 }
            result[index] = values[queue[head]]
        }
        return result
    }
}
