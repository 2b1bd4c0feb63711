import Testing

@testable import StatusgenNotify

@Suite("Updates of renamed incident files")
struct RenamedUpdatesTests {
    @Test(
        "an update id's time part is its -YYYYMMDDTHHMMSSZ and a -N after it",
        arguments: [
            ("2026-11-24-uk-mail-20261124T105200Z", "-20261124T105200Z"),
            ("2026-11-24-uk-mail-20261124T105200Z-2", "-20261124T105200Z-2"),
            ("mail-2-20261124T105200Z-12", "-20261124T105200Z-12"),
            ("x-20261124T105200Z", "-20261124T105200Z"),
            ("-20261124T105200Z", nil), ("mail-20261124T105200", nil), ("mail-2026112XT105200Z", nil),
            ("mail-20261124T105200Z-", nil), ("mail", nil),
        ] as [(String, String?)])
    func timePart(id: String, part: String?) {
        let id = Substring(id)
        #expect(RenamedUpdates.timePart(of: id).map { String(id[$0...]) } == part)
    }
}
