import Testing

@testable import StatusgenCore

@Suite("Did-you-mean hints")
struct SuggestionTests {
    @Test(
        "suggests the closest word when it is a likely typo",
        arguments: [
            ("titel", ["title", "kind", "impact"], "title" as String?),
            ("Investigating", ["investigating", "identified"], "investigating"),
            ("mail-inbund", ["mail-inbound", "mail-outbound"], "mail-inbound"),
            ("major_outtage", ["partial_outage", "major_outage"], "major_outage"),
            // Up to two edits for short words, a third of the length for long ones.
            ("impcat", ["impact"], "impact"),
            ("imp", ["impact"], nil),
            ("severity", ["title", "kind", "impact", "components", "starts", "ends"], nil),
            ("x", [], nil),
            // The first part of a status word, as monitors and other tools say it.
            ("degraded", ["operational", "degraded_performance", "partial_outage"], "degraded_performance"),
            ("outage", ["partial_outage", "major_outage"], nil),
        ])
    func closest(word: String, candidates: [String], expected: String?) {
        #expect(Suggestion.closest(to: word, among: candidates) == expected)
    }

    @Test("prefers the alphabetically first of equally close words")
    func ties() {
        #expect(Suggestion.closest(to: "dawn", among: ["down", "darn"]) == "darn")
    }

    @Test("writes the hint ready to append to a message")
    func hint() {
        #expect(Suggestion.hint(for: "grop", among: ["group"]) == " (did you mean 'group'?)")
        #expect(Suggestion.hint(for: "colour", among: ["group"]) == "")
    }
}
