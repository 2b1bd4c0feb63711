import Foundation
import StatusgenModel

/// `maintenance.ics`: every maintenance as an event of an iCalendar (RFC 5545) that calendar apps can
/// subscribe to.
///
/// - UID: the maintenance's id (with `.LANG` after it in a language other than the default), `@`, and the host of
///   `base_url`, so an event keeps its identity across builds.
/// - DTSTAMP: when the calendar's content last changed, the time of the newest update of any maintenance in it
///   (the build's time when none has one), so that a build at a later moment makes the same file; DTSTART and
///   DTEND: the planned window, in UTC.
/// - SEQUENCE: the number of the maintenance's updates so far, less one (0 with none): it grows with each
///   update, with no state kept between builds. An update is what announces a change, so a changed
///   window should come with one.
/// - STATUS: CANCELLED once a `cancelled` update calls it off, CONFIRMED otherwise.
/// - SUMMARY: the title ("Cancelled: " before it when cancelled, in the calendar's language); DESCRIPTION: the summary, the affected
///   components and every update, as plain text in the calendar's language (times in UTC); URL: the maintenance's page.
/// Events are in order of their start, then id.
struct MaintenanceCalendar {
    static let path = "maintenance.ics"

    let context: RenderingContext

    init(_ context: RenderingContext) {
        self.context = context
    }

    var file: OutputFile {
        let config = context.config
        let host = URL(string: config.baseURL)?.host ?? "statusgen"
        let maintenances = context.timeline.incidents.compactMap { item in
            item.incident.window.map { (item: item, starts: $0.starts) }
        }
        .sorted { $0.starts != $1.starts ? $0.starts < $1.starts : $0.item.id < $1.item.id }
        .map(\.item)
        let stamp = maintenances.flatMap { $0.updates.map(\.update.time) }.max() ?? context.timeline.now
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//statusgen//statusgen//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICSEscaping.text(context.strings.text("calendar_name", ["site": config.title])),
            "X-PUBLISHED-TTL:PT1H",
        ]
        for item in maintenances {
            lines += event(item, host: host, stamp: stamp)
        }
        lines.append("END:VCALENDAR")
        return OutputFile(
            path: context.language.path(Self.path), contents: Data(lines.map(ICalendarText.folded).joined().utf8))
    }

    private func event(_ item: TimelineIncident, host: String, stamp: Date) -> [String] {
        guard let window = item.incident.window else { return [] }
        let cancelled = item.status == .cancelled
        var lines = [
            "BEGIN:VEVENT",
            // Each language's calendar has its own ids, so that one subscribed to beside another keeps both.
            "UID:\(item.id)\(context.language.isDefault ? "" : "." + context.language.code)@\(host)",
            "DTSTAMP:" + ICalendarText.dateTime(stamp),
        ]
        if let first = item.updates.last, let latest = item.updates.first {
            lines.append("CREATED:" + ICalendarText.dateTime(first.update.time))
            lines.append("LAST-MODIFIED:" + ICalendarText.dateTime(latest.update.time))
        }
        lines += [
            "SEQUENCE:\(max(0, item.updates.count - 1))",
            "DTSTART:" + ICalendarText.dateTime(window.starts),
            "DTEND:" + ICalendarText.dateTime(window.ends),
            "SUMMARY:"
                + ICSEscaping.text(
                    cancelled
                        ? context.strings.text("calendar_cancelled", ["title": item.incident.title])
                        : item.incident.title),
            "DESCRIPTION:" + ICSEscaping.text(description(of: item)),
            "URL:" + context.languageURL + RenderingContext.path(ofIncident: item.id),
            "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"),
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
        return lines
    }

    /// The summary, the components and their status during the work, and every update, newest first, in
    /// the words of the calendar's language: "Components: Checkout (Under maintenance)", "Scheduled,
    /// 2026-11-06 12:00 UTC: …".
    private func description(of item: TimelineIncident) -> String {
        let strings = context.strings
        let colon = strings.text("colon") + " "
        var parts: [String] = []
        if !item.incident.summaryText.isEmpty { parts.append(item.incident.summaryText) }
        if !item.incident.components.isEmpty {
            let names = item.shownComponents(now: context.timeline.now).map {
                "\(context.componentName($0.id)) (\($0.status.words(strings)))"
            }
            parts.append(strings.text("components") + colon + names.joined(separator: ", "))
        }
        for update in item.updates {
            let time = RFC3339.string(from: update.update.time)
            let when = time.prefix(10) + " " + time.dropFirst(11).prefix(5) + " UTC"
            let heading = "\(update.update.status.words(strings)), \(when)"
            parts.append(update.update.bodyText.isEmpty ? heading : heading + colon + update.update.bodyText)
        }
        return parts.joined(separator: "\n\n")
    }
}
