/// The ids of components and incidents, which become parts of URLs and file names.
public enum SiteID {
    /// Whether `id` is a valid id: `[a-z0-9-]+`.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}
