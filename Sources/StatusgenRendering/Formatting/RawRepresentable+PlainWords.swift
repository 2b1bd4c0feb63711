extension RawRepresentable where RawValue == String {
    /// The file-format word as plain English, for outputs that programs read and that do not follow the
    /// site's language (badges, the calendar): "in_progress" is "in progress".
    var plainWords: String {
        rawValue.replacingOccurrences(of: "_", with: " ")
    }
}
