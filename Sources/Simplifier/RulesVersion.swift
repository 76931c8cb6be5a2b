extension Simplifier {
    /// Changes whenever a rule's code changes what it writes. Builds reuse a section's earlier
    /// rewrite while its text, the levels and word-list data, and this version are unchanged, so a
    /// code change that alters output must bump it.
    public static let rulesVersion = "2026-12-05.1"
}
