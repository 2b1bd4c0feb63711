import Foundation
import StatusgenModel
import Testing

@testable import StatusgenImport

/// Bodies written the ways cState sites write updates, and the updates each must give.
@Suite("cState bodies into updates")
struct CStateBodyCorpusTests {
    /// The updates of the one incident converted from an issue with `frontMatter` and `body`, as
    /// `TIME STATUS: text` lines (text lines joined with `/`).
    static func updates(frontMatter: String, body: String) throws -> [String] {
        let config = "title: S\nbaseURL: https://status.example.org/\nparams:\n  systems:\n    - name: API\n"
        let issue = "---\ntitle: T\n\(frontMatter)\n---\n\(body)"
        let result = try CStateImporter().convert(
            CStateImporter.Input(files: [
                InputFile(path: "config.yml", contents: Data(config.utf8)),
                InputFile(path: "content/issues/2026-08-13-t.md", contents: Data(issue.utf8)),
            ]))
        let text = String(decoding: try #require(result.incidents.first).contents, as: UTF8.self)
        return text.components(separatedBy: "\n## ").dropFirst().map { section in
            let lines = section.split(separator: "\n").map(String.init)
            return lines[0] + ": " + lines.dropFirst().joined(separator: "/")
        }
    }

    static let resolved = "date: 2026-08-13 17:40:00Z\nresolved: true\nresolvedWhen: 2026-08-13 19:10:00Z"
    static let open = "date: 2026-08-13 17:40:00Z"

    @Test(
        "each update written in a body becomes its own update, with its time and status",
        arguments: [
            (
                // Timestamped paragraphs separated by rules, newest first.
                resolved,
                """
                **2026-08-13 19:05 UTC** - Resolved: all queues are drained.

                ---

                **2026-08-13 18:20 UTC** - We found a full disk on the queue host.

                ---

                **2026-08-13 17:54 UTC** - We are investigating slow deliveries.
                """,
                [
                    "2026-08-13T17:40:00Z investigating: ",
                    "2026-08-13T17:54:00Z update: We are investigating slow deliveries.",
                    "2026-08-13T18:20:00Z update: We found a full disk on the queue host.",
                    "2026-08-13T19:05:00Z resolved: all queues are drained.",
                ]
            ),
            (
                // Date-time lines alone, oldest first, with an offset and a status word after the time.
                resolved,
                """
                2026-08-13 17:40 UTC
                Investigating: logins fail for some users.

                2026-08-13T20:30+02:00 Monitoring
                A fix is deployed.

                2026-08-13 19:10 UTC
                Logins work again.
                """,
                [
                    "2026-08-13T17:40:00Z investigating: Investigating: logins fail for some users.",
                    "2026-08-13T18:30:00Z monitoring: A fix is deployed.",
                    "2026-08-13T19:10:00Z resolved: Logins work again.",
                ]
            ),
            (
                // Message sections without times: placed between the start and the resolution.
                resolved,
                """
                [Initial message]
                Some API calls return errors.

                [Update message]
                We restarted the API servers.

                [Final message]
                The API is back to normal.
                """,
                [
                    "2026-08-13T17:40:00Z investigating: Some API calls return errors.",
                    "2026-08-13T17:40:01Z update: We restarted the API servers.",
                    "2026-08-13T19:10:00Z resolved: The API is back to normal.",
                ]
            ),
            (
                // Bold and italic lead words with the time in the line.
                resolved,
                """
                *Identified* (18:02 UTC) - A bad deploy.

                **Resolved** - 19:10 UTC: rolled back.
                """,
                [
                    "2026-08-13T17:40:00Z investigating: ",
                    "2026-08-13T18:02:00Z identified: A bad deploy.",
                    "2026-08-13T19:10:00Z resolved: rolled back.",
                ]
            ),
            (
                // Month names and a 12-hour clock.
                resolved,
                """
                August 13, 2026 at 5:45 PM GMT - Mail is delayed.

                13 Aug 2026 19:10 UTC - Mail is delivered again; the issue is resolved.
                """,
                [
                    "2026-08-13T17:40:00Z investigating: ",
                    "2026-08-13T17:45:00Z update: Mail is delayed.",
                    "2026-08-13T19:10:00Z resolved: Mail is delivered again; the issue is resolved.",
                ]
            ),
            (
                // cState's own track shortcode, newest first.
                resolved,
                """
                *Resolved* - Fixed. {{< track "2026-08-13 19:10:00Z" >}}

                *Investigating* - Slow. {{< track "2026-08-13 17:40:00Z" >}}
                """,
                [
                    "2026-08-13T17:40:00Z investigating: Slow.",
                    "2026-08-13T19:10:00Z resolved: Fixed.",
                ]
            ),
            (
                // One paragraph that tells of the fix: the resolution carries it.
                resolved,
                "The database was restarted and the problem is fixed.",
                [
                    "2026-08-13T17:40:00Z investigating: ",
                    "2026-08-13T19:10:00Z resolved: The database was restarted and the problem is fixed.",
                ]
            ),
            (
                // One paragraph that does not: it opens the issue, the resolution has no words.
                resolved,
                "Some users cannot log in. It is not yet resolved.",
                [
                    "2026-08-13T17:40:00Z investigating: Some users cannot log in. It is not yet resolved.",
                    "2026-08-13T19:10:00Z resolved: ",
                ]
            ),
            (
                // Blocks between rules without times, in an open issue.
                open,
                "We see errors.\n\n---\n\nA fix is being tested.",
                [
                    "2026-08-13T17:40:00Z investigating: We see errors.",
                    "2026-08-13T17:40:01Z update: A fix is being tested.",
                ]
            ),
            (
                // Hard breaks and headings are kept, the headings below the page's own.
                open,
                "# Impact\nLine one  \nline two",
                ["2026-08-13T17:40:00Z investigating: #### Impact/Line one\\/line two"]
            ),
            (
                // Newest-first message sections with words after them; a resolvedWhen before the start gives
                // way to the last time the text names.
                "date: 2026-08-13 10:01:00Z\nresolved: true\nresolvedWhen: 2026-08-10 13:00:00Z",
                """
                [Final Message]
                Fixed.

                - the API was back online at 12:58 UTC

                [Initial Message - Thursday 13th]
                An outage.
                """,
                [
                    "2026-08-13T10:01:00Z investigating: [Initial Message - Thursday 13th]/An outage.",
                    "2026-08-13T12:58:00Z resolved: Fixed./- the API was back online at 12:58 UTC",
                ]
            ),
            (
                // An edit note that says the problem is over is the resolution, at resolvedWhen.
                resolved,
                "Builds fail.\n\n[edit]\n\n* the controller was restarted and is back to normal",
                [
                    "2026-08-13T17:40:00Z investigating: Builds fail.",
                    "2026-08-13T19:10:00Z resolved: * the controller was restarted and is back to normal",
                ]
            ),
            (
                // A sentence that starts with a time is text; a section name with more words keeps them.
                open,
                "Friday 14 August 2026 at 07:00am UTC, the service moves.\n\n[Edit - Monday 17th]\nDone.",
                [
                    "2026-08-13T17:40:00Z investigating: Friday 14 August 2026 at 07:00am UTC, the service moves.",
                    "2026-08-13T17:40:01Z update: [Edit - Monday 17th]/Done.",
                ]
            ),
            (
                // Message sections named in other words, newest first.
                resolved,
                "[End of outage message]\nservice is back\n\n[Initial message]\nthe API is not responding",
                [
                    "2026-08-13T17:40:00Z investigating: the API is not responding",
                    "2026-08-13T19:10:00Z resolved: [End of outage message]/service is back",
                ]
            ),
            (
                // Track shortcodes that open their updates after a bare label, oldest first, the text after them
                // on the same line or the lines below.
                resolved,
                """
                The workers restart between 18:00 and 19:00 UTC.

                ***Identified*** {{< track "2026-08-13T19:30:00+01:00" >}}
                One worker did not come back.

                ***Update*** {{< track "2026-08-13T19:45:00+01:00" >}} It is being replaced.

                ***Resolved*** {{< track "2026-08-13T20:05:00+01:00" >}}
                All workers run.
                """,
                [
                    "2026-08-13T17:40:00Z investigating: The workers restart between 18:00 and 19:00 UTC.",
                    "2026-08-13T18:30:00Z identified: One worker did not come back.",
                    "2026-08-13T18:45:00Z update: It is being replaced.",
                    "2026-08-13T19:05:00Z resolved: All workers run.",
                ]
            ),
            (
                // A label cState sites use that names no status stays in the text of its update.
                open,
                "Work is planned.\n\n***Starting*** {{< track \"2026-08-13 18:00:00Z\" >}}\nWe start now.",
                [
                    "2026-08-13T17:40:00Z investigating: Work is planned.",
                    "2026-08-13T18:00:00Z update: ***Starting*** We start now.",
                ]
            ),
            (
                // A status word and a time written with a dot inside the emphasis: the resolution, at that time.
                "date: 2026-08-13 17:40:00Z\nresolved: true\nresolvedWhen: 2026-08-13 17:40:00Z",
                "The server is offline.\n\n**Update: 21.48** - A file was repaired and all services work again.",
                [
                    "2026-08-13T17:40:00Z investigating: The server is offline.",
                    "2026-08-13T21:48:00Z resolved: A file was repaired and all services work again.",
                ]
            ),
            (
                // Times without a date, oldest first, past midnight: the later one is on the next day.
                "date: 2026-08-13 22:44:00Z",
                "Some users cannot connect.\n\n**Update: 23:17** - Connectivity is restored.\n\n"
                    + "**Update: 11:58** - The provider reports an attack last night.",
                [
                    "2026-08-13T22:44:00Z investigating: Some users cannot connect.",
                    "2026-08-13T23:17:00Z update: Connectivity is restored.",
                    "2026-08-14T11:58:00Z update: The provider reports an attack last night.",
                ]
            ),
            (
                // Times without a date, newest first, on the issue's day: the order that needs no later day.
                "date: 2026-08-13 11:50:00Z",
                "Deploys fail.\n\n**Update 14:00** - Deploys work again.\n\n**Update 12:00** - A fix is tested.",
                [
                    "2026-08-13T11:50:00Z investigating: Deploys fail.",
                    "2026-08-13T12:00:00Z update: A fix is tested.",
                    "2026-08-13T14:00:00Z update: Deploys work again.",
                ]
            ),
            (
                // An announcement of one paragraph that says when the work will be completed opens the issue;
                // the resolution is at resolvedWhen.
                "date: 2026-08-13 22:00:00Z\ninformational: true\nresolved: true\nresolvedWhen: 2026-08-14 03:00:00Z",
                "Network upgrades tonight. All of the work will be completed by our network team.",
                [
                    "2026-08-13T22:00:00Z update: Network upgrades tonight. All of the work will be completed by our"
                        + " network team.",
                    "2026-08-14T03:00:00Z resolved: ",
                ]
            ),
            (
                // Times alone set apart in bold, dated with the issue's day, without a status word.
                resolved,
                "**17:54 UTC** - API requests are slow.\n\n**18:30 UTC** - A fix is rolling out.\n\n"
                    + "**19:05 UTC** - All requests are fast again.",
                [
                    "2026-08-13T17:40:00Z investigating: ",
                    "2026-08-13T17:54:00Z update: API requests are slow.",
                    "2026-08-13T18:30:00Z update: A fix is rolling out.",
                    "2026-08-13T19:05:00Z update: All requests are fast again.",
                    "2026-08-13T19:10:00Z resolved: ",
                ]
            ),
            (
                // A zone written as an offset from UTC or GMT: the time moves by it, and it leaves the text.
                open,
                "**Update** - 20:45 UTC+2: The load balancer lost its config.\n\n"
                    + "**Update** - 21:10 GMT+02:00: It is restored.",
                [
                    "2026-08-13T17:40:00Z investigating: ",
                    "2026-08-13T18:45:00Z update: The load balancer lost its config.",
                    "2026-08-13T19:10:00Z update: It is restored.",
                ]
            ),
            (
                // A time range whose end follows "UTC-" is no offset: the update is at its start.
                open,
                "**Update** - 18:30 UTC-19:30 UTC: work goes on.",
                [
                    "2026-08-13T17:40:00Z investigating: ",
                    "2026-08-13T18:30:00Z update: 19:30 UTC: work goes on.",
                ]
            ),
            (
                // Tracked paragraphs oldest first: the text after the last shortcode goes with the newest update,
                // not before the first; a label with its colon inside the bold is a label.
                resolved,
                """
                Signing is broken. {{< track "2026-08-13 17:40:00Z" >}}

                A new key is ordered. {{< track "2026-08-13 18:30:00Z" >}}

                **Resolved:** A new key is installed. {{< track "2026-08-13 19:10:00Z" >}}

                We will restart the builds in batches.
                """,
                [
                    "2026-08-13T17:40:00Z investigating: Signing is broken.",
                    "2026-08-13T18:30:00Z update: A new key is ordered.",
                    "2026-08-13T19:10:00Z resolved: A new key is installed./We will restart the builds in batches.",
                ]
            ),
            (
                // A postmortem on top, set apart by a rule, is the incident's postmortem, not a resolved update's
                // text.
                resolved,
                """
                *Post-mortem*

                A database primary went offline.

                ---

                *Update* - Fixed. {{< track "2026-08-13 19:10:00Z" >}}

                *Investigating* - Logins fail. {{< track "2026-08-13 17:40:00Z" >}}
                """,
                [
                    "2026-08-13T17:40:00Z investigating: Logins fail.",
                    "2026-08-13T19:10:00Z resolved: Fixed.",
                    "Postmortem: A database primary went offline.",
                ]
            ),
            (
                // A code block right after a shortcode goes with the paragraph that introduces it.
                resolved,
                """
                The index is stale. Clear it with the steps below: {{< track "2026-08-13 18:00:00Z" >}}

                ```
                flatpak update --appstream
                ```

                Deltas are cached again. {{< track "2026-08-13 18:30:00Z" >}}
                """,
                [
                    "2026-08-13T17:40:00Z investigating: ",
                    "2026-08-13T18:00:00Z update: The index is stale. Clear it with the steps below:/```/"
                        + "flatpak update --appstream/```",
                    "2026-08-13T18:30:00Z update: Deltas are cached again.",
                    "2026-08-13T19:10:00Z resolved: ",
                ]
            ),
            (
                // A note posted after resolvedWhen is the resolution, not a note above an empty one.
                resolved,
                """
                We keep watching the queues. {{< track "2026-08-13 19:30:00Z" >}}

                Mail is slow. {{< track "2026-08-13 17:40:00Z" >}}
                """,
                [
                    "2026-08-13T17:40:00Z investigating: Mail is slow.",
                    "2026-08-13T19:30:00Z resolved: We keep watching the queues.",
                ]
            ),
            (
                // A time alone at the start of a sentence, not set apart, opens nothing.
                open,
                "18:00 we will know more.",
                ["2026-08-13T17:40:00Z investigating: 18:00 we will know more."]
            ),
            (
                // A time inside a sentence opens nothing.
                open,
                "At 18:00 we will know more.",
                ["2026-08-13T17:40:00Z investigating: At 18:00 we will know more."]
            ),
        ])
    func body(frontMatter: String, body: String, expected: [String]) throws {
        #expect(try Self.updates(frontMatter: frontMatter, body: body) == expected)
    }
}
