import Foundation

/// Real eSpeak NG speech for the tests, made with the `espeak-ng` command-line tool (so these
/// tests do not depend on the Speech target) and read back with a minimal WAV parser.
struct SpokenFixture {
    var samples: [Int16]
    var sampleRate: Int

    var durationSeconds: Double { Double(samples.count) / Double(sampleRate) }

    /// About twelve seconds of a paragraph in the register of the articles (not taken from any of them).
    static let paragraph = """
        Many babies hold their head to one side for a few weeks. Most of the time this is harmless \
        and gets better with gentle stretching at home. Ask your doctor to check your baby if the \
        neck feels stiff, if one side of the head looks flat, or if your baby cries when you turn \
        the head. Early help makes treatment shorter and easier.
        """

    /// Speaks `text` with `espeak-ng -v en-us` into a temporary WAV file and reads it back.
    static func speak(_ text: String, voice: String = "en-us") throws -> SpokenFixture {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("audiopost-\(UUID().uuidString).wav")
        defer { try? FileManager.default.removeItem(at: url) }
        try run("espeak-ng", ["-v", voice, "-w", url.path, text])
        return try WAV.read(Data(contentsOf: url))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
}

/// Runs a tool found on PATH and returns its standard output; throws when it exits non-zero.
@discardableResult
func run(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        let message = String(decoding: errorData, as: UTF8.self)
        throw FixtureError(description: "\(tool) \(arguments.joined(separator: " ")) failed: \(message)")
    }
    return String(decoding: outputData, as: UTF8.self)
}

/// Just enough RIFF/WAVE for 16-bit PCM mono, in both directions.
enum WAV {
    static func read(_ data: Data) throws -> SpokenFixture {
        let bytes = [UInt8](data)
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        guard bytes.count >= 12, bytes[0..<4] == [0x52, 0x49, 0x46, 0x46], bytes[8..<12] == [0x57, 0x41, 0x56, 0x45]
        else { throw FixtureError(description: "not a RIFF/WAVE file") }
        var offset = 12
        var sampleRate: Int?
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            // espeak-ng may leave a placeholder size when it streams; clamp to what is there.
            let size = min(u32(offset + 4), bytes.count - offset - 8)
            let body = offset + 8
            if id == "fmt " {
                guard u16(body) == 1, u16(body + 2) == 1, u16(body + 14) == 16 else {
                    throw FixtureError(description: "expected 16-bit PCM mono")
                }
                sampleRate = u32(body + 4)
            } else if id == "data", let sampleRate {
                let samples = stride(from: body, to: body + size - 1, by: 2).map {
                    Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8)
                }
                return SpokenFixture(samples: samples, sampleRate: sampleRate)
            }
            offset = body + size + (size & 1)
        }
        throw FixtureError(description: "no fmt/data chunk")
    }

    static func encode(_ samples: [Int16], sampleRate: Int) -> Data {
        var data = Data()
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        func append(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        data.append(contentsOf: Array("RIFF".utf8))
        append(UInt32(36 + samples.count * 2))
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        append(UInt32(16))
        append(UInt16(1))
        append(UInt16(1))
        append(UInt32(sampleRate))
        append(UInt32(sampleRate * 2))
        append(UInt16(2))
        append(UInt16(16))
        data.append(contentsOf: Array("data".utf8))
        append(UInt32(samples.count * 2))
        for sample in samples { append(UInt16(bitPattern: sample)) }
        return data
    }
}
