import StatusgenModel

extension Impact {
    /// The impact in words: "Critical impact".
    var words: String {
        switch self {
        case .none: "No impact"
        case .minor: "Minor impact"
        case .major: "Major impact"
        case .critical: "Critical impact"
        }
    }
}
