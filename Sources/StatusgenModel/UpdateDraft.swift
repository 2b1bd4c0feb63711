import Foundation

/// An update an operator is about to add to an incident file: its time, status word and Markdown text.
public struct UpdateDraft: Sendable, Equatable {
    public var time: Date
    public var status: UpdateStatus
    /// The update's text as Markdown, with any line ends.
    public var message: String
    /// The components whose status the update changes, written in its heading.
    public var componentChanges: [AffectedComponent]

    public init(time: Date, status: UpdateStatus, message: String, componentChanges: [AffectedComponent] = []) {
        self.time = time
        self.status = status
        self.message = message
        self.componentChanges = componentChanges
    }
}
