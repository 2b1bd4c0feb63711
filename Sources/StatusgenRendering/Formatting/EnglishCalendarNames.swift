/// The short English names of months and weekdays, as RSS dates (RFC 822) require them in any language.
enum EnglishCalendarNames {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// Sunday first, as Foundation's `weekday` component counts.
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
}
