import StatusgenCore
import StatusgenRendering
import Testing

@Suite("The words of an update notice")
struct UpdateNoticeWordsTests {
    @Test(
        "labels, status and unsubscribe link come in the notice's language",
        arguments: [
            ("en", "Status", "Identified", "Unsubscribe"),
            ("de", "Status", "Ursache gefunden", "Abbestellen"),
            ("fr", "Statut", "Problème identifié", "Se désabonner"),
        ])
    func words(locale: String, label: String, status: String, unsubscribe: String) throws {
        let strings = StringsCatalog(site: []).strings(for: locale)
        let notices = UpdateNoticeBuilder(timeline: Fixture.timeline, strings: strings, documentationURL: "").notices()
        let identified = try #require(notices.first { $0.status == .identified })
        #expect(identified.locale == locale)
        #expect(identified.statusLabel == label)
        #expect(identified.statusWords == status)
        #expect(identified.unsubscribeWord == unsubscribe)
    }
}
