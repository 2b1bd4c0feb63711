/// The parts of an incident that a page in another language shows in the original, since its translation
/// lacks them (or there is none), so that the page can mark them as written in the original language.
public struct UntranslatedParts: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let title = UntranslatedParts(rawValue: 1 << 0)
    public static let summary = UntranslatedParts(rawValue: 1 << 1)
    public static let postmortem = UntranslatedParts(rawValue: 1 << 2)
}
