import Testing

@testable import StatusgenBuild

@Suite("Checksums of cached bytes")
struct CacheChecksumTests {
    @Test("any one byte changed, in a whole word or in the tail, gives another checksum")
    func everyByteCounts() {
        let bytes = (0..<45).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let checksum = bytes.withUnsafeBytes(CacheChecksum.of)
        for index in bytes.indices {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var changed = bytes
                changed[index] ^= flip
                #expect(changed.withUnsafeBytes(CacheChecksum.of) != checksum, "byte \(index) ^ \(flip)")
            }
        }
        #expect(Array(bytes.dropLast()).withUnsafeBytes(CacheChecksum.of) != checksum, "a byte cut off")
        #expect(bytes.withUnsafeBytes(CacheChecksum.of) == checksum, "the same bytes, the same checksum")
    }
}
