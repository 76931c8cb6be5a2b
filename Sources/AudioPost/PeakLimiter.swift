import Foundation

/// A deterministic look-ahead peak limiter for offline (whole-section) processing.
///
/// The gain curve is built so that it never exceeds the gain each sample needs: per sample the
/// required gain is `threshold / peak`, a forward-looking minimum over the look-ahead window makes
/// the gain drop *before* a peak arrives, a one-pole release lets it recover gradually (so voiced
/// speech is not modulated at pitch rate), and a moving average over the same window smooths the
/// attack. Every sample in that average window had its look-ahead minimum cover the current
/// sample, so the smoothed gain is still at or below the required gain.
///
/// The peaks are true (oversampled) peaks per block from libebur128, so inter-sample peaks are
/// limited too; the normaliser re-measures the result and tightens the threshold if needed.
struct PeakLimiter: Sendable {
    /// Look-ahead and attack time.
    var lookAheadSeconds = 0.005
    /// Time constant of the gain recovery after a peak.
    var releaseSeconds = 0.050

    /// Applies `gain` (linear), limits the true peak to `threshold` (linear, 1.0 = full scale) and
    /// rounds to 16 bits without dither, so the same input always gives the same bytes.
    ///
    /// - Parameter blockPeaks: linear true peak of each consecutive block of `blockLength` input
    ///   samples, as from ``Loudness/analyze(_:sampleRate:peakBlockLength:)``.
    func process(
        _ samples: [Int16], sampleRate: Int, gain: Double, threshold: Double, blockPeaks: [Double], blockLength: Int
    ) -> [Int16] {
        let count = samples.count
        guard count > 0, !blockPeaks.isEmpty else { return samples }
        let window = max(1, Int((lookAheadSeconds * Double(sampleRate)).rounded()))

        // Gain each sample may have at most. libebur128's interpolator lags a few samples behind,
        // so a block's peak is taken as the largest of itself and both neighbours.
        var required = [Double](repeating: 1, count: count)
        required.withUnsafeMutableBufferPointer { required in
            for block in blockPeaks.indices {
                let peak = blockPeaks[max(0, block - 1)...min(blockPeaks.count - 1, block + 1)].max()! * gain
                guard peak > threshold else { continue }
                let end = min(count, (block + 1) * blockLength)
                for index in block * blockLength..<end { required[index] = threshold / peak }
            }
        }

        var held = Self.forwardMinimum(required, window: window)
        // Instant drop, exponential recovery; never above the look-ahead minimum.
        let releaseStep = 1 - exp(-1 / (releaseSeconds * Double(sampleRate)))
        held.withUnsafeMutableBufferPointer { held in
            for index in 1..<count where held[index] > held[index - 1] {
                held[index] = held[index - 1] + (held[index] - held[index - 1]) * releaseStep
            }
        }

        // Trailing moving average. Before the start the curve is taken as its first value, a
        // minimum over a window covering every sample the average reaches from there.
        var output = [Int16](repeating: 0, count: count)
        output.withUnsafeMutableBufferPointer { output in
            held.withUnsafeBufferPointer { held in
                required.withUnsafeBufferPointer { required in
                    samples.withUnsafeBufferPointer { samples in
                        var sum = held[0] * Double(window)
                        for index in 0..<count {
                            sum += held[index] - held[max(0, index - window)]
                            // `min` only guards against rounding in the running sum.
                            let smoothed = min(sum / Double(window), required[index])
                            output[index] = Int16(clamping: Int((Double(samples[index]) * gain * smoothed).rounded()))
                        }
                    }
                }
            }
        }
        return output
    }

    /// `result[i] = min(values[i ..< i + window])`, in linear time with a monotonic queue.
    static func forwardMinimum(_ values: [Double], window: Int) -> [Double] {
        var result = values
        var queue = [Int](repeating: 0, count: values.count)  // indices; their values increase from head
        var head = 0
        var tail = 0
        values.withUnsafeBufferPointer { values in
            result.withUnsafeMutableBufferPointer { result in
                queue.withUnsafeMutableBufferPointer { queue in
                    for index in stride(from: values.count - 1, through: 0, by: -1) {
                        while tail > head, values[queue[tail - 1]] >= values[index] { tail -= 1 }
                        queue[tail] = index
                        tail += 1
                        while queue[head] >= index + window { head += 1 }
                        result[index] = values[queue[head]]
                    }
                }
            }
        }
        return result
    }
}
