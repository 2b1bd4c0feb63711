import Foundation
import StatusgenCore
import StatusgenModel
import Testing

@testable import StatusgenNotify

@Suite("The notification ledger")
struct LedgerTests {
    @Test("lines are read back with their channels; a channel with any line has started")
    func reads() throws {
        let text =
            Ledger.header + "*\tops\t2026-11-24T10:00:00Z\tstart\n"
            + "inc-20261124T105200Z\tops\t2026-11-24T10:53:00Z\tsent\n"
        let (ledger, torn) = try Ledger.parse(text, path: "notify-ledger.txt")
        #expect(torn == nil)
        #expect(ledger.contains(updateID: "inc-20261124T105200Z", channel: "ops"))
        #expect(!ledger.contains(updateID: "inc-20261124T105200Z", channel: "chat"))
        #expect(ledger.hasStarted("ops") && !ledger.hasStarted("chat"))
    }

    @Test("a last line cut short is ignored and its line number given; a whole one without its line break is read")
    func tornLine() throws {
        let text = "a-20261124T105200Z\tops\t2026-11-24T10:53:00Z\tsent\nb-20261124T110000Z\tops\t2026-11-2"
        let (ledger, torn) = try Ledger.parse(text, path: "notify-ledger.txt")
        #expect(torn == 2)
        #expect(!ledger.contains(updateID: "b-20261124T110000Z", channel: "ops"))
        // As an editor saves a line the operator added by hand.
        for (end, isRead) in [("sent", true), ("sen", false), ("", false)] {
            let (ledger, torn) = try Ledger.parse(
                "b-20261124T110000Z\tops\t2026-11-24T11:01:00Z\t" + end, path: "notify-ledger.txt")
            #expect(ledger.contains(updateID: "b-20261124T110000Z", channel: "ops") == isRead)
            #expect(torn == (isRead ? nil : 1))
        }
    }

    @Test("the ledger file gets a line break after a whole last line added by hand, and loses a torn one")
    func handAddedLine() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("notify-ledger.txt")
        let sent = "a-20261124T105200Z\tops\t2026-11-24T10:53:00Z\tsent"
        for (written, kept, warnings) in [(sent, sent + "\n", 0), (sent + "\n" + sent.prefix(30), sent + "\n", 1)] {
            try Data(written.utf8).write(to: url)
            var warned = 0
            let file = try await LedgerFile(url: url, displayPath: "notify-ledger.txt") {}
            let ledger = try file.read { _ in warned += 1 }
            #expect(ledger.contains(updateID: "a-20261124T105200Z", channel: "ops"))
            #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == kept)
            #expect(warned == warnings)
        }
    }

    @Test("a damaged line in the middle is an error at its line")
    func damaged() {
        #expect(throws: DiagnosticList.self) {
            try Ledger.parse("x\tops\n", path: "notify-ledger.txt")
        }
        do {
            _ = try Ledger.parse("x\tops\n", path: "notify-ledger.txt")
        } catch {
            #expect(
                error.diagnostics.map(\.description)
                    == [
                        "notify-ledger.txt:1: not a ledger line: expected 'UPDATE-ID<tab>CHANNEL<tab>TIME<tab>sent|sending|failed|baseline|start'"
                            + " or a recipient's 'UPDATE-ID<tab>CHANNEL<tab>TIME<tab>deferred|sending|sent|refused<tab>TOKEN'"
                    ])
        }
    }

    @Test(
        "a ledger line's time is read as the timestamp parser reads it",
        arguments: [
            "2026-11-24T10:53:00Z", "2026-02-28T23:59:59Z", "2026-11-24T10:53:00+01:00", "2026-11-24T10:53Z",
            "2026-13-24T10:53:00Z", "2026-11-32T10:53:00Z", "2026-11-24T24:00:00Z", "2026-11-24T10:60:00Z",
            "2026-11-24 10:53:00Z", "2026-11-24T10:53:00z", "2026-1a-24T10:53:00Z", "20261124T105300Z", "",
            "2026-02-30T10:53:00Z", "0000-01-01T00:00:00Z", "2026-11-24 10:53 Europe/London",
        ])
    func times(field: String) {
        #expect(Ledger.isTime(field.utf8) == ((try? TimestampParser.parse(field)) != nil))
    }

    @Test("a delivery begun by a stopped run counts until a sent or failed line settles it")
    func unconfirmed() throws {
        let text =
            "a-20261124T105200Z\tops\t2026-11-24T10:53:00Z\tsending\n"
            + "a-20261124T105200Z\tops\t2026-11-24T10:54:00Z\tsending\n"
            + "b-20261124T110000Z\tops\t2026-11-24T11:01:00Z\tsending\n"
            + "b-20261124T110000Z\tops\t2026-11-24T11:01:10Z\tfailed\n"
            + "c-20261124T111500Z\tops\t2026-11-24T11:16:00Z\tsending\n"
            + "c-20261124T111500Z\tops\t2026-11-24T11:16:01Z\tsent\n"
        let (ledger, _) = try Ledger.parse(text, path: "notify-ledger.txt")
        #expect(ledger.unconfirmedDeliveries(updateID: "a-20261124T105200Z", channel: "ops") == 2)
        #expect(!ledger.contains(updateID: "a-20261124T105200Z", channel: "ops"))
        #expect(ledger.unconfirmedDeliveries(updateID: "b-20261124T110000Z", channel: "ops") == 0)
        #expect(!ledger.contains(updateID: "b-20261124T110000Z", channel: "ops"))
        #expect(ledger.unconfirmedDeliveries(updateID: "c-20261124T111500Z", channel: "ops") == 0)
        #expect(ledger.contains(updateID: "c-20261124T111500Z", channel: "ops"))
        #expect(ledger.unconfirmedDeliveries(updateID: "a-20261124T105200Z", channel: "chat") == 0)
    }

    @Test("a recipient that refused an update for now waits until a sent or refused line of theirs settles it")
    func deferrals() throws {
        let full = RecipientToken.make(updateID: "a-20261124T105200Z", channel: "mail", address: "full@example.com")
        let gone = RecipientToken.make(updateID: "a-20261124T105200Z", channel: "mail", address: "gone@example.com")
        let later = RecipientToken.make(updateID: "b-20261124T110000Z", channel: "mail", address: "full@example.com")
        let text =
            "a-20261124T105200Z\tmail\t2026-11-24T10:53:00Z\tsent\n"
            + "a-20261124T105200Z\tmail\t2026-11-24T10:53:00Z\tdeferred\t\(full)\n"
            + "a-20261124T105200Z\tmail\t2026-11-24T10:53:00Z\tdeferred\t\(gone)\n"
            + "b-20261124T110000Z\tmail\t2026-11-24T11:01:00Z\tsent\n"
            + "b-20261124T110000Z\tmail\t2026-11-24T11:01:00Z\tdeferred\t\(later)\n"
            // Tried again: still full (the deferral keeps its first time); then a try that a stopped run began.
            + "a-20261124T105200Z\tmail\t2026-11-24T12:00:00Z\tsending\t\(full)\n"
            + "a-20261124T105200Z\tmail\t2026-11-24T12:00:01Z\tdeferred\t\(full)\n"
            + "a-20261124T105200Z\tmail\t2026-11-24T13:00:00Z\tsending\t\(full)\n"
            + "a-20261124T105200Z\tmail\t2026-11-24T12:00:00Z\tsending\t\(gone)\n"
            + "a-20261124T105200Z\tmail\t2026-11-24T12:00:01Z\trefused\t\(gone)\n"
            + "b-20261124T110000Z\tmail\t2026-11-24T12:00:00Z\tsending\t\(later)\n"
            + "b-20261124T110000Z\tmail\t2026-11-24T12:00:01Z\tsent\t\(later)\n"
        let (ledger, _) = try Ledger.parse(text, path: "notify-ledger.txt")
        #expect(
            ledger.deferrals(channel: "mail")
                == [
                    Ledger.Deferral(
                        updateID: "a-20261124T105200Z", recipient: full, since: "2026-11-24T10:53:00Z", unconfirmed: 1)
                ])
        #expect(ledger.deferrals(channel: "ops").isEmpty)
        // A recipient's lines leave the update's own state alone.
        #expect(ledger.contains(updateID: "a-20261124T105200Z", channel: "mail"))
        #expect(ledger.unconfirmedDeliveries(updateID: "a-20261124T105200Z", channel: "mail") == 0)
    }

    @Test("a recipient's token is 16 hex digits of the update, channel and address, and names no address")
    func tokens() throws {
        let token = RecipientToken.make(updateID: "a-20261124T105200Z", channel: "mail", address: "full@example.com")
        #expect(token.count == 16 && RecipientToken.isValid(token.utf8))
        #expect(
            token != RecipientToken.make(updateID: "a-20261124T105200Z", channel: "ops", address: "full@example.com"))
        #expect(
            token != RecipientToken.make(updateID: "b-20261124T105200Z", channel: "mail", address: "full@example.com"))
        // `deferred` and `refused` need a token; `failed`, `baseline` and `start` take none.
        for line in [
            "a-20261124T105200Z\tmail\t2026-11-24T10:53:00Z\tdeferred\n",
            "a-20261124T105200Z\tmail\t2026-11-24T10:53:00Z\trefused\n",
            "a-20261124T105200Z\tmail\t2026-11-24T10:53:00Z\tfailed\t\(token)\n",
            "a-20261124T105200Z\tmail\t2026-11-24T10:53:00Z\tdeferred\tfull@example.com\n",
            "a-20261124T105200Z\tmail\t2026-11-24T10:53:00Z\tdeferred\t\(token)\textra\n",
        ] {
            #expect(throws: DiagnosticList.self) { try Ledger.parse(line, path: "notify-ledger.txt") }
        }
    }

    @Test("an entry is one tab-separated line")
    func line() {
        #expect(
            LedgerEntry(updateID: "a-20261124T105200Z", channel: "ops", time: "2026-11-24T10:53:00Z", note: .sent).line
                == "a-20261124T105200Z\tops\t2026-11-24T10:53:00Z\tsent\n")
        #expect(
            LedgerEntry(
                updateID: "a-20261124T105200Z", channel: "mail", time: "2026-11-24T10:53:00Z", note: .deferred,
                recipient: "0123456789abcdef"
            ).line == "a-20261124T105200Z\tmail\t2026-11-24T10:53:00Z\tdeferred\t0123456789abcdef\n")
    }
}
