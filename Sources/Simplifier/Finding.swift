/// One thing the simplifier did or refused to do to one piece of text, in the spirit of
/// swift-format's findings: an editor can audit every change.
public struct Finding: Sendable, Hashable, Codable {
    /// What happened to the rewrite.
    public enum Status: Sendable, Hashable, Codable {
        /// The rule's rewrite was kept.
        case applied
        /// A meaning guard rejected the rewrite; the less-simplified text was kept.
        case rejectedByGuard(String)
        /// An editor's override was used instead of the automatic rewrite.
        case overrideUsed
        /// An editor's override breaks a meaning guard. The override is still used (the editor's
        /// word wins), but the finding must be resolved by the editor.
        case overrideFailsGuard(String)
        /// The section is still above the level's target grade after every rule ran.
        case aboveTargetGrade
    }

    /// The rule (or guard, or `Override`, `Readability`) the finding is about.
    public var rule: String
    public var before: String
    public var after: String
    public var status: Status
    public var message: String

    public init(rule: String, before: String, after: String, status: Status, message: String) {
        self.rule = rule
        self.before = before
        self.after = after
        self.status = status
        self.message = message
    }

    /// Whether an editor has to act: a guard failure on an override or a missed target.
    /// Rewrites rejected by a guard are resolved (the safer text was kept).
    public var isUnresolved: Bool {
        switch status {
        case .applied, .overrideUsed, .rejectedByGuard: return false
        case .overrideFailsGuard, .aboveTargetGrade: return true
        }
    }
}

extension Finding: CustomStringConvertible {
    /// One line per finding: `rule: status: message` followed by before/after.
    public var description: String {
        let state: String
        switch status {
        case .applied: state = "applied"
        case .rejectedByGuard(let guardName): state = "rejected by \(guardName)"
        case .overrideUsed: state = "override used"
        case .overrideFailsGuard(let guardName): state = "override fails \(guardName)"
        case .aboveTargetGrade: state = "above target grade"
        }
        return "\(rule): \(state): \(message)\n  before: \(before)\n  after:  \(after)"
    }
}
