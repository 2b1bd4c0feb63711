extension RawRepresentable where RawValue == String {
    /// The file-format word as plain English, for outputs that programs read and that do not follow the
    /// site's language (badges, the calendar): "in_progress" is "in progress".
    var plainWords: String {
        // By bytes: the calendar says the status of every update of years of maintenances.
        String(decoding: rawValue.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
}
