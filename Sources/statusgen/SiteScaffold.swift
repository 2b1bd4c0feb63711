import Foundation
import StatusgenBuild
import StatusgenModel
import StatusgenRendering

/// The files of a new status site, as `statusgen init` writes them: a config with two example
/// components, one example incident, an empty monitor results file, a .gitignore and a README.
struct SiteScaffold {
    /// The moment the example incident is dated from (it was resolved half an hour before).
    let now: Date

    /// Path relative to the site root -> contents, in the order they are written.
    var files: [(path: String, contents: String)] {
        [
            ("statusgen.yml", Self.config),
            ("incidents/\(exampleID).md", exampleIncident),
            ("monitors/checks.csv", MonitorCSV.header + "\n"),
            ("\(SiteLayout.incidentTemplatesFolder)/outage.md", Self.outageTemplate),
            ("\(SiteLayout.incidentTemplatesFolder)/degraded-performance.md", Self.degradedTemplate),
            ("\(SiteLayout.incidentTemplatesFolder)/planned-maintenance.md", Self.maintenanceTemplate),
            (".gitignore", Self.gitignore),
            ("README.md", Self.readme),
        ]
    }

    private var started: Date {
        Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 60).rounded(.down) * 60 - 3600)
    }

    var exampleID: String {
        String(RFC3339.string(from: started).prefix(10)) + "-example-incident"
    }

    private var exampleIncident: String {
        """
        ---
        # An example, so that the new site shows how an incident looks. Delete this file when you start.
        title: Example incident (delete me)
        impact: minor
        components:
          website: degraded_performance
        ---
        An optional summary, shown above the updates. Everything below the front matter is Markdown.

        ## \(RFC3339.string(from: started)) investigating
        Pages of the website load slowly for some visitors. We are looking into it.

        ## \(RFC3339.string(from: started.addingTimeInterval(1800))) resolved
        The website is fast again. A full cache server had slowed it down.

        """
    }

    /// The incident templates a new site starts with: `statusgen new --template NAME --set KEY=TEXT`.
    private static let outageTemplate = """
        ---
        # statusgen new --template outage --set component=ID --set service="Name customers know"
        title: "{service} is unavailable"
        impact: major
        components:
          "{component}": major_outage
        ---
        {service} is unavailable for some or all customers. We are investigating and will post an update
        within 30 minutes.

        """

    private static let degradedTemplate = """
        ---
        # statusgen new --template degraded-performance --set component=ID --set service="Name customers know"
        title: "{service} is slow"
        impact: minor
        components:
          "{component}": degraded_performance
        ---
        {service} is slower than usual for some customers. It still works, and no data is lost. We are
        investigating and will post an update within an hour.

        """

    private static let maintenanceTemplate = """
        ---
        # statusgen new --template planned-maintenance --set component=ID --set service="Name customers know"
        #   --set starts="2026-12-01 22:00 Europe/London" --set ends="2026-12-02 01:00 Europe/London"
        title: "Planned maintenance of {service}"
        kind: maintenance
        starts: "{starts}"
        ends: "{ends}"
        components:
          "{component}": under_maintenance
        ---
        We will carry out planned maintenance of {service}. It may be unavailable for a few minutes during
        the window; we will post an update when the work starts and when it is complete.

        """

    private static let config = """
        # Settings of this status site. Build it with: statusgen build
        # Errors are listed as file:line: message, and the previous site/ is left as it was.

        title: Example Status
        base_url: https://status.example.com/   # absolute; used in feeds, the JSON API and canonical links
        description: Live and past status of our services.
        timezone: UTC                           # how times are shown, an IANA name such as Europe/London
        history_days: 90                        # days in each component's uptime bar

        # The services you report on, in this order, under their group. The id is permanent: it appears
        # in URLs, feeds and incident files. Rename freely, re-id never.
        components:
          - id: website
            name: Website
            group: Services
            description: The public website at www.example.com.
            monitors: [website]                 # monitor names in monitors/*.csv
            sla: 99.9                           # monthly target, percent (optional)

          - id: api
            name: API
            group: Services
            description: The REST API at api.example.com.

        """

    private static let gitignore = """
        # Built from the other files: never commit them.
        site/
        .statusgen-cache/
        # Left behind only if a build is killed while it swaps the new site in (the next build removes them).
        /.site.building-*/
        /.site.old-*/
        # The site before the last build, which the next build writes its site into.
        /.site.spare/
        # Left behind only if new, update or resolve is killed while it writes (the next one removes them).
        incidents/.*.tmp

        """

    private static let readme = """
        # Status site

        This folder is a status site: statusgen builds it into `site/`, a plain
        static website (HTML, RSS, JSON) to publish on any web server or CDN, far from the systems it
        reports on.

        ```
        statusgen.yml          settings and components
        incidents/*.md         one incident or maintenance per file
        monitors/*.csv         results of your monitors, appended by any tool
        site/                  the built site (not committed)
        ```

        ## Build and check

        ```sh
        statusgen validate     # every problem as file:line: message; exit code 1 on any error
        statusgen build        # writes site/; on any error the old site stays as it was
        statusgen serve        # a preview on http://127.0.0.1:8000/, rebuilt whenever a file changes
        ```

        ## During an incident

        Each command writes or edits one file in `incidents/` and prints what it did; add `--build` to
        rebuild `site/` straight away. Commit the file and publish `site/`.

        ```sh
        statusgen new "Website down" --component website=major_outage --impact major \\
            -m "The website does not load. We are investigating."
        # -> Created incidents/2026-11-24-website-down.md (id 2026-11-24-website-down)

        statusgen update 2026-11-24-website-down --status identified -m "A failed deploy; rolling back."
        statusgen update 2026-11-24-website-down --status monitoring \\
            --component website=degraded_performance -m "Back up, still slow."
        statusgen resolve 2026-11-24-website-down -m "Fixed. Sorry for the trouble."
        ```

        Statuses of an incident: investigating, identified, monitoring, resolved (and `update` for a
        note). A planned maintenance:

        ```sh
        statusgen new "Database upgrade" --maintenance --starts "2026-12-01 22:00 UTC" \\
            --ends "2026-12-02 00:00 UTC" --component api -m "The API may be slow for a few minutes."
        ```

        Its statuses: scheduled, in_progress, verifying, completed, and cancelled to call it off. The
        message can also come from a file (`--message-file F`) or standard input. Updates are appended
        at the end of the file; anything else in it stays exactly as you wrote it, so you can also edit
        the files by hand.

        ## Monitor results

        Any monitoring tool may append rows to `monitors/checks.csv`:

        ```
        timestamp,monitor,status,latency_ms
        2026-11-24T10:44:00Z,website,up,41
        ```

        Status is up, degraded or down. A component lists its monitors in `statusgen.yml`.

        """
}
