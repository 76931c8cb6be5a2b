/// Turns the raw bytes of a content file into clean text before anything parses it.
///
/// - Invalid UTF-8 is an error (with byte offset and line), never silently replaced: a replacement
///   character would be spoken as noise and hide a file saved in the wrong encoding.
/// - C0/C1 control characters other than tab and line endings are errors: NUL truncates C strings
///   (libcmark, eSpeak NG), and eSpeak NG reads `\u{01}` as an embedded command even without SSML.
/// - Bidirectional controls and zero-width characters are removed: they are invisible to the editor
///   reviewing the text, can make displayed text differ from what is read (spoofing), and confuse
///   the speech engine's word splitting. A leading byte-order mark is simply skipped.
/// - CRLF and CR line endings become LF, so every platform's files give the same article and the
///   same line numbers.
enum TextHygiene {
    /// Clean text with LF line endings, or an error naming `path` and the exact place.
    static func clean(_ bytes: [UInt8], path: String, limits: ContentLimits) throws(SectioningError) -> String {
        guard bytes.count <= limits.fileBytes else {
            throw SectioningError(
                file: path,
                message: "file is \(bytes.count) bytes, more than the limit of \(limits.fileBytes) bytes; "
                    + "split the article")
        }
        // The standard library's validator is fast; the offset is only searched for on failure.
        if String(validating: bytes, as: UTF8.self) == nil, let offset = firstInvalidUTF8Offset(bytes) {
            throw SectioningError(
                file: path, line: line(atByteOffset: offset, in: bytes), byteOffset: offset,
                message: "invalid UTF-8 (byte 0x\(hex(UInt32(bytes[offset]), digits: 2))); save the file as UTF-8")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return needsNormalizing(bytes) ? try normalize(text, path: path) : text
    }

    /// Whether `bytes` (valid UTF-8) contain a CR, a control character, or an invisible character.
    /// Most files contain none, and a byte scan is much cheaper than rebuilding the text.
    static func needsNormalizing(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x09, 0x0A: break
            case 0x00...0x1F, 0x7F: return true
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return true  // C1
            case 0xE2 where index + 2 < bytes.count:
                // U+200B–U+200F, U+202A–U+202E (E2 80 xx); U+2060, U+2066–U+2069 (E2 81 xx).
                let second = bytes[index + 1]
                let third = bytes[index + 2]
                if second == 0x80 && ((0x8B...0x8F).contains(third) || (0xAA...0xAE).contains(third)) { return true }
                if second == 0x81 && (third == 0xA0 || (0xA6...0xA9).contains(third)) { return true }
            case 0xEF where index + 2 < bytes.count:
                if bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF { return true }  // U+FEFF
            default: break
            }
            index += 1
        }
        return false
    }

    /// Characters removed from content because they are invisible (see the type's documentation).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF: return true  // zero-width space/joiners, word joiner, BOM
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi marks and controls
        default: return false
        }
    }

    /// C0 and C1 control characters (general category Cc) that content may not contain.
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// Offset of the first byte that does not start a well-formed UTF-8 sequence, or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// 1-based line containing byte `offset`, counting LF, CRLF and lone CR as one line ending each.
    static func line(atByteOffset offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A))
            {
                line += 1
            }
            index += 1
        }
        return line
    }

    /// Skips a leading BOM, unifies line endings, rejects control characters and drops invisible ones.
    private static func normalize(_ text: String, path: String) throws(SectioningError) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var line = 1
        var column = 1
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            scalars.formIndex(after: &index)
            switch scalar {
            case "\r", "\n":
                // A CR directly followed by LF is dropped; the LF ends the line.
                if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { continue }
                output.append("\n")
                line += 1
                column = 1
                continue
            case _ where isForbiddenControl(scalar):
                throw SectioningError(
                    file: path, line: line, column: column,
                    message: "control character U+\(hex(scalar.value, digits: 4)) is not allowed in content; delete it")
            case _ where isInvisible(scalar):
                break
            default:
                output.append(scalar)
            }
            column += 1
        }
        return String(output)
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
