import StatusgenModel
import StatusgenRendering

/// The text and HTML parts of an update's email, from the notice the pages' words and times are in.
enum MailBody {
    static func text(_ notice: UpdateNotice, unsubscribe: String) -> String {
        var lines = [MailWriter.subject(notice), notice.timeText, ""]
        if !notice.bodyText.isEmpty { lines += [notice.bodyText, ""] }
        if !notice.components.isEmpty {
            lines += notice.components.map { "- \($0.name)\(notice.colon) \($0.statusWords)" } + [""]
        }
        lines += [
            notice.incidentURL, "", "-- ", "\(notice.siteTitle)\(notice.colon) \(notice.siteURL)",
            "\(notice.unsubscribeWord)\(notice.colon) \(unsubscribe)",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func html(_ notice: UpdateNotice, unsubscribe: String) -> String {
        let e = MarkupEscaping.html
        var html = [
            "<!DOCTYPE html>",
            "<html lang=\"\(e(notice.locale))\"><head><meta charset=\"utf-8\"><title>\(e(notice.title))</title></head>",
            "<body style=\"font-family:sans-serif;line-height:1.5;color:#1f2328\">",
            "<p style=\"margin:0;color:#59636e\">\(e(notice.statusWords)) &middot; \(e(notice.timeText))</p>",
            "<h1 style=\"font-size:1.4em\"><a href=\"\(e(notice.incidentURL))\">\(e(notice.title))</a></h1>",
            HTMLText.withoutImages(notice.bodyHTML),
        ]
        if !notice.components.isEmpty {
            html.append("<ul>")
            html += notice.components.map { "<li>\(e($0.name))\(e(notice.colon)) \(e($0.statusWords))</li>" }
            html.append("</ul>")
        }
        html += [
            "<p><a href=\"\(e(notice.incidentURL))\">\(e(notice.incidentURL))</a></p>",
            "<hr><p style=\"font-size:0.85em;color:#59636e\"><a href=\"\(e(notice.siteURL))\">\(e(notice.siteTitle))</a>"
                + " &middot; <a href=\"\(e(unsubscribe))\">\(e(notice.unsubscribeWord))</a></p>",
            "</body></html>",
        ]
        return html.joined(separator: "\n") + "\n"
    }
}
