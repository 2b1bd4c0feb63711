import Foundation
import StatusgenModel

/// One update of an incident or maintenance as every notification tells it: plain values, already
/// formatted with the site's words and time zone as its page shows them, for the mail and chat writers.
public struct UpdateNotice: Sendable {
    /// The update's stable id (see `TimelineIncident.updateID(of:)`).
    public var id: String
    /// The id of the incident's first update, which starts the thread in mail clients.
    public var threadID: String
    public var incidentID: String
    public var kind: IncidentKind
    public var title: String
    public var impact: Impact
    /// The status the update leaves the incident in.
    public var status: UpdateStatus
    /// That status in the site's words: "Identified".
    public var statusWords: String
    public var time: Date
    /// The time as the pages show it, in the site's zone.
    public var timeText: String
    public var bodyText: String
    /// The body as HTML rendered by cmark-gfm.
    public var bodyHTML: String
    /// The absolute address of the incident's page.
    public var incidentURL: String
    /// The components the incident names, with the status the incident gives each as of this update.
    public var components: [Component]
    public var siteTitle: String
    /// The front page in the notice's language (`https://status.example.com/de/`).
    public var siteURL: String
    /// The language of the notice's words.
    public var locale: String
    /// The word of the unsubscribe link at the foot of an email: "Unsubscribe".
    public var unsubscribeWord: String
    /// The label of the update's status in a chat message: "Status".
    public var statusLabel: String
    /// The words of a chat message's button to the incident's page: "View on Acme Status".
    public var viewWords: String
    /// The colon after a label in the site's language: ":", or a no-break space and ":" in French.
    public var colon: String
    /// Whether the incident may be notified (`notify: false` turns it off) and the update is not quiet.
    public var isNotified: Bool

    /// A component named by the incident, with its status in the site's words.
    public struct Component: Sendable, Hashable {
        public var id: String
        public var name: String
        public var status: ComponentStatus
        public var statusWords: String
    }
}
