import Foundation
import StatusgenModel

/// The short names people use for a zone's offsets: "EST" and "EDT", "GMT" and "BST", "CET", "IST", "JST".
///
/// English has a common abbreviation for many zones, but each is known only to the English locale of its
/// region (British Summer Time only to en_GB), so the locales below are asked in turn. An offset none of
/// them names is shown as its difference from GMT ("GMT+3", "GMT+5:30"); a site in UTC says "UTC".
/// The names come from the ICU data that ships with Foundation, never from the machine's locale.
struct ZoneNames: Sendable {
    private static let englishLocales = [
        "en_US", "en_GB", "en_IE", "en_AU", "en_NZ", "en_IN", "en_ZA", "en_SG", "en_HK", "en_JP", "en_CA",
    ]

    /// Zone identifiers that name UTC itself rather than a place; Foundation turns "UTC" into "GMT".
    static let utcIdentifiers: Set = [
        "UTC", "UCT", "GMT", "GMT0", "Universal", "Zulu", "Etc/UTC", "Etc/UCT", "Etc/GMT", "Etc/GMT0",
        "Etc/Universal", "Etc/Zulu",
    ]

    private let timeZone: TimeZone
    private let isUTC: Bool
    /// The name of each offset (in seconds) the zone uses in the two years around the reference date.
    private let names: [Int: String]

    init(timeZone: TimeZone, around reference: Date) {
        self.timeZone = timeZone
        isUTC = Self.utcIdentifiers.contains(timeZone.identifier)
        var names: [Int: String] = [:]
        guard !isUTC else {
            self.names = names
            return
        }
        // Every two weeks over a year either side finds each offset the zone uses around the reference.
        for week in stride(from: -52, through: 52, by: 2) {
            let date = reference.addingTimeInterval(Double(week) * 7 * 86_400)
            let offset = timeZone.secondsFromGMT(for: date)
            if names[offset] == nil { names[offset] = Self.commonName(of: timeZone, at: date) }
        }
        self.names = names.compactMapValues { $0 }
    }

    /// The names chosen around the reference date, in one line: two builds whose fingerprints are equal
    /// name every instant alike.
    var fingerprint: String {
        isUTC ? "UTC" : names.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    /// The zone's name at `date`.
    func name(at date: Date) -> String {
        if isUTC { return "UTC" }
        let offset = timeZone.secondsFromGMT(for: date)
        return names[offset] ?? Self.offsetName(offset)
    }

    private static func commonName(of timeZone: TimeZone, at date: Date) -> String? {
        for identifier in englishLocales {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: identifier)
            formatter.calendar = Calendar(identifier: .gregorian)
            formatter.timeZone = timeZone
            formatter.dateFormat = "zzz"
            let name = formatter.string(from: date)
            if !name.isEmpty, !name.hasPrefix("GMT+"), !name.hasPrefix("GMT-"), !name.hasPrefix("UTC") {
                return name
            }
        }
        return nil
    }

    /// "GMT", "GMT+1", "GMT-4", "GMT+5:30".
    private static func offsetName(_ offset: Int) -> String {
        guard offset != 0 else { return "GMT" }
        let minutes = abs(offset) / 60
        let sign = offset < 0 ? "-" : "+"
        let rest = minutes % 60
        return "GMT\(sign)\(minutes / 60)" + (rest == 0 ? "" : ":" + rest.zeroPadded(2))
    }
}
