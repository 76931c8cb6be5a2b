public import ContentModel

/// A section's blocks at one reading level, with every finding and the measured readability.
public struct SimplifiedSection: Sendable {
    public var blocks: [Block]
    public var findings: [Finding]
    /// Readability of `Block.plainText(of: blocks)`.
    public var readability: ReadabilityScores

    public init(blocks: [Block], findings: [Finding], readability: ReadabilityScores) {
        self.blocks = blocks
        self.findings = findings
        self.readability = readability
    }

    /// The section's plain text, as measured and spoken.
    public var text: String { Block.plainText(of: blocks) }

    /// Findings an editor must act on (see ``Finding/isUnresolved``).
    public var unresolvedFindings: [Finding] { findings.filter(\.isUnresolved) }
}
