/// The result of ``LoudnessNormalizer/normalize(_:sampleRate:)``.
public struct NormalizedAudio: Sendable, Hashable {
    /// 16-bit mono samples at the input's sample rate and length.
    public var samples: [Int16]
    /// Loudness of ``samples`` as measured by libebur128 after processing.
    public var measurement: LoudnessMeasurement
    /// Loudness of the input before processing.
    public var inputMeasurement: LoudnessMeasurement
    /// Gain applied before limiting, in dB (0 when the input's loudness could not be measured).
    public var gainDB: Double

    public init(
        samples: [Int16], measurement: LoudnessMeasurement, inputMeasurement: LoudnessMeasurement, gainDB: Double
    ) {
        self.samples = samples
        self.measurement = measurement
        self.inputMeasurement = inputMeasurement
        self.gainDB = gainDB
    }
}
