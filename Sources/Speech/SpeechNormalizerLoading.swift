import Yams

extension SpeechNormalization {
    /// Loads `speech-normalization.yml`; an absent file gives ``none``. Errors name file and line.
    public static func load(path: String) throws(SpeechError) -> SpeechNormalization {
        guard let (reader, root) = try LexiconYAML.root(path: path), let root else { return .none }
        var result = SpeechNormalization()
        let keys: Set<String> = [
            "replacements", "ranges", "initialisms", "units", "slash", "webAddresses", "decades", "times", "examples",
        ]
        for (key, value) in try reader.mapping(root, allowed: keys, what: "speech normalization") {
            switch key {
            case "replacements":
                for row in try reader.table(value, what: key) { result.replacements[row.key] = row.value }
            case "ranges":
                for (name, item) in try reader.mapping(value, allowed: ["word"], what: key) {
                    _ = name
                    result.rangeWord = try reader.string(item, what: "ranges.word")
                }
            case "initialisms":
                for (name, item) in try reader.mapping(value, allowed: ["spell", "sayAsWords"], what: key) {
                    if name == "spell" {
                        let text = try reader.string(item, what: "initialisms.spell")
                        guard let flag = Bool(text) else {
                            throw reader.error(item, "initialisms.spell must be true or false")
                        }
                        result.spellInitialisms = flag
                    } else {
                        result.sayAsWords = Set(try reader.strings(item, what: "initialisms.sayAsWords"))
                    }
                }
            case "units":
                for (name, item) in try reader.mapping(value, allowed: ["per", "symbols"], what: key) {
                    if name == "per" {
                        result.perWord = try reader.string(item, what: "units.per")
                        continue
                    }
                    for (symbol, words) in try reader.mapping(item, allowed: [], what: "units.symbols") {
                        let pair = try reader.strings(words, what: "unit \"\(symbol)\"")
                        guard pair.count == 2 else {
                            throw reader.error(words, "unit \"\(symbol)\" needs [singular, plural]")
                        }
                        result.units[symbol] = UnitWords(singular: pair[0], plural: pair[1])
                    }
                }
            case "slash":
                for (_, item) in try reader.mapping(value, allowed: ["betweenWords"], what: key) {
                    result.slashWord = try reader.string(item, what: "slash.betweenWords")
                }
            case "webAddresses":
                for (name, item) in try reader.mapping(value, allowed: ["dot", "domains"], what: key) {
                    if name == "dot" {
                        result.dotWord = try reader.string(item, what: "webAddresses.dot")
                    } else {
                        for row in try reader.table(item, what: "webAddresses.domains") {
                            result.domains[row.key.lowercased()] = row.value
                        }
                    }
                }
            case "decades":
                let words = try reader.strings(value, what: key)
                guard words.count == 11 else {
                    throw reader.error(value, "decades needs 11 words: tens … nineties, then hundreds, thousands")
                }
                result.decades = words
            case "times":
                for (name, item) in try reader.mapping(value, allowed: ["oclock", "oh"], what: key) {
                    let word = try reader.string(item, what: "times.\(name)")
                    if name == "oclock" { result.oclockWord = word } else { result.ohWord = word }
                }
            default:
                guard let list = value.sequence else { throw reader.error(value, "examples must be a list") }
                for item in list {
                    var input: String?
                    var spoken: String?
                    for (name, field) in try reader.mapping(item, allowed: ["in", "say"], what: "example") {
                        if name == "in" {
                            input = try reader.string(field, what: "in")
                        } else {
                            spoken = try reader.string(field, what: "say")
                        }
                    }
                    guard let input, let spoken else { throw reader.error(item, "an example needs in: and say:") }
                    result.examples.append(Example(input: input, spoken: spoken, line: item.mark?.line))
                }
            }
        }
        return result
    }
}
