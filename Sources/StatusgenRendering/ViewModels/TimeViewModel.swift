import Mustache

/// An instant on a page: the text readers see and the UTC value of `<time datetime>`.
final class TimeViewModel: Sendable {
    /// In the site's timezone: "24 Nov 2026, 10:52 GMT".
    let text: String
    /// In UTC: "2026-11-24T10:52:00Z", or a date alone: "2026-11-24".
    let datetime: String

    init(text: String, datetime: String) {
        self.text = text
        self.datetime = datetime
    }
}

extension TimeViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "datetime": return self.datetime
        default: return nil
        }
    }
}
