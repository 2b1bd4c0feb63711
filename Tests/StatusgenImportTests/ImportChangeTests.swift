import Testing

@testable import StatusgenImport

@Suite("What a rewrite of an imported file changes")
struct ImportChangeTests {
    static let old = """
        ---
        import_hash: 0123456789abcdef
        title: Queue delays
        impact: minor
        components:
          queue: degraded_performance
        ---

        ## 2026-03-01T10:00:00Z investigating
        Deliveries are slow.

        ## 2026-03-01T11:00:00Z update
        A disk is full.

        """

    @Test("updates added and changed, by time, and the front matter keys whose values changed")
    func described() {
        let new = """
            ---
            import_hash: fedcba9876543210
            title: Queue delays
            impact: major
            components:
              queue: partial_outage
            ---

            ## 2026-03-01T10:00:00Z investigating
            Deliveries are slow.

            ## 2026-03-01T11:00:00Z identified
            A disk is full; it is being emptied.

            ## 2026-03-01T12:00:00Z resolved
            Deliveries are back to normal.

            """
        #expect(
            ImportChange.describe(old: Self.old, new: new)
                == "added 2026-03-01T12:00:00Z resolved; changed 2026-03-01T11:00:00Z (status update -> identified,"
                + " text); front matter: components, impact")
    }

    @Test("a file that differs only in its hash line, or loses an update, says so")
    func edges() {
        let rehashed = Self.old.replacingOccurrences(of: "0123456789abcdef", with: "0000000000000000")
        #expect(ImportChange.describe(old: Self.old, new: rehashed) == "no visible change")
        let shorter = String(Self.old[..<Self.old.range(of: "## 2026-03-01T11:00:00Z")!.lowerBound])
        #expect(ImportChange.describe(old: Self.old, new: shorter) == "removed 2026-03-01T11:00:00Z update")
    }
}
