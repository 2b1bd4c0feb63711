import StatusgenModel

/// A badge in shields.io's "flat" style: a grey label on the left, a coloured message on the right,
/// laid out as shields' badge-maker does it, so that it looks the same beside the badges of a README.
///
/// Text widths come from `VerdanaWidths`, truncated to whole pixels and rounded up to an odd number;
/// each half is its text plus 5 px on either side. The SVG has `role="img"`, an `aria-label` and a
/// `<title>` saying "label: message", so a screen reader and a hover read the badge as words.
struct FlatBadge {
    let label: String
    let message: String
    /// The message's background, as `#rgb` or `#rrggbb`; dark enough for white text.
    let color: String
    /// What comes between label and message in the words read out: ":" in English, a no-break space
    /// and ":" in French.
    var colon = ":"

    static let labelColor = "#555"
    static let fontFamily = "Verdana,Geneva,DejaVu Sans,sans-serif"
    static let horizontalPadding = 5

    /// A text's width as shields lays it out: whole pixels, rounded up to an odd number.
    static func preferredWidth(of text: String) -> Int {
        let width = Int(VerdanaWidths.width(of: text))
        return width % 2 == 0 ? width + 1 : width
    }

    /// The SVG document, with a final line break.
    var svg: String {
        let label = XMLCharacters.removingDisallowed(from: self.label)
        let message = XMLCharacters.removingDisallowed(from: self.message)
        let labelTextWidth = Self.preferredWidth(of: label)
        let messageTextWidth = Self.preferredWidth(of: message)
        let leftWidth = labelTextWidth + 2 * Self.horizontalPadding
        let rightWidth = messageTextWidth + 2 * Self.horizontalPadding
        let width = leftWidth + rightWidth
        // Text is drawn at ten times the size and scaled down, for finer placement (as shields does).
        let labelX = 10 * (1 + Self.horizontalPadding) + 5 * labelTextWidth
        let messageX = 10 * (leftWidth - 1 + Self.horizontalPadding) + 5 * messageTextWidth
        let accessible = MarkupEscaping.xml("\(label)\(colon) \(message)")
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"20\" role=\"img\""
            + " aria-label=\"\(accessible)\"><title>\(accessible)</title>"
            + "<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\""
            + " stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>"
            + "<clipPath id=\"r\"><rect width=\"\(width)\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
            + "<g clip-path=\"url(#r)\"><rect width=\"\(leftWidth)\" height=\"20\" fill=\"\(Self.labelColor)\"/>"
            + "<rect x=\"\(leftWidth)\" width=\"\(rightWidth)\" height=\"20\" fill=\"\(MarkupEscaping.xml(color))\"/>"
            + "<rect width=\"\(width)\" height=\"20\" fill=\"url(#s)\"/></g>"
            + "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"\(Self.fontFamily)\""
            + " text-rendering=\"geometricPrecision\" font-size=\"110\">"
            + Self.text(label, x: labelX, length: 10 * labelTextWidth)
            + Self.text(message, x: messageX, length: 10 * messageTextWidth)
            + "</g></svg>\n"
    }

    /// A text with its shadow one pixel below it.
    private static func text(_ text: String, x: Int, length: Int) -> String {
        let content = MarkupEscaping.xml(text)
        return "<text aria-hidden=\"true\" x=\"\(x)\" y=\"150\" fill=\"#010101\" fill-opacity=\".3\""
            + " transform=\"scale(.1)\" textLength=\"\(length)\">\(content)</text>"
            + "<text x=\"\(x)\" y=\"140\" transform=\"scale(.1)\" fill=\"#fff\" textLength=\"\(length)\">"
            + "\(content)</text>"
    }
}
