import StatusgenModel

extension MonitorFileResult {
    /// The result of reading a whole file from the results of its two parts, split at a line boundary
    /// and read apart (`second` by a reader that continued the first's CSV header, counting its lines
    /// from 1): histories merged, lines renumbered, and the first 20 errors kept, as one pass gives.
    public consuming func joined(with second: consuming MonitorFileResult) -> MonitorFileResult {
        let lineOffset = checkpoint.lineCount
        var diagnostics = self.diagnostics
        var errors = diagnostics.errorCount
        if errors <= MonitorStreamParser<MonitorFileAggregator>.errorLimit {
            for var diagnostic in second.diagnostics {
                diagnostic.location.line = diagnostic.location.line.map { $0 + lineOffset }
                if diagnostic.severity == .error {
                    errors += 1
                    if errors > MonitorStreamParser<MonitorFileAggregator>.errorLimit {
                        diagnostic.message = "more bad rows follow; fix the ones above first"
                        diagnostics.append(diagnostic)
                        break
                    }
                }
                diagnostics.append(diagnostic)
            }
        }
        // The first part ends at a line boundary, so only the second can have an unfinished last line.
        var histories = checkpoint.histories
        checkpoint.histories = [:]
        let withLastLine = second.historiesWithLastLine.map { Self.merging(histories, $0) }
        second.historiesWithLastLine = nil
        for (name, history) in second.checkpoint.histories {
            if histories[name] == nil {
                histories[name] = history
            } else {
                histories[name]?.merge(history)
            }
        }
        let joinedCheckpoint = MonitorFileCheckpoint(
            completeBytes: checkpoint.completeBytes + second.checkpoint.completeBytes,
            lineCount: lineOffset + second.checkpoint.lineCount, columns: checkpoint.columns, histories: histories)
        return MonitorFileResult(
            path: path, diagnostics: diagnostics, checkpoint: joinedCheckpoint, historiesWithLastLine: withLastLine,
            wasCutShort: wasCutShort || second.wasCutShort)
    }

    private static func merging(_ first: [String: MonitorHistory], _ second: [String: MonitorHistory])
        -> [String: MonitorHistory]
    {
        first.merging(second) { $0.merged(with: $1) }
    }
}
