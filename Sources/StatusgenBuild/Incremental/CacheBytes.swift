import Foundation

// The encoding of the binary files of `.statusgen-cache/`: monitor files' checkpoints, monitor
// summaries and parsed incidents.

/// Why cached bytes cannot be read: the file is damaged, cut short or of another format.
public struct CacheDecodingFailure: Error, Equatable {
    /// What was wrong with the bytes, named in the warning that the cache is ignored.
    public var reason: String
}

/// Appends integers as LEB128 variable-length numbers (signed ones zigzag-encoded first: small
/// counts, most of a histogram, take one byte) and strings as a length and UTF-8 bytes.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func integer(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func signed(_ value: Int) {
        let wide = Int64(value)
        integer(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    /// A fixed-width number, for the checksum at the end.
    mutating func fixed(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func string(_ text: String) {
        integer(UInt64(text.utf8.count))
        bytes += text.utf8
    }

    mutating func flag(_ value: Bool) {
        integer(value ? 1 : 0)
    }

    /// A flag for whether `value` is there, then the value as `write` writes it.
    mutating func optional<Value>(_ value: Value?, _ write: (inout ByteWriter, Value) -> Void) {
        guard let value else { return integer(0) }
        integer(1)
        write(&self, value)
    }

    /// An instant as the bits of its seconds since 1970, as monitor results count time.
    mutating func date(_ date: Date) {
        integer(date.timeIntervalSince1970.bitPattern)
    }

    /// An instant as the bits of the number `Date` holds, so that it reads back exactly as it was.
    mutating func exactDate(_ date: Date) {
        integer(date.timeIntervalSinceReferenceDate.bitPattern)
    }
}

/// Reads what `ByteWriter` wrote (up to `end`), refusing anything out of bounds or out of range.
struct ByteReader {
    let bytes: [UInt8]
    var position: Int
    let end: Int

    init(bytes: [UInt8], position: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.position = position
        self.end = end ?? bytes.count
    }

    var isAtEnd: Bool { position == end }

    mutating func integer() throws(CacheDecodingFailure) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw .init(reason: "the file ends too early") }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func signed() throws(CacheDecodingFailure) -> Int {
        let zigzag = try integer()
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    /// A count or size: not negative, and not more than the bytes left could hold.
    mutating func count() throws(CacheDecodingFailure) -> Int {
        let value = try integer()
        guard value <= UInt64(Int.max / 2) else { throw .init(reason: "a count is out of range") }
        return Int(value)
    }

    /// A number `ByteWriter.fixed` wrote.
    mutating func fixed() throws(CacheDecodingFailure) -> UInt64 {
        guard end - position >= 8 else { throw .init(reason: "the file ends too early") }
        var value: UInt64 = 0
        for offset in (0..<8).reversed() { value = value << 8 | UInt64(bytes[position + offset]) }
        position += 8
        return value
    }

    mutating func string() throws(CacheDecodingFailure) -> String {
        let length = try count()
        guard position + length <= end,
            let text = String(validating: bytes[position..<(position + length)], as: UTF8.self)
        else { throw .init(reason: "a text is not readable") }
        position += length
        return text
    }

    /// A count of things that take at least a byte each: not more than the bytes left.
    mutating func bounded() throws(CacheDecodingFailure) -> Int {
        let value = try count()
        guard value <= end - position else { throw .init(reason: "a count is out of range") }
        return value
    }

    mutating func flag() throws(CacheDecodingFailure) -> Bool {
        switch try integer() {
        case 0: return false
        case 1: return true
        default: throw .init(reason: "a flag is not valid")
        }
    }

    mutating func date() throws(CacheDecodingFailure) -> Date {
        let seconds = Double(bitPattern: try integer())
        guard seconds.isFinite else { throw .init(reason: "a time is not valid") }
        return Date(timeIntervalSince1970: seconds)
    }

    mutating func exactDate() throws(CacheDecodingFailure) -> Date {
        let seconds = Double(bitPattern: try integer())
        guard seconds.isFinite else { throw .init(reason: "a time is not valid") }
        return Date(timeIntervalSinceReferenceDate: seconds)
    }
}

/// A 64-bit checksum of cached bytes, taken eight bytes at a time (the incident cache checks megabytes on
/// every build). Each step is a bijection of the running value, so bytes that differ in one eight-byte
/// word always give another checksum.
enum CacheChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            hash = (hash ^ word) &* 0x100_0000_01b3
            hash ^= hash >> 32
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
            offset += 1
        }
        return hash
    }
}
