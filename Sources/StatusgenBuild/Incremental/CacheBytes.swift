import Foundation

/// Appends integers as LEB128 variable-length numbers (signed ones zigzag-encoded first, so that small
/// numbers take one byte) and strings as a length and UTF-8 bytes: the encoding of the binary files of
/// `.statusgen-cache/`.
struct CacheByteWriter {
    var bytes: [UInt8] = []

    mutating func integer(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func count(_ value: Int) {
        integer(UInt64(value))
    }

    mutating func signed(_ value: Int) {
        let wide = Int64(value)
        integer(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func flag(_ value: Bool) {
        integer(value ? 1 : 0)
    }

    /// A number as its bits, so that reading it back gives exactly the same value.
    mutating func double(_ value: Double) {
        fixed(value.bitPattern)
    }

    /// A fixed-width number.
    mutating func fixed(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            integer(UInt64(utf8.count))
            bytes += utf8
        }
    }
}

/// Reads what `CacheByteWriter` wrote, refusing anything out of bounds or out of range.
struct CacheByteReader {
    /// Why cached bytes cannot be read: the cache is damaged or of another format.
    struct Failure: Error, Equatable {
        let reason: String
    }

    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func integer() throws(Failure) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Failure(reason: "the file ends too early") }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func signed() throws(Failure) -> Int {
        let zigzag = try integer()
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    /// A count or size: not more than the bytes left could hold.
    mutating func count() throws(Failure) -> Int {
        let value = try integer()
        guard value <= UInt64(bytes.count - position) else { throw Failure(reason: "a count is out of range") }
        return Int(value)
    }

    mutating func flag() throws(Failure) -> Bool {
        switch try integer() {
        case 0: false
        case 1: true
        default: throw Failure(reason: "a flag is neither 0 nor 1")
        }
    }

    mutating func double() throws(Failure) -> Double {
        Double(bitPattern: try fixed())
    }

    mutating func fixed() throws(Failure) -> UInt64 {
        guard position + 8 <= bytes.count else { throw Failure(reason: "the file ends too early") }
        var value: UInt64 = 0
        for offset in 0..<8 { value |= UInt64(bytes[position + offset]) << (8 * UInt64(offset)) }
        position += 8
        return value
    }

    mutating func string() throws(Failure) -> String {
        let length = try count()
        guard let text = String(validating: bytes[position..<(position + length)], as: UTF8.self) else {
            throw Failure(reason: "a text is not UTF-8")
        }
        position += length
        return text
    }
}
