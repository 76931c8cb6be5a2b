/// Loudness of a mono signal per EBU R128 / ITU-R BS.1770, as measured by libebur128.
public struct LoudnessMeasurement: Sendable, Hashable, Codable {
    /// Gated integrated loudness in LUFS; `nil` when nothing passes the gates: digital silence,
    /// signal below −70 LUFS, or input shorter than one 400 ms gating block.
    public var integratedLUFS: Double?
    /// Maximum true (inter-sample, 4× oversampled) peak in dBTP; `nil` when every sample is zero.
    public var truePeakDBTP: Double?
    /// Loudness range (EBU Tech 3342) in LU; `nil` whenever ``integratedLUFS`` is `nil`.
    public var loudnessRangeLU: Double?

    public init(integratedLUFS: Double?, truePeakDBTP: Double?, loudnessRangeLU: Double? = nil) {
        self.integratedLUFS = integratedLUFS
        self.truePeakDBTP = truePeakDBTP
        self.loudnessRangeLU = loudnessRangeLU
    }
}
