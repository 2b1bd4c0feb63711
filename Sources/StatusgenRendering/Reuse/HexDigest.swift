import Crypto
import Foundation

/// A SHA-256 digest in lower-case hex: of an input file's bytes, or of everything a reusable page depends
/// on, so that a build keeps 64 bytes for each page rather than the text of its inputs.
public struct HexDigest {
    private var hasher = SHA256()

    public init() {}

    /// Adds `bytes` to what is digested.
    public mutating func add(_ bytes: Data) {
        hasher.update(data: bytes)
    }

    /// Adds the UTF-8 of `text` to what is digested.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// The digest of everything added, in hex.
    public func finish() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(2 * SHA256.byteCount)
        for byte in hasher.finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The digest of `bytes`.
    public static func of(_ bytes: Data) -> String {
        var digest = HexDigest()
        digest.add(bytes)
        return digest.finish()
    }

    /// The digest of the UTF-8 of `text`.
    public static func of(_ text: String) -> String {
        var digest = HexDigest()
        digest.add(text)
        return digest.finish()
    }

    /// The digest of `lines`, each ended by a line break.
    public static func of(lines: [String]) -> String {
        var digest = HexDigest()
        for line in lines {
            digest.add(line)
            digest.add("\n")
        }
        return digest.finish()
    }
}
