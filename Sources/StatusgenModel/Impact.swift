/// How bad an incident is for customers, as declared in its front matter.
public enum Impact: String, CaseIterable, Comparable, Sendable {
    case none
    case minor
    case major
    case critical

    private var rank: Int {
        switch self {
        case .none: 0
        case .minor: 1
        case .major: 2
        case .critical: 3
        }
    }

    public static func < (lhs: Impact, rhs: Impact) -> Bool { lhs.rank < rhs.rank }
}
