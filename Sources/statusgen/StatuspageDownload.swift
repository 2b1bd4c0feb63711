import AsyncHTTPClient
import Foundation
import NIOCore
import StatusgenChecks
import StatusgenImport
import StatusgenModel

/// Fetches a Statuspage page's public API files from its address, as `curl -O` would save them.
struct StatuspageDownload {
    /// The page, such as `https://status.example.com` (its `/api/v2/` address is also taken).
    let page: URL
    /// How long each file may take, from the request to its last byte.
    let timeout: TimeAmount

    /// The largest file read: Statuspage's lists are a few hundred kilobytes.
    static let maximumBytes = 32 * 1024 * 1024

    /// Whether `argument` names a page by its address rather than a folder.
    static func isAddress(_ argument: String) -> Bool {
        let lowered = argument.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// The address of the API folder: the page's `/api/v2/`.
    var apiFolder: String {
        var text = page.absoluteString
        if !text.hasSuffix("/") { text += "/" }
        return text.hasSuffix("/api/v2/") ? text : text + "api/v2/"
    }

    /// The three files, named as `StatuspageImporter` reads them; each failure is an error at the file's address.
    func files(client: HTTPClient) async -> Result<[InputFile], DiagnosticList> {
        var files: [InputFile] = []
        var problems: [Diagnostic] = []
        for name in StatuspageImporter.fileNames {
            let address = apiFolder + name
            do {
                files.append(InputFile(path: name, contents: try await fetch(address, client: client)))
            } catch let problem as Diagnostic {
                problems.append(problem)
            } catch {
                problems.append(.error(Self.reason(error, timeout: timeout), at: SourceLocation(path: address)))
            }
        }
        return problems.isEmpty ? .success(files) : .failure(DiagnosticList(problems))
    }

    private func fetch(_ address: String, client: HTTPClient) async throws -> Data {
        var request = HTTPClientRequest(url: address)
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "statusgen-import")
        let response = try await client.execute(request, deadline: .now() + timeout)
        let location = SourceLocation(path: address)
        guard response.status == .ok else {
            throw Diagnostic.error(
                "HTTP \(response.status.code) \(response.status.reasonPhrase): not a Statuspage page's API file",
                at: location)
        }
        let body = try await response.body.collect(upTo: Self.maximumBytes)
        let data = Data(buffer: body)
        guard (try? JSONSerialization.jsonObject(with: data)) != nil else {
            let type = response.headers.first(name: "Content-Type").map { " (\($0))" } ?? ""
            throw Diagnostic.error(
                "the answer\(type) is not JSON: is this a Statuspage page's address?", at: location)
        }
        return data
    }

    /// A network failure in words: a timeout with its length, a refused connection, an answer too large.
    static func reason(_ error: Error, timeout: TimeAmount) -> String {
        if error is NIOTooManyBytesError { return "the answer is larger than \(maximumBytes / 1024 / 1024) MB" }
        return "cannot fetch: " + NetworkErrorWords.describe(error, timeout: Double(timeout.nanoseconds) / 1e9)
    }
}
