import StatusgenModel
import Testing

@testable import StatusgenNotify

@Suite("The subscribers file")
struct SubscriberListTests {
    static let components = ["mail", "web"]
    static let locales = ["de", "en"]

    @Test("reads address, component filter and language; a first line naming the fields is a header")
    func reads() throws {
        let text = "address,components,locale\nann@example.com,mail web,de\n# paused\nbob@example.com\n"
        let subscribers = try SubscriberList.parse(
            text, path: "subscribers.csv", componentIDs: Self.components, locales: Self.locales)
        #expect(subscribers.map(\.address) == ["ann@example.com", "bob@example.com"])
        #expect(subscribers.map(\.locale) == ["de", nil])
        #expect(subscribers[0].components == ["mail", "web"])
    }

    @Test("an unknown language is an error at its line that says which there are")
    func unknownLanguage() {
        do {
            _ = try SubscriberList.parse(
                "ann@example.com,,de\nbob@example.com,mail,dee\n", path: "subscribers.csv",
                componentIDs: Self.components, locales: Self.locales)
            Issue.record("accepted an unknown language")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "subscribers.csv:2: unknown language 'dee' (did you mean 'de'?); there are strings for de, en"
                ])
        }
    }
}
