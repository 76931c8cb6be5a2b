/// Reads and writes RIFF/WAVE files with 16-bit PCM samples.
public enum WAVFile {
    /// Size of the header ``encode(samples:sampleRate:)`` writes: RIFF, `fmt ` (16 bytes) and `data` chunk headers.
    public static let headerSize = 44

    /// A canonical 44-byte-header WAVE file, PCM 16-bit little-endian mono.
    public static func encode(samples: [Int16], sampleRate: Int) -> [UInt8] {
        let dataSize = samples.count * 2
        var bytes: [UInt8] = []
        bytes.reserveCapacity(headerSize + dataSize)
        bytes += Array("RIFF".utf8)
        append32(UInt32(truncatingIfNeeded: 36 + dataSize), to: &bytes)
        bytes += Array("WAVE".utf8)
        bytes += Array("fmt ".utf8)
        append32(16, to: &bytes)
        append16(1, to: &bytes)  // PCM
        append16(1, to: &bytes)  // mono
        append32(UInt32(truncatingIfNeeded: sampleRate), to: &bytes)
        append32(UInt32(truncatingIfNeeded: sampleRate * 2), to: &bytes)  // byte rate
        append16(2, to: &bytes)  // block align
        append16(16, to: &bytes)  // bits per sample
        bytes += Array("data".utf8)
        append32(UInt32(truncatingIfNeeded: dataSize), to: &bytes)
        #if _endian(little)
            // PCM is little-endian like the machine: copy the samples' bytes as they are.
            samples.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
            for sample in samples {
                append16(UInt16(bitPattern: sample), to: &bytes)
            }
        #endif
        return bytes
    }

    /// Parses a WAVE file by walking its chunks: unknown chunks are skipped (with their pad byte when
    /// their size is odd) and every size is checked against the bytes present.
    ///
    /// Only 16-bit PCM is accepted; for several channels the samples stay interleaved.
    public static func decode(_ bytes: [UInt8]) throws(SpeechError) -> (
        sampleRate: Int, channels: Int, bitsPerSample: Int, samples: [Int16]
    ) {
        guard bytes.count >= 12, tag(bytes, 0) == "RIFF", tag(bytes, 8) == "WAVE" else {
            throw SpeechError(.wav, "not a RIFF/WAVE file (\(bytes.count) bytes)")
        }
        let riffSize = Int(read32(bytes, 4))
        guard riffSize >= 4, 8 + riffSize <= bytes.count else {
            throw SpeechError(.wav, "RIFF size \(riffSize) does not fit the \(bytes.count) bytes of the file")
        }
        let end = 8 + riffSize
        var format: (audioFormat: Int, channels: Int, sampleRate: Int, bits: Int, blockAlign: Int)?
        var offset = 12
        while offset + 8 <= end {
            let id = tag(bytes, offset)
            let size = Int(read32(bytes, offset + 4))
            let body = offset + 8
            guard size <= end - body else {
                throw SpeechError(
                    .wav, "chunk \"\(id)\" at byte \(offset) claims \(size) bytes, only \(end - body) remain")
            }
            switch id {
            case "fmt ":
                guard size >= 16 else { throw SpeechError(.wav, "fmt chunk is \(size) bytes, expected at least 16") }
                format = (
                    Int(read16(bytes, body)), Int(read16(bytes, body + 2)), Int(read32(bytes, body + 4)),
                    Int(read16(bytes, body + 14)), Int(read16(bytes, body + 12))
                )
            case "data":
                guard let format else { throw SpeechError(.wav, "data chunk before fmt chunk") }
                // 0xFFFE is WAVE_FORMAT_EXTENSIBLE, which still holds PCM when written by common tools.
                guard format.audioFormat == 1 || format.audioFormat == 0xFFFE, format.bits == 16 else {
                    throw SpeechError(
                        .wav, "unsupported format \(format.audioFormat) with \(format.bits) bits; expected 16-bit PCM")
                }
                guard format.channels >= 1, format.blockAlign == 2 * format.channels, format.sampleRate > 0 else {
                    throw SpeechError(
                        .wav,
                        "inconsistent fmt chunk: \(format.channels) channels, block align \(format.blockAlign), rate \(format.sampleRate)"
                    )
                }
                guard size % format.blockAlign == 0 else {
                    throw SpeechError(.wav, "data chunk of \(size) bytes is not a whole number of frames")
                }
                var samples: [Int16] = []
                samples.reserveCapacity(size / 2)
                var position = body
                while position < body + size {
                    samples.append(Int16(bitPattern: read16(bytes, position)))
                    position += 2
                }
                return (format.sampleRate, format.channels, format.bits, samples)
            default:
                break
            }
            offset = body + size + (size & 1)
        }
        throw SpeechError(.wav, format == nil ? "no fmt chunk" : "no data chunk")
    }

    private static func tag(_ bytes: [UInt8], _ offset: Int) -> String {
        String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
    }

    private static func read16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(read16(bytes, offset)) | UInt32(read16(bytes, offset + 2)) << 16
    }

    private static func append16(_ value: UInt16, to bytes: inout [UInt8]) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private static func append32(_ value: UInt32, to bytes: inout [UInt8]) {
        append16(UInt16(value & 0xFFFF), to: &bytes)
        append16(UInt16(value >> 16), to: &bytes)
    }
}
