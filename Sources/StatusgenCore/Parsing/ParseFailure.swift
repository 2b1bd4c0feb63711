/// A problem found by a parser, described in words for the user; the caller adds the location.
struct ParseFailure: Error, Equatable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
