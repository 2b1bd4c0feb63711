import Foundation
import Testing

/// Sites in a language of their own (`templates/strings/LOCALE.yml`), as every command reads them.
@Suite("Commands on a site in its own language")
struct SiteLanguageCommandTests {
    static let now = "2026-11-07T16:00:00Z"

    @Test("statusgen build reads templates/strings/, warns about unknown keys and stops on an unknown locale")
    func command() throws {
        let scratch = try ScratchSite()
        let config = try String(contentsOf: scratch.root.appendingPathComponent("statusgen.yml"), encoding: .utf8)
        try FileManager.default.createDirectory(
            at: scratch.root.appendingPathComponent("templates/strings"), withIntermediateDirectories: true)
        try scratch.write("today: Jetzt\ntodya: Jetzt\n", to: "templates/strings/de.yml")
        try scratch.write(
            config.replacingOccurrences(of: "history_days: 7\n", with: "history_days: 7\nlocale: de\n"),
            to: "statusgen.yml")
        let built = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(built.status == 0)
        #expect(built.stderr == "templates/strings/de.yml:2: warning: unknown key 'todya' (did you mean 'today'?)\n")
        let index = try String(contentsOf: scratch.site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<span>Jetzt</span>"))
        #expect(index.contains("<h2 id=\"components\">Komponenten</h2>"))
        #expect(!FileManager.default.fileExists(atPath: scratch.site.appendingPathComponent("strings").path))

        try scratch.write(
            config.replacingOccurrences(of: "history_days: 7\n", with: "history_days: 7\nlocale: it\n"),
            to: "statusgen.yml")
        let failed = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(failed.status == 1)
        #expect(
            failed.stderr
                == "statusgen.yml:6: unknown locale 'it': known are de, en, fr; add templates/strings/it.yml for another language\n"
                + "templates/strings/de.yml:2: warning: unknown key 'todya' (did you mean 'today'?)\n")
        #expect(try String(contentsOf: scratch.site.appendingPathComponent("index.html"), encoding: .utf8) == index)
    }

    @Test("a site with its own French strings runs new, update, check and build, counting monitor days in its zone")
    func ownLanguage() throws {
        let scratch = try ScratchFolder()
        let root = scratch.root
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("templates/strings"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("monitors"), withIntermediateDirectories: true)
        try Data("today: Aujourd'hui\n".utf8).write(to: root.appendingPathComponent("templates/strings/fr.yml"))
        try Data(
            """
            title: Exemple
            base_url: https://statut.example.test/
            timezone: Pacific/Auckland
            locale: fr
            components:
              - id: web
                name: Site web
                monitors: [web]
            checks:
              web:
                tcp: 127.0.0.1:1

            """.utf8
        ).write(to: root.appendingPathComponent("statusgen.yml"))
        // 20:00 UTC on the 6th is 09:00 on the 7th in Auckland.
        try Data("timestamp,monitor,status,latency_ms\n2026-11-06T20:00:00Z,web,up,40\n".utf8).write(
            to: root.appendingPathComponent("monitors/checks.csv"))

        let new = try StatusgenProcess.run(
            [
                "new", "Panne du site", "--source", root.path, "--component", "web=major_outage", "--impact", "major",
                "-m", "Nous enquêtons.", "--now", "2026-11-07T10:00:00Z",
            ])
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout == "Created incidents/2026-11-07-panne-du-site.md (id 2026-11-07-panne-du-site)\n")
        let update = try StatusgenProcess.run(
            [
                "update", "2026-11-07-panne-du-site", "--source", root.path, "--status", "identified", "-m", "Trouvé.",
                "--now", "2026-11-07T11:00:00Z",
            ])
        #expect(update.status == 0, "\(update.stderr)")
        let check = try StatusgenProcess.run(["check", "--source", root.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("web down"))

        let build = try StatusgenProcess.run(["build", "--source", root.path, "--now", Self.now])
        #expect(build.status == 0, "\(build.stderr)")
        let uptime = try String(contentsOf: root.appendingPathComponent("site/api/uptime.json"), encoding: .utf8)
        #expect(uptime.contains("\"date\": \"2026-11-07\""))
        #expect(!uptime.contains("2026-11-06"))
        let index = try String(contentsOf: root.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(index.contains("Aujourd'hui") || index.contains("Aujourd&#39;hui"))
        #expect(index.contains("<html lang=\"fr\""))
    }
}
