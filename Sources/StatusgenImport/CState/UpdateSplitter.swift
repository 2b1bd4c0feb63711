import StatusgenModel

/// Splits a body without cState's `track` shortcode into the updates a site wrote in its own way: paragraphs
/// opened by a `LeadLine`, and (when `splitsRules`) blocks between `---` lines.
struct UpdateSplitter {
    /// Midnight UTC of the day, for times written alone.
    let day: Int64
    let splitsRules: Bool
    /// The text before the first update, tidied.
    private(set) var preamble = ""
    private(set) var sections: [CStateBody.Section] = []

    init(day: Int64, splitsRules: Bool) {
        self.day = day
        self.splitsRules = splitsRules
    }

    /// Splits `body`, whose first line is line `firstLine` of its file.
    mutating func split(_ body: String, firstLine: Int) {
        var blocks: [(lead: LeadLine?, line: Int, lines: [String])] = [(nil, firstLine, [])]
        var fence: String?
        var previousBlank = true
        var afterRule = false
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line)
            let trimmed = text.trimmingSpaces()
            defer { previousBlank = trimmed.isEmpty }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                blocks[blocks.count - 1].lines.append(text)
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fence = String(trimmed.prefix(3)) }
            if fence == nil, previousBlank, CStateBody.isRule(trimmed) {
                afterRule = true
                blocks[blocks.count - 1].lines.append(text)
                continue
            }
            if fence == nil, previousBlank, !trimmed.isEmpty, let lead = LeadLine.read(trimmed, day: day) {
                blocks.append((lead, firstLine + offset, lead.rest.isEmpty ? [] : [lead.rest]))
                afterRule = false
                continue
            }
            if afterRule, splitsRules, !trimmed.isEmpty {
                blocks.append((nil, firstLine + offset, []))
            }
            if !trimmed.isEmpty { afterRule = false }
            blocks[blocks.count - 1].lines.append(text)
        }
        preamble = CStateBody.tidy(blocks[0].lines.joined(separator: "\n"))
        sections = blocks.dropFirst().compactMap { block in
            let text = CStateBody.tidy(block.lines.joined(separator: "\n"))
            if block.lead == nil, text.isEmpty { return nil }
            let time = block.lead?.time.map {
                CStateTime(
                    seconds: Double($0.seconds), hadNoZone: $0.hadNoZone, wasIrregular: $0.hadNoDate,
                    hadNoDate: $0.hadNoDate)
            }
            return CStateBody.Section(
                text: text, time: time, status: block.lead?.status, label: block.lead?.label, line: block.line)
        }
    }
}
