import Foundation
import Testing

/// `--message LOCALE=TEXT` on `new`, `update` and `resolve`: each update's translation into the site's other
/// languages, added to `incidents/ID.LOCALE.md`.
@Suite("Translated messages from the command line")
struct TranslationCommandTests {
    private func text(_ scratch: ScratchSite, _ path: String) throws -> String {
        try String(contentsOf: scratch.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("update appends to an existing translation and creates a missing one with the original's title")
    func update() throws {
        let scratch = try ScratchSite(copying: "languages")
        let german = try text(scratch, "incidents/2026-11-07-website-down.de.md")
        let result = try StatusgenProcess.run([
            "update", "2026-11-07-website-down", "--source", scratch.root.path, "--status", "identified",
            "-m", "A router failed.", "--message", "de=Ein Router ist ausgefallen.",
            "--message", "fr=Un routeur est tombé en panne.", "--now", "2026-11-07T15:55:00Z",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout
                == "Updated incidents/2026-11-07-website-down.md: identified\n"
                + "Updated incidents/2026-11-07-website-down.de.md\nUpdated incidents/2026-11-07-website-down.fr.md\n")
        #expect(
            try text(scratch, "incidents/2026-11-07-website-down.de.md")
                == german + "\n## 2026-11-07T15:55:00Z identified\nEin Router ist ausgefallen.\n")
        let typed = try StatusgenProcess.run([
            "update", "2026-11-07-website-down.de", "--source", scratch.root.path, "--status", "update", "-m", "x",
        ])
        #expect(typed.status == 1)
        #expect(
            typed.stderr
                == "error: '2026-11-07-website-down.de' is a translation: give the incident's id,"
                + " '2026-11-07-website-down', and the translated text with --message de=TEXT\n")
        #expect(
            try text(scratch, "incidents/2026-11-07-website-down.md").hasSuffix(
                "\n\n## 2026-11-07T15:55:00Z identified\nA router failed.\n"))
        let alone = try StatusgenProcess.run(
            [
                "update", "2026-11-07-website-down", "--source", scratch.root.path, "--status", "update",
                "--message", "de=Gefunden.", "--now", "2026-11-07T16:00:00Z",
            ], input: "")
        #expect(alone.status == 1)
        #expect(
            alone.stderr
                == "error: --message de=… is a translation: give the text in the site's language (en) too, with -m TEXT\n"
        )

        let resolved = try StatusgenProcess.run([
            "resolve", "2026-11-10-database-upgrade", "--source", scratch.root.path, "-m", "Done.",
            "--message", "fr=Terminé.", "--now", "2026-11-10T05:00:00Z",
        ])
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(
            try text(scratch, "incidents/2026-11-10-database-upgrade.fr.md")
                == "---\ntitle: Database upgrade\n---\n## 2026-11-10T05:00:00Z completed\nTerminé.\n")
    }

    @Test("a translated update at the same second as the one before goes with its own update, not that one")
    func sameSecond() throws {
        let scratch = try ScratchSite(copying: "languages")
        let id = "2026-11-07-website-down"
        let moment = "2026-11-07T16:00:00Z"
        for arguments in [
            ["update", id, "--status", "monitoring", "-m", "Watching."],
            ["resolve", id, "-m", "Fixed.", "--message", "fr=Corrigé."],
        ] {
            let result = try StatusgenProcess.run(arguments + ["--source", scratch.root.path, "--now", moment])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let build = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", "2026-11-07T16:05:00Z"])
        #expect(build.status == 0, "\(build.stderr)")
        let french = build.stderr.split(separator: "\n").filter { $0.hasPrefix("incidents/\(id).fr.md") }
        #expect(
            french.map(String.init) == [
                "incidents/\(id).fr.md:1: warning: no translation of the update '## 2026-11-07T15:40:00Z update'"
                    + " (incidents/\(id).md:10): it is shown untranslated",
                "incidents/\(id).fr.md:1: warning: no translation of the update '## \(moment) monitoring'"
                    + " (incidents/\(id).md:13): it is shown untranslated",
            ])
        // On the French page, "Corrigé." is the resolved update's text, and the monitoring one is in English.
        let page = try text(scratch, "site/fr/incidents/\(id).html")
        let heads = page.components(separatedBy: "<p class=\"update-head\">").dropFirst()
        let resolved = try #require(heads.first { $0.hasPrefix("<strong>Résolu</strong>") })
        let monitoring = try #require(heads.first { $0.hasPrefix("<strong>Surveillance</strong>") })
        #expect(resolved.contains("<p>Corrigé.</p>") && !resolved.contains("Fixed."))
        #expect(monitoring.contains("<p>Watching.</p>") && !monitoring.contains("Corrigé."))
    }

    @Test("a message for a language the site does not publish is refused, not posted with its code")
    func unpublishedLanguage() throws {
        let scratch = try ScratchSite(copying: "small")
        let before = try text(scratch, "incidents/2026-11-07-website-down.md")
        let refused = try StatusgenProcess.run([
            "update", "2026-11-07-website-down", "--source", scratch.root.path, "--status", "update",
            "--message", "de=Wir arbeiten daran.", "--now", "2026-11-07T15:55:00Z",
        ])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "error: --message de=…: the site does not publish 'de'; add it to 'locales' in statusgen.yml for a"
                + " translation, or give the text without 'de='\n")
        #expect(try text(scratch, "incidents/2026-11-07-website-down.md") == before)
        // Beside a message in the site's language, it is named too, not counted as a second message.
        let both = try StatusgenProcess.run([
            "update", "2026-11-07-website-down", "--source", scratch.root.path, "--status", "update",
            "-m", "Found it.", "--message", "fr=Trouvé.", "--now", "2026-11-07T15:55:00Z",
        ])
        #expect(both.status == 1)
        #expect(both.stderr.hasPrefix("error: --message fr=…: the site does not publish 'fr'; add it to 'locales'"))
        #expect(try text(scratch, "incidents/2026-11-07-website-down.md") == before)
        let english = try StatusgenProcess.run([
            "update", "2026-11-07-website-down", "--source", scratch.root.path, "--status", "update",
            "--message", "en=Still on it.", "--now", "2026-11-07T15:55:00Z",
        ])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(try text(scratch, "incidents/2026-11-07-website-down.md").hasSuffix("update\nStill on it.\n"))
    }

    @Test("new writes the incident and each translation; a bad translation writes nothing at all")
    func new() throws {
        let scratch = try ScratchSite(copying: "languages")
        let before = try scratch.snapshot(of: scratch.root.appendingPathComponent("incidents"))
        let refused = try StatusgenProcess.run([
            "new", "Login slow", "--source", scratch.root.path, "--impact", "minor", "--component",
            "website=degraded_performance",
            "-m", "Logins are slow.", "--message", "de=Anmeldungen sind langsam.\n## Mehr", "--now",
            "2026-11-08T10:00:00Z",
        ])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "incidents/ID.de.md: not written: line 2 of the message ('## Mehr') would start another section of"
                + " the file: use ### for headings inside an update\n")
        #expect(
            try scratch.snapshot(of: scratch.root.appendingPathComponent("incidents")).mapValues(\.0)
                == before.mapValues(\.0))

        let twice = try StatusgenProcess.run([
            "new", "Login slow", "--source", scratch.root.path, "--impact", "minor", "-m", "Logins are slow.",
            "--message", "de=A", "--message", "de=B", "--now", "2026-11-08T10:00:00Z",
        ])
        #expect(twice.status == 1)
        #expect(twice.stderr == "error: --message de=… is given twice: give one text for each language\n")

        let created = try StatusgenProcess.run([
            "new", "Login slow", "--source", scratch.root.path, "--impact", "minor", "-m", "Logins are slow.",
            "--message", "de=Anmeldungen sind langsam.", "--now", "2026-11-08T10:00:00Z",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(
            try text(scratch, "incidents/2026-11-08-login-slow.de.md")
                == "---\ntitle: Login slow\n---\n## 2026-11-08T10:00:00Z investigating\nAnmeldungen sind langsam.\n")
        let built = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", "2026-11-08T11:00:00Z"])
        #expect(built.status == 0)
        let page = try String(
            contentsOf: scratch.site.appendingPathComponent("de/incidents/2026-11-08-login-slow.html"), encoding: .utf8)
        #expect(page.contains("<p>Anmeldungen sind langsam.</p>"))

        // A translation left from a deleted incident keeps its id from being taken again.
        let orphan = "---\ntitle: Alt\n---\n## 2026-11-09T09:00:00Z investigating\nAlt.\n"
        try Data(orphan.utf8).write(to: scratch.root.appendingPathComponent("incidents/2026-11-09-login-slow.de.md"))
        let next = try StatusgenProcess.run([
            "new", "Login slow", "--source", scratch.root.path, "--impact", "minor", "-m", "Slow again.",
            "--message", "de=Wieder langsam.", "--now", "2026-11-09T10:00:00Z",
        ])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.hasPrefix("Created incidents/2026-11-09-login-slow-2.md (id 2026-11-09-login-slow-2)\n"))
        #expect(try text(scratch, "incidents/2026-11-09-login-slow.de.md") == orphan)
        #expect(try text(scratch, "incidents/2026-11-09-login-slow-2.de.md").hasSuffix("Wieder langsam.\n"))
    }

    @Test("a translation that does not read back is refused before the incident file is touched")
    func malformed() throws {
        let scratch = try ScratchSite(copying: "languages")
        try scratch.write("---\ntitle: [unclosed\n---\n", to: "incidents/2026-11-07-website-down.de.md")
        let before = try scratch.snapshot(of: scratch.root.appendingPathComponent("incidents"))
        let result = try StatusgenProcess.run([
            "update", "2026-11-07-website-down", "--source", scratch.root.path, "--status", "update",
            "-m", "Still on it.", "--message", "de=Weiter dran.", "--now", "2026-11-07T15:55:00Z",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("incidents/2026-11-07-website-down.de.md:3: invalid YAML"), "\(result.stderr)")
        #expect(
            try scratch.snapshot(of: scratch.root.appendingPathComponent("incidents")).mapValues(\.0)
                == before.mapValues(\.0))
    }
}
