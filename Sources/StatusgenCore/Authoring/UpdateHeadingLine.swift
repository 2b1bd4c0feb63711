import StatusgenModel

/// The heading line of an update as statusgen writes it into an incident file:
/// `## 2026-11-24T12:30:00Z identified (mail-inbound=partial_outage)`.
public enum UpdateHeadingLine {
    /// The line, without its line end, for an update at `time` (RFC 3339) with `status` that changes
    /// `changes`.
    public static func text(time: String, status: UpdateStatus, changes: [AffectedComponent]) -> String {
        let list = changes.map { "\($0.id)=\($0.status.rawValue)" }.joined(separator: ", ")
        return "## \(time) \(status.rawValue)" + (list.isEmpty ? "" : " (\(list))")
    }
}
