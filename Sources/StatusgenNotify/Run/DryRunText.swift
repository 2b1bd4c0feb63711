/// How `--dry-run` shows a message: its update, where it goes, its headers (an `Authorization` value
/// hidden) and its exact body.
enum DryRunText {
    static func describe(_ message: OutgoingMessage, updateID: String) -> String {
        switch message {
        case .http(let request):
            let headers = request.headers.map {
                "\($0.name): " + ($0.name == "Authorization" ? "Bearer (hidden)" : $0.value)
            }
            return (["-- \(updateID): POST \(request.url)"] + headers + ["", request.body]).joined(separator: "\n")
        case .mail(let mail):
            return "-- \(updateID): mail from <\(mail.from)> to <\(mail.to)>\n"
                + mail.text.replacingOccurrences(of: "\r\n", with: "\n")
        }
    }
}
