import Foundation

/// A deterministic look-ahead peak limiter for offline (whole-section) processing.
///
/// The gain curve never exceeds the gain each sample needs. Per block of samples the required
/// gain is `threshold / peak`; a forward-looking minimum over the blocks the look-ahead window can
/// reach makes the gain drop *before* a peak arrives; a one-pole release lets it recover gradually
/// (so voiced speech is not modulated at pitch rate); and a per-sample moving average over the
/// look-ahead window smooths the attack. Every sample in that average window had its look-ahead
/// minimum cover the current sample, so the smoothed gain is still at or below the required gain.
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
        guard count > 0, blockPeaks.count * blockLength >= count else { return samples }
        let window = max(1, Int((lookAheadSeconds * Double(sampleRate)).rounded()))
        let blocks = blockPeaks.count

        // Gain each block may have at most. libebur128's interpolator lags a few samples behind,
        // so a block's peak is taken as the largest of itself and both neighbours.
        var required = [Double](repeating: 1, count: blocks)
        for block in 0..<blocks {
            let peak = max(blockPeaks[max(0, block - 1)], blockPeaks[block], blockPeaks[min(blocks - 1, block + 1)])
            if peak * gain > threshold { required[block] = threshold / (peak * gain) }
        }

        // Minimum over every block a window starting anywhere in this block reaches, then an
        // instant drop with exponential recovery that never rises above that minimum.
        let reach = (blockLength + window - 2) / blockLength
        let releaseStep = 1 - exp(-Double(blockLength) / (releaseSeconds * Double(sampleRate)))
        var held = [Double](repeating: 1, count: blocks)
        for block in 0..<blocks {
            let lookAhead = required[block...min(blocks - 1, block + reach)].min()!
            let previous = block > 0 ? held[block - 1] : lookAhead
            held[block] = lookAhead < previous ? lookAhead : previous + (lookAhead - previous) * releaseStep
        }

        var output = [Int16](repeating: 0, count: count)
        output.withUnsafeMutableBufferPointer { output in
            samples.withUnsafeBufferPointer { samples in
                // Trailing moving average over `window` samples of the block-wise curve. Before the
                // start the curve is taken as its first value, which covers those samples too.
                var sum = held[0] * Double(window)
                var lagging = -window  // the sample leaving the window
                var laggingBlock = 0
                var laggingOffset = 0
                var index = 0
                for block in 0..<blocks {
                    let current = held[block]
                    for _ in 0..<min(blockLength, count - index) {
                        sum += current - held[laggingBlock]
                        lagging += 1
                        if lagging > 0 {
                            laggingOffset += 1
                            if laggingOffset == blockLength {
                                laggingOffset = 0
                                laggingBlock += 1
                            }
                        }
                        let smoothed = min(sum / Double(window), 1)
                        output[index] = Int16(clamping: Int((Double(samples[index]) * gain * smoothed).rounded()))
                        index += 1
                    }
                }
            }
        }
        return output
    }
}
