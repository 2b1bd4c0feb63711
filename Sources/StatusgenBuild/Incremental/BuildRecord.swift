import Foundation
import StatusgenModel

/// What the last build of a site into an output folder read and wrote, kept in `.statusgen-cache/build`:
/// the stamp of every input file and folder and of every file and folder of the output, the moment it
/// was built for, the program that built it, and the warnings it gave. A build for the same moment that
/// finds every stamp as recorded would write the same bytes and give the same warnings, so it writes
/// nothing and repeats the warnings. Deleting the file only means the next build runs in full.
struct BuildRecord {
    /// The record's file in the site root.
    static let fileName = SiteLayout.cacheFolder + "/build"
    private static let header = "statusgen build 2"
    /// The record's last line: a record cut short (by a crash before its bytes reached the disk) lacks it.
    private static let end = "E"

    let file: URL
    let root: URL
    /// The output folder, as `SiteWriter` resolves it.
    let destination: URL
    /// The moment built for, and the program: the first lines of the record.
    private let identity: String

    init(root: URL, destination: URL, now: Date) {
        file = root.appendingPathComponent(Self.fileName)
        self.root = root
        self.destination = destination
        identity = [
            Self.header, InputDigests.programFingerprint, destination.path,
            String(now.timeIntervalSince1970),
        ].joined(separator: "\n")
    }

    /// An input folder as a build found it before reading it: its stamp, `nil` when it is missing, and
    /// a digest of the names in it.
    struct Listing {
        let path: String
        let stamp: FileStamp?
        let digest: String
    }

    /// The input folders as they are now, taken before the inputs are read.
    func listings() -> [Listing] {
        inputFolders().map { path in
            let url = root.appendingPathComponent(path)
            return Listing(path: path, stamp: FileStamp(path: url.path), digest: Self.listingDigest(of: url))
        }
    }

    /// A digest of the sorted names in the folder at `url`.
    private static func listingDigest(of url: URL) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return InputDigests.digest(of: names.sorted().joined(separator: "\n"))
    }

    /// The folders whose entries are inputs: a file added, removed or renamed in one changes its stamp.
    private func inputFolders() -> [String] {
        let staticFolders =
            (FileManager.default.enumerator(atPath: root.appendingPathComponent(SiteLayout.staticFolder).path)?
            .compactMap { $0 as? String } ?? [])
            .map { SiteLayout.staticFolder + "/" + $0 }
            .filter { FileStamp(path: root.appendingPathComponent($0).path).map(\.isFolder) ?? false }
        return [
            SiteLayout.incidentsFolder, SiteLayout.templatesFolder, SiteLayout.stringsFolder,
            SiteLayout.monitorsFolder, SiteLayout.staticFolder,
        ] + staticFolders
    }

    /// What the recorded build read, wrote and warned about, when every stamp (and every digest
    /// recorded) is as recorded; `nil` otherwise.
    func unchanged() -> (inputCount: Int, fileCount: Int, warnings: [Diagnostic])? {
        guard let bytes = FileManager.default.contents(atPath: file.path) else { return nil }
        let head = Array((identity + "\n").utf8)
        let tail = Array(("\n" + Self.end + "\n").utf8)
        guard bytes.starts(with: head), bytes.count >= head.count + tail.count,
            bytes.suffix(tail.count).elementsEqual(tail)
        else { return nil }
        var counts = (input: 0, output: 0)
        var warnings: [Diagnostic] = []
        let stamps = (input: FolderStamps(root: root.path), output: FolderStamps(root: destination.path))
        let isSame = bytes.withUnsafeBytes { buffer -> Bool in
            let body = UnsafeRawBufferPointer(rebasing: buffer[head.count..<(buffer.count - tail.count + 1)])
            return CacheLines.forEach(in: body, fields: 4) { field in
                guard field[0].count == 1 else { return false }
                if field[0].first == UInt8(ascii: "W") {
                    let text = { (index: Int) in String(decoding: field[index], as: UTF8.self) }
                    let location = SourceLocation(path: text(3), line: Int(text(1)))
                    warnings.append(.warning(Self.unescaped(Substring(text(2))), at: location))
                    return true
                }
                let isOutput = field[0].first == UInt8(ascii: "O")
                let stamp = (isOutput ? stamps.output : stamps.input).stamp(of: field[3])
                let isMissing = field[1].elementsEqual("-".utf8)
                guard isMissing ? stamp == nil : stamp == FileStamp(bytes: field[1]) else { return false }
                if !field[2].elementsEqual("-".utf8) {
                    let path = String(decoding: field[3], as: UTF8.self)
                    let full = (isOutput ? destination : root).appendingPathComponent(path).path
                    let digest = String(decoding: field[2], as: UTF8.self)
                    if stamp?.isFolder == true {
                        guard Self.listingDigest(of: URL(fileURLWithPath: full)) == digest else { return false }
                    } else {
                        guard let contents = FileManager.default.contents(atPath: full),
                            InputDigests.digest(of: contents) == digest
                        else { return false }
                    }
                }
                guard stamp?.isFolder == false else { return true }
                if isOutput { counts.output += 1 } else { counts.input += 1 }
                return true
            }
        }
        // The marker file is no file of the site.
        return isSame ? (counts.input, counts.output - 1, warnings) : nil
    }

    /// Records a build begun at `started` that found the input folders as `listings` say, read `files`,
    /// the files of `digested` (path and the digest of the bytes read, which are not kept) and the monitor
    /// files at `monitorPaths`, gave `warnings`, and was written just now as `site` says (the stamp of
    /// each file and folder of the site it swapped in, by path, "" for the folder: `SiteWriter.Written`).
    /// Warnings that the record cannot give back exactly (of a kind other than general), or a site that
    /// could not be stamped, leave the build unrecorded. A file of `listed` is recorded with the stamp
    /// the build took of it before reading it (rather than stamped again): changed since, it only makes
    /// the next build run.
    ///
    /// A stamp alone cannot tell a file written in the same instant as it was read (file systems keep
    /// times in coarse steps): for a file or folder changed in the seconds before the build began or
    /// since, the digest of the bytes (or names) the build read is recorded too, so that a change made
    /// while it ran is seen. Such a monitor file (whose bytes are not kept) leaves the build unrecorded.
    func store(
        listings: [Listing], files: [InputFile], digested: [String: String] = [:], monitorPaths: [String],
        warnings: [Diagnostic], started: Date, listed: [String: FileStamp] = [:], site: [String: FileStamp]?
    ) {
        let freshness = started.timeIntervalSince1970 - 2
        // Written as bytes, making no string for a file's line: the record has one for every file of the site.
        var bytes = Array((identity + "\n").utf8)
        func line(_ kind: Character, _ stamp: FileStamp?, _ digest: String, _ path: String) {
            bytes += [kind.asciiValue ?? UInt8(ascii: "?"), UInt8(ascii: "\t")]
            if let stamp { stamp.append(to: &bytes) } else { bytes.append(UInt8(ascii: "-")) }
            bytes.append(UInt8(ascii: "\t"))
            bytes += digest.utf8
            bytes.append(UInt8(ascii: "\t"))
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        for warning in warnings {
            let path = warning.location.path
            guard warning.severity == .warning, warning.kind == .general, !path.contains("\n"), !path.contains("\t")
            else { return remove() }
            bytes +=
                "W\t\(warning.location.line.map(String.init) ?? "-")\t\(Self.escaped(warning.message))\t\(path)\n"
                .utf8
        }
        for listing in listings {
            let stamp = FileStamp(path: root.appendingPathComponent(listing.path).path)
            guard stamp == listing.stamp else { return remove() }
            line("I", stamp, stamp.map { $0.modified >= freshness } == true ? listing.digest : "-", listing.path)
        }
        // Each file with what gives the digest of what the build read of it: its bytes, its digest, or
        // nothing (a monitor file).
        let read =
            files.map { file in (file.path, { InputDigests.digest(of: file.contents) } as (() -> String)?) }
            + digested.sorted { $0.key < $1.key }.map { path, digest in (path, { digest } as (() -> String)?) }
            + monitorPaths.map { ($0, nil) }
        let stamps = FolderStamps(root: root.path)
        for (path, digestOfRead) in read {
            // A file the build read is there: a stamp that cannot be taken leaves the build unrecorded.
            guard let stamp = listed[path] ?? stamps.stamp(of: path) else { return remove() }
            var digest = "-"
            if stamp.modified >= freshness {
                guard let digestOfRead else { return remove() }
                digest = digestOfRead()
            }
            line("I", stamp, digest, path)
        }
        guard let site else { return remove() }
        for (path, stamp) in site.sorted(by: { $0.key < $1.key }) {
            guard !path.utf8.contains(UInt8(ascii: "\n")) else { return remove() }
            line("O", stamp, "-", path)
        }
        bytes += (Self.end + "\n").utf8
        CacheFile.write(Data(bytes), to: file)
    }

    /// `text` on one field of a line: backslashes, tabs and line ends written as `\\`, `\t` and `\n`.
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// The text that `escaped` wrote as `field`.
    private static func unescaped(_ field: Substring) -> String {
        var text = ""
        var escaping = false
        for character in field {
            if escaping {
                text.append(character == "t" ? "\t" : character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                text.append(character)
            }
        }
        return text
    }

    /// Forgets the last build, which then no longer stands for the output folder.
    func remove() {
        try? FileManager.default.removeItem(at: file)
    }
}
