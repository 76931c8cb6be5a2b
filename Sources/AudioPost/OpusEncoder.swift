import COpusEnc

/// Encodes 16-bit mono speech to Ogg Opus in memory with libopusenc. This file holds every
/// libopusenc call of the package.
///
/// Settings are tuned for speech on phones: mono, VoIP application with voice signal type,
/// complexity 10, 24 kbit/s by default. libopusenc resamples the input (eSpeak NG's 22050 Hz) to
/// Opus's 48 kHz internally and records the original rate in the `OpusHead` header.
///
/// Output is byte-for-byte reproducible: the Ogg serial number comes from the caller (the
/// pipeline derives it from the audio's content key), tags are written in sorted order, and
/// libopusenc writes no time stamps.
public struct OpusEncoder: Sendable {
    /// Target bit rate in bits per second (libopus accepts 500 … 512 000).
    public var bitrate: Int
    /// Encoder complexity 0 … 10; 10 is best quality per bit and still fast for mono speech.
    public var complexity: Int

    public init(bitrate: Int = 24_000, complexity: Int = 10) {
        self.bitrate = bitrate
        self.complexity = complexity
    }

    /// Encodes a whole section and returns the complete Ogg Opus file.
    ///
    /// - Parameters:
    ///   - serialNumber: Ogg logical stream serial number; the same value gives the same bytes.
    ///   - tags: Vorbis comments such as `TITLE`, `ARTIST`, `ALBUM`; names must not contain `=`.
    /// - Throws: ``AudioPostError`` carrying libopusenc's status and message.
    public func encode(
        _ samples: [Int16], sampleRate: Int, serialNumber: Int32, tags: [String: String] = [:]
    ) throws(AudioPostError) -> [UInt8] {
        guard sampleRate > 0, sampleRate <= Int(Int32.max) else {
            throw AudioPostError(operation: "encode Ogg Opus", reason: "unsupported sample rate \(sampleRate) Hz")
        }
        guard let comments = ope_comments_create() else {
            throw AudioPostError(operation: "encode Ogg Opus", reason: "ope_comments_create returned NULL")
        }
        defer { ope_comments_destroy(comments) }
        for (name, value) in tags.sorted(by: { $0.key < $1.key }) {
            try check(ope_comments_add(comments, name, value), "ope_comments_add(\(name))")
        }

        let sink = ByteSink()
        var callbacks = OpusEncCallbacks(
            write: { userData, bytes, length in
                guard let userData, let bytes else { return 1 }
                let sink = Unmanaged<ByteSink>.fromOpaque(userData).takeUnretainedValue()
                sink.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
                return 0
            },
            close: { _ in 0 })
        var status: Int32 = 0
        // `sink` outlives the encoder: it is destroyed (deferred below) before this function returns.
        let userData = Unmanaged.passUnretained(sink).toOpaque()
        guard
            let encoder = ope_encoder_create_callbacks(
                &callbacks, userData, comments, Int32(sampleRate), 1, 0, &status)
        else {
            throw libraryError(status, "ope_encoder_create_callbacks")
        }
        defer { ope_encoder_destroy(encoder) }

        let settings: [(request: Int32, value: Int32, name: String)] = [
            (OPE_SET_SERIALNO_REQUEST, serialNumber, "OPE_SET_SERIALNO"),
            (OPUS_SET_APPLICATION_REQUEST, OPUS_APPLICATION_VOIP, "OPUS_SET_APPLICATION(VOIP)"),
            (OPUS_SET_SIGNAL_REQUEST, OPUS_SIGNAL_VOICE, "OPUS_SET_SIGNAL(VOICE)"),
            (OPUS_SET_BITRATE_REQUEST, Int32(clamping: bitrate), "OPUS_SET_BITRATE(\(bitrate))"),
            (OPUS_SET_COMPLEXITY_REQUEST, Int32(clamping: complexity), "OPUS_SET_COMPLEXITY(\(complexity))"),
            (OPUS_SET_LSB_DEPTH_REQUEST, 16, "OPUS_SET_LSB_DEPTH(16)"),
        ]
        for setting in settings {
            try check(plainspeak_ope_encoder_ctl_int(encoder, setting.request, setting.value), setting.name)
        }

        try samples.withUnsafeBufferPointer { (buffer) throws(AudioPostError) in
            guard let base = buffer.baseAddress else { return }
            try check(ope_encoder_write(encoder, base, Int32(buffer.count)), "ope_encoder_write")
        }
        try check(ope_encoder_drain(encoder), "ope_encoder_drain")
        return sink.bytes
    }

    private func check(_ status: Int32, _ function: String) throws(AudioPostError) {
        guard status != OPE_OK else { return }
        throw libraryError(status, function)
    }

    private func libraryError(_ status: Int32, _ function: String) -> AudioPostError {
        let message = ope_strerror(status).map { String(cString: $0) } ?? "unknown error"
        return AudioPostError(
            operation: "encode Ogg Opus", reason: "libopusenc \(function) failed: \(message)", status: Int(status))
    }
}

/// Collects the bytes libopusenc writes; only used synchronously inside one `encode` call.
private final class ByteSink {
    var bytes: [UInt8] = []
}
