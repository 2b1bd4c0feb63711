import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Notification channels in statusgen.yml or in a file of their own")
struct NotifyConfigTests {
    static let site = """
        title: Example Status
        base_url: https://status.example.com
        timezone: UTC
        components:
          - id: mail
            name: Mail

        """
    static let channels = """
        ops:
          kind: webhook
          url: https://hooks.example.com/status
          secret_env: HOOK_SECRET
        chat:
          kind: slack
          url_env: SLACK_URL

        """

    static func file(_ path: String, _ text: String) -> InputFile {
        InputFile(path: path, contents: Data(text.utf8))
    }

    static func problems(_ config: String, notifyFile: InputFile? = nil) -> [String] {
        do {
            _ = try ConfigParser().parse(config, notifyFile: notifyFile)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("the channels read the same from the block and from the file it names")
    func sameChannels() throws {
        let indented = Self.channels.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        let inline = try ConfigParser().parse(Self.site + "notify:\n" + indented + "\n")
        let named = Self.site + "notify: notify.yml\n"
        #expect(ConfigParser.notifyFileName(in: named) == "notify.yml")
        let separate = try ConfigParser().parse(named, notifyFile: Self.file("notify.yml", Self.channels))
        #expect(inline.notify.map(\.name) == ["ops", "chat"])
        // The same channels, each with the line of its own file.
        let unplaced = { (channels: [NotifyChannel]) in
            channels.map { channel in
                var unplaced = channel
                unplaced.line = nil
                return unplaced
            }
        }
        #expect(unplaced(separate.notify) == unplaced(inline.notify))
        #expect(separate.notify.map(\.line) == [1, 5])
    }

    static let mail = """
        mail:
          kind: email
          smtp: smtp.example.com:587
          from: status@example.com
          unsubscribe: mailto:status-unsubscribe@example.com

        """

    @Test("an email channel's sign-up link is a mailto: address or a web page, and only an email channel has one")
    func subscribeLink() throws {
        let file = { (extra: String) in Self.file("notify.yml", Self.mail + extra) }
        let named = Self.site + "notify: notify.yml\n"
        for link in ["mailto:status-subscribe@example.com?subject=Subscribe", "https://example.com/status-mail"] {
            let config = try ConfigParser().parse(named, notifyFile: file("  subscribe: \(link)\n"))
            #expect(config.notify.first?.email?.subscribe == link)
        }
        #expect(try ConfigParser().parse(named, notifyFile: file("")).notify.first?.email?.subscribe == nil)
        #expect(
            Self.problems(named, notifyFile: file("  subscribe: status-subscribe@example.com\n"))
                == [
                    "notify.yml:6: 'subscribe' must be a mailto: address or an http:// or https:// page where"
                        + " readers ask to be added, not 'status-subscribe@example.com'"
                ])
        #expect(
            Self.problems(
                named, notifyFile: Self.file("notify.yml", Self.channels + "  subscribe: mailto:a@example.com\n"))
                == ["notify.yml:8: 'subscribe' is only for 'kind: email'"])
    }

    @Test("a problem in the notify file is reported at that file's line")
    func problemsInTheFile() {
        let text = "ops:\n  kind: webhook\n  url: https://hooks.example.com/x\n  colour: red\nchat:\n  kind: slack\n"
        #expect(
            Self.problems(Self.site + "notify: notify.yml\n", notifyFile: Self.file("notify.yml", text)) == [
                "notify.yml:4: unknown key 'colour' in ops",
                "notify.yml:5: channel 'chat' needs one of 'url' and 'url_env'",
            ])
    }

    @Test("a notify file that is missing, or not a .yml file in the site's folder, is an error at 'notify:'")
    func badNames() {
        #expect(
            Self.problems(Self.site + "notify: notify.yml\n")
                == ["statusgen.yml:7: 'notify' names notify.yml, which is not in the site's folder"])
        for name in ["../secrets.yml", "statusgen.yml", "notify.txt", "conf/notify.yml"] {
            #expect(ConfigParser.notifyFileName(in: Self.site + "notify: \(name)\n") == nil)
            #expect(
                Self.problems(Self.site + "notify: \(name)\n") == [
                    "statusgen.yml:7: 'notify' names a file of channels: a .yml file in the site's folder such as"
                        + " notify.yml, not '\(name)'"
                ])
        }
    }
}
