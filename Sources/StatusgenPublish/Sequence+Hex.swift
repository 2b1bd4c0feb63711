extension Sequence where Element == UInt8 {
    /// Lower-case hex, two digits a byte, as hashes and signatures are written.
    var hexString: String {
        map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
