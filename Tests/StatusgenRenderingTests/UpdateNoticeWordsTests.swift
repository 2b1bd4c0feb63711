import StatusgenCore
import StatusgenRendering
import Testing

@Suite("The words of an update notice")
struct UpdateNoticeWordsTests {
    @Test(
        "labels, status, unsubscribe link and the button to the page come in the notice's language",
        arguments: [
            ("en", "Status", "Identified", "Unsubscribe", "View on Example Mail Cloud Status"),
            ("de", "Status", "Ursache gefunden", "Abbestellen", "Auf Example Mail Cloud Status ansehen"),
            ("fr", "Statut", "Problème identifié", "Se désabonner", "Voir sur Example Mail Cloud Status"),
        ])
    func words(locale: String, label: String, status: String, unsubscribe: String, view: String) throws {
        let strings = StringsCatalog(site: []).strings(for: locale)
        let notices = UpdateNoticeBuilder(timeline: Fixture.timeline, strings: strings, documentationURL: "").notices()
        let identified = try #require(notices.first { $0.status == .identified })
        #expect(identified.locale == locale)
        #expect(identified.statusLabel == label)
        #expect(identified.statusWords == status)
        #expect(identified.unsubscribeWord == unsubscribe)
        #expect(identified.viewWords == view)
    }
}
