public import ContentModel
public import Readability

/// Rewrites a section's blocks at a reading level with the rules the level names in `levels.yml`,
/// checking every rewrite with the meaning guards and keeping the less-simplified text whenever a
/// guard fails.
public struct Simplifier: Sendable {
    public let configuration: LevelsConfiguration
    public let data: SimplifierData
    let lexicon: Lexicon
    let grammar: Grammar
    let measure: @Sendable (String) -> ReadabilityScores

    /// Sentence limit for `SplitLongSentences` when a level does not give one.
    static let defaultMaxSentenceWords = 20

    /// A simplifier for `configuration` and `data`; `measure` scores a section's plain text (the
    /// Pipeline passes `ReadabilityMeter.measure`). Fails when the hunspell or WordNet files named in
    /// `lexicons.yml` are missing.
    public init(
        configuration: LevelsConfiguration, data: SimplifierData,
        measure: @escaping @Sendable (String) -> ReadabilityScores
    ) throws(SimplifierError) {
        self.configuration = configuration
        self.data = data
        self.measure = measure
        lexicon = try Lexicon(data: data)
        grammar = Grammar(lexicon: lexicon, data: data)
    }

    /// Loads `levels.yml` and `simplifier/*.yml` from `contentDirectory` (normally `Content`).
    public init(contentDirectory: String, measure: @escaping @Sendable (String) -> ReadabilityScores)
        throws(SimplifierError)
    {
        try self.init(
            configuration: try LevelsConfiguration.load(path: contentDirectory + "/levels.yml"),
            data: try SimplifierData.load(directory: contentDirectory + "/simplifier"), measure: measure)
    }

    /// A simplifier that measures sections with `meter` (textstat-equal scores).
    public init(configuration: LevelsConfiguration, data: SimplifierData, meter: ReadabilityMeter)
        throws(SimplifierError)
    {
        try self.init(configuration: configuration, data: data, measure: { meter.measure($0) })
    }

    /// Loads `levels.yml` and `simplifier/*.yml` from `contentDirectory` and measures with `meter`.
    public init(contentDirectory: String, meter: ReadabilityMeter) throws(SimplifierError) {
        try self.init(contentDirectory: contentDirectory, measure: { meter.measure($0) })
    }

    /// `blocks` rewritten for `level`. With an `override` (an editor's text for this section and
    /// level), the override is used as it is; it is guarded against the original like any rewrite,
    /// and each guard it fails becomes an unresolved ``Finding/Status/overrideFailsGuard(_:)`` finding.
    /// `articleTerms` are the glossary terms the whole article names in full
    /// (``termsNamedInFull(in:)`` of the article's text); without it, the section's own text decides.
    public func simplify(
        _ blocks: [Block], level: String, override: [Block]? = nil, articleTerms: Set<String>? = nil
    ) -> SimplifiedSection {
        var findings: [Finding] = []
        let output: [Block]
        guard let settings = configuration.level(level) else {
            findings.append(
                Finding(
                    rule: "Levels", before: "", after: "", status: .aboveTargetGrade,
                    message: "unknown level `\(level)`; known: "
                        + configuration.levels.map(\.id).joined(separator: ", ")))
            return SimplifiedSection(
                blocks: blocks, findings: findings, readability: measure(Block.plainText(of: blocks)))
        }
        if let override {
            output = override
            findings += overrideFindings(original: blocks, override: override)
        } else {
            output = rewrite(
                blocks, settings, articleTerms: articleTerms ?? termsNamedInFull(in: Block.plainText(of: blocks)),
                &findings)
        }
        let readability = measure(Block.plainText(of: output))
        if let target = settings.targetGrade, readability.fleschKincaidGrade > target {
            findings.append(
                Finding(
                    rule: "Readability", before: "", after: Block.plainText(of: output), status: .aboveTargetGrade,
                    message: "Flesch–Kincaid grade \(readability.fleschKincaidGrade) is above the target \(target)"))
        }
        return SimplifiedSection(blocks: output, findings: findings, readability: readability)
    }

    /// Rewrites one piece of text (a paragraph, or a line of a line-aligned corpus) at `level`.
    public func simplify(text: String, level: String) -> (text: String, findings: [Finding]) {
        let section = simplify([.paragraph(text)], level: level)
        return (Block.plainText(of: section.blocks), section.findings.filter { $0.status != .aboveTargetGrade })
    }

    private var guardContext: GuardContext { GuardContext(data: data, lexicon: lexicon, grammar: grammar) }

    /// The glossary terms the whole article names in full; see ``SimplifierData/termsNamedInFull(in:)``.
    public func termsNamedInFull(in text: String) -> Set<String> { data.termsNamedInFull(in: text) }

    private func rewrite(
        _ blocks: [Block], _ level: Level, articleTerms: Set<String>, _ findings: inout [Finding]
    ) -> [Block] {
        let names = level.rules.map(\.name)
        var blocks = blocks
        if names.contains(TurnListItemsIntoSentences.name) {
            blocks = TurnListItemsIntoSentences().rewrite(blocks, grammar: grammar, findings: &findings)
        }
        let limit =
            level.rules.first { $0.name == SplitLongSentences.name }?.maxSentenceWords
            ?? Self.defaultMaxSentenceWords
        var context = RuleContext(data: data, lexicon: lexicon, grammar: grammar, maxSentenceWords: limit)
        context.sectionText = Block.plainText(of: blocks)
        context.articleTerms = articleTerms
        let splitter = SentenceSplitter()
        func paragraph(_ text: String) -> String {
            keepingPronounsNearTheirNouns(
                splitter.sentences(in: text).flatMap { rewrite(sentence: $0, level, &context, &findings) }
            ).joined(separator: " ")
        }
        let makeLists = names.contains(TurnSeriesIntoList.name)
        var out: [Block] = []
        for block in blocks {
            switch block {
            case .paragraph(let text):
                guard makeLists else {
                    out.append(.paragraph(paragraph(text)))
                    continue
                }
                var sentences: [String] = []
                for sentence in splitter.sentences(in: text) {
                    sentences += rewrite(sentence: sentence, level, &context, &findings)
                }
                out += listed(keepingPronounsNearTheirNouns(sentences), context, &findings)
            case .list(let items):
                context.inListItem = true
                out.append(.list(items.map { Self.inListStyle(paragraph($0), of: $0, lexicon: lexicon) }))
                context.inListItem = false
            case .subheading: out.append(block)
            }
        }
        return out
    }

    /// A rewritten list item written the way its original was: an item that opened in lower case
    /// and ended without a full stop ("produce fewer wet diapers;") keeps that style when it is
    /// still one sentence, so that rewritten items match the untouched ones of the same list.
    static func inListStyle(_ rewritten: String, of original: String, lexicon: Lexicon? = nil) -> String {
        let trimmed = original.trimmingWhitespace()
        guard let last = trimmed.last, rewritten != original, SentenceSplitter().sentences(in: rewritten).count == 1
        else { return rewritten }
        var text = rewritten.trimmingWhitespace()
        if !".!?".contains(last), text.hasSuffix(".") {
            text.removeLast()
            if ";,:".contains(last) { text.append(last) }
        }
        if trimmed.first?.isLowercase == true { text = Text.decapitalized(text, lexicon: lexicon) }
        return text
    }

    /// `sentences` with each added explanation ("Hemoglobin means …") moved past a sentence that
    /// opens with a pronoun: "It is the most common lack …" must follow the sentence it points back
    /// to, not the explanation.
    private func keepingPronounsNearTheirNouns(_ sentences: [String]) -> [String] {
        // An explanation says "<term> means …", the term being a glossary term or a word the text
        // defined in brackets: "means" within its first five words.
        func isExplanation(_ sentence: String) -> Bool {
            Text.words(sentence).prefix(5).dropFirst().contains("means")
        }
        // Also words that point back to the whole sentence before: "Then …" after "Sometimes X."
        // (`SplitFrontedConditions`), "In such cases, …", "In this case, …".
        let pronouns: Set<String> = ["it", "they", "this", "these", "its", "their", "he", "she", "then", "such"]
        func pointsBack(_ sentence: String) -> Bool {
            // ("But it shares …": a linking word first.)
            let words = Text.words(sentence).drop { ["but", "and", "so", "yet", "however"].contains($0) }
            guard let first = words.first else { return false }
            return pronouns.contains(first)
                || first == "in" && words.count > 1
                    && ["such", "this", "that", "these", "those"].contains(words[words.startIndex + 1])
        }
        var out = sentences
        var index = 0
        while index < out.count {
            guard isExplanation(out[index]), index > 0, !isExplanation(out[index - 1]) else {
                index += 1
                continue
            }
            // The run of explanations starting here, and the sentence after it.
            var end = index
            while end < out.count, isExplanation(out[end]) { end += 1 }
            guard end < out.count, pointsBack(out[end]) else {
                index = end
                continue
            }
            let moved = out[end]
            out.remove(at: end)
            out.insert(moved, at: index)
            index += 1
        }
        return out
    }

    /// A paragraph's sentences as blocks, with each sentence that lists three or more things turned
    /// into a lead sentence and a list (`TurnSeriesIntoList`), when the guards allow it.
    private func listed(_ sentences: [String], _ context: RuleContext, _ findings: inout [Finding]) -> [Block] {
        var blocks: [Block] = []
        var current: [String] = []
        let rule = TurnSeriesIntoList()
        for sentence in sentences {
            guard let (lead, items) = rule.split(sentence, context: context) else {
                current.append(sentence)
                continue
            }
            let after = lead + " " + items.joined(separator: ", ") + "."
            let failure = Guards.all.lazy.filter { !($0 is CompleteSentenceGuard) }.compactMap { meaningGuard in
                meaningGuard.check(before: sentence, after: after, context: guardContext).map {
                    (type(of: meaningGuard).name, $0)
                }
            }.first
            if let (guardName, message) = failure {
                findings.append(
                    Finding(
                        rule: TurnSeriesIntoList.name, before: sentence, after: after,
                        status: .rejectedByGuard(guardName), message: message + "; kept the sentence as it was"))
                current.append(sentence)
                continue
            }
            findings.append(
                Finding(
                    rule: TurnSeriesIntoList.name, before: sentence, after: after, status: .applied,
                    message: "turned into a lead sentence and a list"))
            current.append(lead)
            blocks.append(.paragraph(current.joined(separator: " ")))
            blocks.append(.list(items))
            current = []
        }
        if !current.isEmpty { blocks.append(.paragraph(current.joined(separator: " "))) }
        return blocks
    }

    /// One sentence through every rule of the level, each rewrite guarded.
    private func rewrite(
        sentence: String, _ level: Level, _ context: inout RuleContext, _ findings: inout [Finding]
    ) -> [String] {
        var current = [Text.commasOutsideQuotes(sentence)]
        for setting in level.rules {
            if setting.name == ExplainGlossaryTerms.name {
                let rule = ExplainGlossaryTerms()
                // A term the text already defines ("X means …", from MoveDefinitionToOwnSentence)
                // needs no second explanation.
                for piece in current {
                    let words = Text.words(piece)
                    for entry in data.glossary
                    where entry.allForms.contains(where: { form in
                        let formWords = Text.words(form)
                        return Text.matches(formWords + ["means"], in: words, at: 0)
                    }) {
                        context.explainedTerms.insert(entry.term)
                    }
                }
                var added: [String] = []
                // A list item or a list's lead-in ("… include:") is no place for a sentence of its
                // own: the term is explained where it is next used in running text.
                for piece in current where !context.inListItem && !piece.hasSuffix(":") {
                    let explanations = rule.explanations(for: piece, context: &context)
                    if !explanations.isEmpty {
                        findings.append(
                            Finding(
                                rule: setting.name, before: piece, after: explanations.joined(separator: " "),
                                status: .applied, message: "explained after the sentence"))
                    }
                    added += explanations
                }
                // A list's lead-in ends the paragraph: the explanations go before it, so it stays
                // right before its items ("… when checking a baby: Jaundice means …" would not).
                if let last = current.last, last.hasSuffix(":"), !added.isEmpty, current.count > 1 {
                    current.insert(contentsOf: added, at: current.count - 1)
                } else {
                    current += added
                }
                continue
            }
            guard let rule = RuleCatalog.sentenceRules[setting.name] else { continue }
            context.maxSentenceWords =
                setting.maxSentenceWords
                ?? (level.rules.first { $0.maxSentenceWords != nil }?.maxSentenceWords
                    ?? Self.defaultMaxSentenceWords)
            var queue = current[...]
            var done: [String] = []
            var budget = 40
            while let piece = queue.popFirst() {
                budget -= 1
                let saved = context
                guard budget > 0, let output = rule.rewrite(piece, context: &context), output != [piece] else {
                    done.append(piece)
                    continue
                }
                let after = output.joined(separator: " ")
                var checks = guardContext
                checks.namedTerms = saved.namedTerms
                if let (guardName, message) = Guards.firstFailure(before: piece, after: after, context: checks) {
                    context = saved
                    findings.append(
                        Finding(
                            rule: setting.name, before: piece, after: after, status: .rejectedByGuard(guardName),
                            message: message + "; kept the sentence as it was"))
                    done.append(piece)
                    continue
                }
                findings.append(
                    Finding(rule: setting.name, before: piece, after: after, status: .applied, message: "rewritten"))
                // Split pieces go round again (a long sentence may need two splits); other rewrites are final.
                if output.count > 1 && setting.name != ExplainGlossaryTerms.name {
                    queue = ArraySlice(output) + queue
                } else {
                    done += output
                }
            }
            current = done
        }
        return current
    }

    /// Guards an editor's override against the original section as a whole.
    private func overrideFindings(original: [Block], override: [Block]) -> [Finding] {
        let before = Block.plainText(of: original)
        let after = Block.plainText(of: override)
        var out = [
            Finding(
                rule: "Override", before: before, after: after, status: .overrideUsed,
                message: "the editor's text replaces the automatic rewrite")
        ]
        for meaningGuard in Guards.all {
            if let message = meaningGuard.check(before: before, after: after, context: guardContext) {
                let name = type(of: meaningGuard).name
                out.append(
                    Finding(
                        rule: "Override", before: before, after: after, status: .overrideFailsGuard(name),
                        message: message + "; the override is used, but an editor must fix it or confirm it"))
            }
        }
        return out
    }
}
