import Crypto

/// How the ledger names an email recipient of an update: the first 16 hex digits of the SHA-256 of the
/// update id, the channel and the address in lower case (as the subscribers file compares addresses),
/// each followed by a line break. The ledger is committed, and the subscribers' addresses must not be in
/// it; the token tells a run which subscriber to try again.
public enum RecipientToken {
    public static func make(updateID: String, channel: String, address: String) -> String {
        let digest = SHA256.hash(data: Array("\(updateID)\n\(channel)\n\(address.lowercased())\n".utf8))
        return digest.prefix(8).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// Whether `field` can be a token: 16 lowercase hex digits.
    static func isValid(_ field: some Collection<UInt8>) -> Bool {
        field.count == 16
            && field.allSatisfy {
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
            }
    }
}
