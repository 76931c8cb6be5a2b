import Crypto
import Foundation

/// Content addresses: a SHA-256 over everything that determines an output, so that an output is
/// rebuilt exactly when one of its inputs changed and reused from any earlier run otherwise.
enum ContentKey {
    /// Hex SHA-256 of `value` encoded as JSON with sorted keys (a stable, canonical form).
    static func of<Value: Encodable>(_ value: Value) throws(PipelineError) -> String {
        hex(of: try canonicalJSON(value))
    }

    static func hex(of bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }

    /// JSON with sorted keys and no insignificant white space.
    static func canonicalJSON<Value: Encodable>(_ value: Value) throws(PipelineError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(value))
        } catch {
            throw PipelineError("cannot encode \(Value.self) as JSON: \(error)")
        }
    }

    /// Pretty JSON with sorted keys and a final newline, as written for people and diff tools.
    static func prettyJSON<Value: Encodable>(_ value: Value) throws(PipelineError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(value)) + [0x0A]
        } catch {
            throw PipelineError("cannot encode \(Value.self) as JSON: \(error)")
        }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], path: String) throws(PipelineError)
        -> Value
    {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch {
            throw PipelineError(path: path, "not a valid \(type) JSON file: \(error)")
        }
    }
}
