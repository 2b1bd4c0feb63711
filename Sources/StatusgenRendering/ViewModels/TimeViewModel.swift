/// An instant on a page: the text readers see and the UTC value of `<time datetime>`.
struct TimeViewModel {
    /// In the site's timezone: "24 Nov 2026, 10:52 GMT".
    let text: String
    /// In UTC: "2026-11-24T10:52:00Z", or a date alone: "2026-11-24".
    let datetime: String
}
