import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel

/// The ledger on disk, held under an exclusive `flock` for the whole run: a second run on the same
/// site waits until the first has finished, then reads what it recorded.
public final class LedgerFile {
    public let path: String
    private let displayPath: String
    private let descriptor: Int32

    /// Opens (creating) and locks the ledger at `url`; `waiting` is called once if another run holds it,
    /// and the wait for it blocks no thread that other tasks (the targets of `--publish`) need.
    public init(url: URL, displayPath: String, waiting: () -> Void) async throws {
        path = url.path
        self.displayPath = displayPath
        descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CommandFailure("\(displayPath): cannot open the ledger: \(Self.errorText())")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            // errno is the waiting thread's own, so it is read there.
            let descriptor = descriptor
            let failure = try await BlockingCall.run { flock(descriptor, LOCK_EX) == 0 ? nil : Self.errorText() }
            if let failure {
                close(descriptor)
                throw CommandFailure("\(displayPath): cannot lock the ledger: \(failure)")
            }
        }
    }

    deinit {
        close(descriptor)
    }

    /// Reads and checks the ledger. A torn last line is cut off the file (so the next line starts clean)
    /// and reported through `warn`; a whole last line without its line break (added by hand) gets one; a
    /// new, empty ledger gets its header.
    public func read(warn: (Diagnostic) -> Void) throws -> Ledger {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(displayPath): the ledger is not UTF-8 text")
        }
        let (ledger, torn) = try Ledger.parse(text, path: displayPath)
        if let torn {
            warn(
                .warning(
                    "the last line is incomplete (a crash while writing it): it is ignored and its update sent again",
                    at: SourceLocation(path: displayPath, line: torn)))
            let keep =
                text.utf8.lastIndex(of: UInt8(ascii: "\n")).map {
                    text.utf8.distance(from: text.utf8.startIndex, to: $0) + 1
                } ?? 0
            guard ftruncate(descriptor, off_t(keep)) == 0 else {
                throw CommandFailure("\(displayPath): cannot cut the incomplete line: \(Self.errorText())")
            }
        }
        if data.isEmpty {
            try write(Ledger.header)
        } else if torn == nil, data.last != UInt8(ascii: "\n") {
            try write("\n")
        }
        return ledger
    }

    /// Appends `entry` with one write and waits until it is on disk.
    public func append(_ entry: LedgerEntry) throws {
        try write(entry.line)
    }

    /// Appends `entries` with one write and waits once until they are on disk: for a baseline, which records
    /// every update of a site's history (tens of thousands of lines, one wait for the disk each before).
    public func append(_ entries: [LedgerEntry]) throws {
        guard !entries.isEmpty else { return }
        try write(entries.map(\.line).joined())
    }

    /// Appends `text` and waits until it is on disk. A write cut short (a full disk) is taken back, so that
    /// the ledger never keeps part of a line.
    private func write(_ text: String) throws {
        let bytes = Array(text.utf8)
        let end = lseek(descriptor, 0, SEEK_END)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            let reason =
                written < 0 ? Self.errorText() : "only \(written) of \(bytes.count) bytes written (is the disk full?)"
            if written > 0, end >= 0 { _ = ftruncate(descriptor, end) }
            throw CommandFailure("\(displayPath): cannot append to the ledger: \(reason)")
        }
        guard fsync(descriptor) == 0 else {
            throw CommandFailure("\(displayPath): cannot append to the ledger: \(Self.errorText())")
        }
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
